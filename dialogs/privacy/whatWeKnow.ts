import type { TurnContext } from 'botbuilder';
import { formatPhoneNumber } from '../../src/cards/format.js';
import { dutchDate, englishDate } from '../../src/shared/gemeenteTime.js';
import { wijkteamName } from '../../src/cases/routing.js';
import { casesTexts } from '../../src/i18n/nl/cases.js';
import { en } from '../../src/i18n/en/index.js';
import { maskIdentifiers } from '../../src/privacy/maskIdentifiers.js';
import { whatWeKnowAbout } from '../../src/conversation/residentData.js';
import { moduleLogger } from '../../src/shared/logger.js';
import type { DialogDeps } from '../dialogDeps.js';
import { domainLabels, textsFor } from '../texts.js';
import { residentKeyOf } from '../wijkwijzerState.js';

/**
 * "Wat weet je van mij?": everything the wijkwijzer holds about this resident, in plain words: this
 * conversation, what it remembers from earlier ones, an unsent handover, and their questions at
 * the wijkteam (src/conversation/residentData.ts).
 */
export async function whatWeKnowMessages(
  context: TurnContext,
  deps: DialogDeps,
): Promise<string[]> {
  const { state, services } = deps;
  const now = services.clock.now();
  const data = await state.conversation(context);
  const language = data.language;
  const texts = textsFor(language).intake.whatWeKnow;
  const dateOf = language === 'en' ? englishDate : dutchDate;
  const facts = data.facts;
  const messages: string[] = [texts.intro];

  const parts: string[] = [];
  const question = facts.summaryOverride ?? facts.questions.at(-1);
  if (question !== undefined) parts.push(texts.question(maskIdentifiers(question).text));
  if (facts.levensgebieden.length > 0) {
    parts.push(texts.topics(domainLabels(services.knowledge, facts.levensgebieden, language)));
  }
  if (facts.forWhom !== null) parts.push(texts.forWhom(texts.forWhomLabels[facts.forWhom]));
  if (facts.ageBand !== null) {
    const band =
      language === 'en' ? en.intake.age.bands[facts.ageBand] : casesTexts.ageBand[facts.ageBand];
    parts.push(texts.ageBand(band.toLowerCase()));
  }
  if (facts.wijk !== null) parts.push(texts.area(facts.wijk));
  const contact = await state.contact(context, now);
  if (contact !== null) {
    const phone = contact.phone === null ? null : formatPhoneNumber(contact.phone);
    parts.push(
      texts.contact(
        [contact.name, phone, contact.email].filter((part) => part !== null).join(', '),
      ),
    );
  }
  messages.push(parts.length === 0 ? texts.conversationNone : texts.conversation(parts));

  const days = services.settings.residentMemoryDays;
  const memory = await state.memory(context, now, days);
  if (memory.visits.length === 0) messages.push(texts.visitsNone);
  else {
    messages.push(
      [
        texts.visits(memory.visits.length, days),
        ...memory.visits.map((visit) =>
          texts.visit(
            dateOf(visit.at),
            visit.levensgebieden.length === 0
              ? '-'
              : domainLabels(services.knowledge, visit.levensgebieden, language),
          ),
        ),
      ].join('\n'),
    );
  }
  if (memory.pendingHandover !== null)
    messages.push(texts.pending(dateOf(memory.pendingHandover.at)));

  // Cases kept under this browser's key are shown only to whoever confirmed it is theirs.
  if (!(await state.actsForResident(context))) return messages;
  try {
    const routing = services.routing();
    messages.push(
      ...(await whatWeKnowAbout(services.cases, residentKeyOf(context), {
        teamName: (id) => wijkteamName(routing, id),
        policy: services.settings.retention,
        language,
      })),
    );
  } catch (error) {
    moduleLogger(services.logger, 'privacy').warn({ err: error }, 'case summary unavailable');
  }
  return messages;
}
