import { residentDate } from '../shared/gemeenteTime.js';
import type { Case } from '../cases/case.js';
import type { CaseRepository } from '../cases/caseRepository.js';
import type { RetentionPolicy } from '../cases/retention.js';
import { residentTexts as textsIn } from '../i18n/residentTexts.js';
import type { Language } from '../understanding/language.js';
import type { Logger } from '../shared/logger.js';
import { moduleLogger } from '../shared/logger.js';
import { stadsdeelLabel } from '../cases/stadsdeelLabel.js';

/**
 * "Wat weet je van mij?" and "Vergeet mij" for the cases a resident handed over. The bot erases
 * its own conversation state; this covers what the case store holds. Texts: src/i18n/nl/cases.ts.
 */

export interface ResidentDataOptions {
  /** Display name of a wijkteam id (routing table). */
  readonly teamName: (id: string) => string;
  readonly policy: RetentionPolicy;
  /** The resident's language; Dutch when left out. */
  readonly language?: Language;
}

/** The texts and the date format a resident reads, in their language. */
function residentTexts(language: Language = 'nl') {
  return { texts: textsIn(language).cases, date: residentDate(language) };
}

function describeCase(current: Case, options: ResidentDataOptions): string {
  const { texts: all, date } = residentTexts(options.language);
  const texts = all.residentData;
  const lines = [
    texts.caseHeading(current.reference, date(current.createdAt, { year: true })),
    texts.status(all.status[current.status]),
    texts.team(options.teamName(current.wijkteam)),
  ];
  const area =
    current.story.wijk ??
    (current.story.stadsdeel === null ? null : stadsdeelLabel(current.story.stadsdeel));
  if (area !== null) lines.push(texts.area(area));
  lines.push(texts.summary(current.story.summary));
  if (current.melder.kind === 'contact') {
    const melder = current.melder;
    // Which details, recognisable for the resident, never the details themselves: the answer goes
    // to whoever holds the browser's resident key, on a library computer the next visitor too.
    const parts: string[] = [texts.contactName];
    if (melder.phone !== null)
      parts.push(texts.contactPhone(melder.phone.replace(/\D/g, '').slice(-2)));
    if (melder.email !== null) parts.push(texts.contactEmail(melder.email.split('@').at(-1) ?? ''));
    if (melder.noCalls) parts.push(texts.contactNoCalls);
    lines.push(texts.contact(parts.join(', ')));
  } else {
    lines.push(texts.contactErased);
  }
  lines.push(texts.consent(date(current.consent.at, { year: true })));
  // A heading and a Markdown list: Web Chat joins single lines into one paragraph.
  const [heading, ...rest] = lines;
  return [heading, ...rest.map((line) => `- ${line}`)].join('\n');
}

/**
 * Everything stored about a resident's cases, as chat messages in plain Dutch: an introduction,
 * one message per case, and how long it is kept and how to erase it.
 */
export function describeResidentData(
  cases: readonly Case[],
  options: ResidentDataOptions,
): readonly string[] {
  const texts = residentTexts(options.language).texts.residentData;
  if (cases.length === 0) return [texts.none];
  return [
    texts.intro(cases.length),
    ...cases.map((current) => describeCase(current, options)),
    `${texts.keptUntilClosed(options.policy.contactDays, options.policy.caseDays)} ${texts.howToForget}`,
  ];
}

/** "Wat weet je van mij?" for the resident behind this chat key. */
export async function whatWeKnowAbout(
  repository: CaseRepository,
  residentKey: string,
  options: ResidentDataOptions,
): Promise<readonly string[]> {
  return describeResidentData(await repository.list({ residentKey }), options);
}

export interface ForgetResult {
  readonly erased: number;
  /** The answer for the resident. */
  readonly message: string;
}

/**
 * "Vergeet mij" for the case store: erases the contact details of every case of this resident and
 * unlinks their chat. The story stays with the wijkteam (see docs/privacy.md). Logs a count only.
 */
export async function forgetResident(
  repository: CaseRepository,
  residentKey: string,
  logger: Logger,
  policy: RetentionPolicy,
  language: Language = 'nl',
): Promise<ForgetResult> {
  const erased = await repository.eraseResidentContacts(residentKey);
  moduleLogger(logger, 'privacy').info({ erased }, 'vergeet mij: contact details erased');
  return { erased, message: residentTexts(language).texts.forgotten(erased, policy.caseDays) };
}
