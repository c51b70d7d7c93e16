import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { saysNoEmergency } from '../src/conversation/afterCrisisAnswer.js';
import { recogniseInterruption } from '../src/conversation/interruptions.js';
import { residentWords } from '../src/conversation/residentWords.js';
import type { Language } from '../src/understanding/language.js';
import { assessSafety, type SafetyAssessment } from '../src/safety/assessSafety.js';
import { readCheckAnswer, readSoftCheckAnswer } from '../src/safety/checkAnswer.js';
import type { CrisisKind } from '../src/safety/crisisKind.js';
import {
  kindsToBits,
  kindsToOrder,
  maxSoftAge,
  noConcern,
  orderedKinds,
  type ConcernState,
} from '../src/safety/concernState.js';
import {
  backToQuestion,
  checkResponse,
  crisisReplyFor,
  softCheckDeclined,
} from '../src/safety/safetyReplies.js';
import { moduleLogger, type Logger } from '../src/shared/logger.js';
import { crisisActivities } from './crisisReply.js';
import { dialogIds } from './dialogIds.js';
import { messageOf } from './intake/turnMessage.js';
import type { ConversationServices } from './ports.js';
import {
  isButtonOfOpenQuestion,
  namesChoiceOfOpenQuestion,
  passesOnOpenQuestion,
  picksChoiceOfOpenQuestion,
} from './prompts/question.js';
import { checkActivities } from './safety/safetyCheck.js';
import type { WijkwijzerState } from './wijkwijzerState.js';

/** As much of a held message as the intake keeps of a first message. */
const maxHeldCharacters = 4000;

/**
 * Runs on every resident message before anything else (docs/adr/0005-crisis-detection.md,
 * docs/adr/0012-safety-net.md): the safety check first, then the conversation's language.
 * - A crisis ends whatever dialog was running, gets the calm reply with the lines, and is counted
 *   as kind and day only.
 * - A firm check asks one calm question with the lines visible, and keeps the running dialog:
 *   "nee, het gaat wel" goes on with the message it asked about (held masked until the answer),
 *   "ja" shows the lines, anything else is read as a new message.
 * - A soft check (a weak signal) shows the same question and lines with a "ja, ik heb nu hulp
 *   nodig" button, and the dialogs go on with the message in the same turn. That button, or a
 *   short answer that speaks of danger, shows the lines and stops the intake whenever it comes; a
 *   plain "ja" does so on the very next message, unless it answers the intake's own question
 *   ("klopt" at "Klopt dat?"). Any later message, a card's button included, closes that window.
 * - After a crisis reply, its message is held (masked) for the next message only: a short "het is
 *   geen noodgeval" or "nee, het gaat wel" goes on with it, as the reply's "Dan zoeken we samen
 *   verder" promises; anything else drops it and is read as a new message.
 * - Otherwise only the conversation's concern (numbers) is kept for the next message.
 */
export class ConversationGuard {
  private readonly logger: Logger;

  constructor(
    private readonly state: WijkwijzerState,
    private readonly services: ConversationServices,
  ) {
    this.logger = moduleLogger(services.logger, 'conversation');
  }

  /** True when this message was answered here and the dialogs must not see it. */
  async check(context: TurnContext, dialogs: DialogContext): Promise<boolean> {
    const text = context.activity.text;
    if (typeof text !== 'string' || text.trim() === '') {
      // A card's button carries no text, yet the intake moves on: the plain "ja" window closes,
      // and so does the way back to a message a crisis reply answered.
      await this.ageSoftCheck(context);
      if ((await this.state.heldAfterCrisis(context)) !== undefined)
        await this.state.holdMessage(context, undefined);
      return false;
    }
    const before = await this.state.conversation(context);
    const safety = await this.state.safety(context);
    // The message's language is read once per turn, by the understanding pass the dialogs share
    // (ADR 0013): the check's answers use it, and the safety check gets it rather than reading the
    // text again. A short answer such as "ja" shows no language (`shownLanguage`), so the
    // conversation's stays.
    const textLanguage = messageOf(context, this.services.knowledge, text).understanding
      .shownLanguage;
    const language = textLanguage ?? before.language;

    // The message right after a crisis reply (which leaves no check open): "het is geen
    // noodgeval" goes on with the message the reply answered, as if it had just been typed,
    // without the safety check reading it again; anything else is a new message, read below.
    const afterCrisis = await this.state.heldAfterCrisis(context);
    if (afterCrisis !== undefined) {
      await this.state.holdMessage(context, undefined);
      if (saysNoEmergency(text)) {
        await context.sendActivity(backToQuestion(language));
        this.logger.info({ answer: 'no emergency' }, 'crisis reply answered');
        context.activity.text = afterCrisis;
        return false;
      }
    }

    if (safety.pendingCheck !== 0) {
      const answer = readCheckAnswer(text);
      const held = await this.state.heldMessage(context);
      await this.state.holdMessage(context, undefined);
      if (answer === 'yes') {
        // The reply leads with the line the check led with (its kind reading), not by urgency.
        const kinds = orderedKinds(safety.pendingCheck, safety.checkOrder);
        await this.sendCrisis(context, dialogs, kinds, language);
        return true;
      }
      if (answer === 'no') {
        // Nothing about the check is kept: the concern starts again from zero.
        await this.state.setSafety(context, noConcern);
        await context.sendActivity(backToQuestion(language));
        this.logger.info({ answer }, 'safety check answered');
        if (held !== undefined) {
          // The dialogs go on with the message the check asked about, as if it had just been
          // typed: the running question gets its answer, a first message starts the intake.
          context.activity.text = held;
          return false;
        }
        if (dialogs.activeDialog !== undefined) await dialogs.repromptDialog();
        else await dialogs.beginDialog(dialogIds.main);
        return true;
      }
      // Not an answer: a new message, checked like any other below.
    } else if (safety.softCheck !== undefined) {
      const answered = await this.answerSoftCheck(context, dialogs, text, safety, language);
      if (answered) return true;
    }

    const assessment = assessSafety(text, {
      priorConcern: { concern: safety.concern, pendingCheck: 0 },
      language,
      textLanguage,
      // A tapped button is an answer, not a message to read for concern ("Maakt niet uit"); so is
      // a button's listed synonym typed word for word ("Staat er niet bij"), and a listed way to
      // pass on the open question ("maakt niet uit" at the handover's name). The rules still read it.
      useModel:
        recogniseInterruption(text) === undefined &&
        !namesChoiceOfOpenQuestion(dialogs, text) &&
        !passesOnOpenQuestion(dialogs, text),
      ...(this.services.concernModel === undefined ? {} : { model: this.services.concernModel }),
    });
    await this.rememberLanguage(context, before.language, assessment.language);
    const { source, ruleIds, concern } = assessment.explanation;

    if (assessment.outcome === 'crisis') {
      await this.sendCrisis(context, dialogs, assessment.kinds, assessment.language);
      // Held for the next message only (masked, like a check's), so that a resident for whom it is
      // no emergency now does not have to tell it all again.
      await this.state.holdMessage(context, residentWords(text, maxHeldCharacters).text, {
        afterCrisis: true,
      });
      this.logger.info({ kinds: assessment.kinds, source, ruleIds, concern }, 'crisis reply sent');
      return true;
    }
    if (assessment.outcome === 'check' && assessment.checkStrength === 'soft') {
      // Asking spends the concern; the soft check stays open, and the dialogs read the message in
      // this same turn: nothing is held.
      await this.state.setSafety(context, {
        ...noConcern,
        softCheck: kindsToBits(assessment.kinds),
        softAge: 0,
        checkOrder: checkOrder(assessment),
      });
      for (const activity of checkActivities(
        checkResponse(assessment.kinds, assessment.language, 'soft', lineKinds(assessment)),
      )) {
        await context.sendActivity(activity);
      }
      this.logger.info({ kinds: assessment.kinds, source, concern }, 'soft safety check shown');
      return false;
    }
    if (assessment.outcome === 'check') {
      // Asking spends the concern: whatever the answer, it builds up again from zero.
      await this.state.setSafety(context, {
        ...noConcern,
        pendingCheck: kindsToBits(assessment.kinds),
        checkOrder: checkOrder(assessment),
      });
      await this.state.holdMessage(context, residentWords(text, maxHeldCharacters).text);
      for (const activity of checkActivities(
        checkResponse(assessment.kinds, assessment.language, 'firm', lineKinds(assessment)),
      )) {
        await context.sendActivity(activity);
      }
      this.logger.info({ kinds: assessment.kinds, source, concern }, 'safety check asked');
      const { frame } = assessment.explanation;
      if (frame !== undefined) {
        // The frame reader turned a rule's crisis reply into this check (docs/adr/0012-safety-net.md,
        // thirteenth round): counted apart, so a reader that lowers too often shows in the logs.
        // Rule ids, the reading and the cue groups only; never the words the reader weighed.
        this.logger.info(
          { ruleIds, framed: frame.framed, cues: frameCueFeatures(frame.strongest) },
          'crisis reply lowered by frame reader',
        );
      }
      return true;
    }
    await this.state.setSafety(context, withOpenSoftCheck(assessment.nextConcern, safety));
    return false;
  }

  /**
   * A message while a soft check is open. True when it answered the check here: "ja, ik heb nu
   * hulp nodig" (the button, or any short answer that speaks of danger; a plain "ja" only right
   * after the check) shows the crisis reply for the kinds it asked about and stops the intake; a
   * plain "nee" right after it closes it and the intake asks its question again. A tap on a button
   * of the intake's own open question answers that question, not the check.
   */
  private async answerSoftCheck(
    context: TurnContext,
    dialogs: DialogContext,
    text: string,
    safety: ConcernState,
    language: Language,
  ): Promise<boolean> {
    if (safety.softCheck === undefined || isButtonOfOpenQuestion(dialogs, text)) return false;
    // A plain yes or no answers the check only on the very next message, and only when it is no
    // answer to the intake's own question ("klopt" at "Klopt dat?"); the check's button, or a
    // yes that speaks of danger, answers it whenever it comes.
    const fresh = (safety.softAge ?? 0) === 0 && !picksChoiceOfOpenQuestion(dialogs, text);
    const answer = readSoftCheckAnswer(text, fresh);
    if (answer === 'yes') {
      const kinds = orderedKinds(safety.softCheck, safety.checkOrder);
      await this.sendCrisis(context, dialogs, kinds, language);
      this.logger.info({ answer, strength: 'soft' }, 'safety check answered');
      return true;
    }
    if (answer === 'no') {
      await this.state.setSafety(context, { concern: safety.concern, pendingCheck: 0 });
      await context.sendActivity(softCheckDeclined(language));
      if (dialogs.activeDialog !== undefined) await dialogs.repromptDialog();
      else await dialogs.beginDialog(dialogIds.main);
      this.logger.info({ answer, strength: 'soft' }, 'safety check answered');
      return true;
    }
    return false;
  }

  /** One message more since the open soft check, if one is open. */
  private async ageSoftCheck(context: TurnContext): Promise<void> {
    const safety = await this.state.safety(context);
    if (safety.softCheck === undefined) return;
    await this.state.setSafety(context, withOpenSoftCheck(safety, safety));
  }

  private async rememberLanguage(
    context: TurnContext,
    previous: Language,
    language: Language,
  ): Promise<void> {
    await this.state.updateConversation(context, (current) => ({ ...current, language }));
    if (language === previous) return;
    const { clock, settings } = this.services;
    await this.state.updateMemory(context, clock.now(), settings.residentMemoryDays, (memory) => ({
      ...memory,
      language,
    }));
  }

  private async sendCrisis(
    context: TurnContext,
    dialogs: DialogContext,
    kinds: readonly CrisisKind[],
    language: Language,
  ): Promise<void> {
    await this.state.setSafety(context, noConcern);
    await dialogs.cancelAllDialogs();
    for (const activity of crisisActivities(crisisReplyFor(kinds, language))) {
      await context.sendActivity(activity);
    }
    // Kind and day only; the port never rejects, so the resident's lines stand whatever happens.
    const at = this.services.clock.now();
    for (const crisisKind of kinds) {
      await this.services.insights.record({ kind: 'crisis', crisisKind }, at);
    }
  }
}

/** A check's lines in the assessment's order (its kind reading after 112). */
function lineKinds(assessment: SafetyAssessment): CrisisKind[] {
  return assessment.lines.map((line) => line.kind);
}

/**
 * The kinds a check asks about in the order its lines show them, kept (as numbers) so that its
 * "ja" gets a crisis reply that leads with the same line.
 */
function checkOrder(assessment: SafetyAssessment): number[] {
  return kindsToOrder(lineKinds(assessment).filter((kind) => assessment.kinds.includes(kind)));
}

/**
 * Of the frame reader's strongest features, only its cue groups (`g:past`, `gg:over+past`): fixed
 * names from src/safety/frameCues.ts. Word, word-pair and prefix features are the resident's own
 * words and never reach a log.
 */
function frameCueFeatures(strongest: readonly string[]): string[] {
  return strongest.filter((name) => name.startsWith('g:') || name.startsWith('gg:'));
}

/** The next state with the previous message's open soft check kept, one message older. */
function withOpenSoftCheck(next: ConcernState, previous: ConcernState): ConcernState {
  if (previous.softCheck === undefined) return next;
  return {
    ...next,
    softCheck: previous.softCheck,
    softAge: Math.min(maxSoftAge, (previous.softAge ?? 0) + 1),
    ...(previous.checkOrder === undefined ? {} : { checkOrder: previous.checkOrder }),
  };
}
