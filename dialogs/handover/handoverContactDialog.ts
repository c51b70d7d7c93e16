import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { isDutchMobileNumber } from '../../src/cases/contact.js';
import { moduleLogger } from '../../src/shared/logger.js';
import type { DialogDeps } from '../dialogDeps.js';
import { dialogIds } from '../dialogIds.js';
import { choice, yesNoChoices } from '../prompts/choices.js';
import { asQuestionResult, type QuestionResult } from '../prompts/question.js';
import { textsFor } from '../texts.js';
import type { HandoverContact } from '../wijkwijzerState.js';
import { selfContactActivity } from './selfContact.js';

export interface ContactResult {
  /** False when the resident could not give a way to reach them; they got the self-contact ways. */
  readonly ok: boolean;
}

export function isContactResult(value: unknown): value is ContactResult {
  return value !== null && typeof value === 'object' && 'ok' in value;
}

/** What the contact prompts return (src/conversation/contactReplies.ts, already checked). */
const contactReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phone'), phone: z.string().min(1).max(40) }),
  z.object({ kind: z.literal('email'), email: z.string().min(3).max(254) }),
]);
type ContactReply = z.infer<typeof contactReplySchema>;

function replyOf(result: QuestionResult): ContactReply | undefined {
  if (result.kind !== 'value') return undefined;
  const parsed = contactReplySchema.safeParse(result.value);
  return parsed.success ? parsed.data : undefined;
}

function textOf(result: QuestionResult): string | undefined {
  return result.kind === 'value' && typeof result.value === 'string' ? result.value : undefined;
}

/**
 * The minimal contact details (docs/privacy.md, "What is stored"): name or roepnaam, a phone number or an e-mail
 * address (checked, with a plain explanation and another try), may we call, and the best moment.
 * Every detail goes straight into the handover's contact (WijkwijzerState), which is the only
 * place contact details are kept and which forgets them after the hold; nothing is sent from here.
 */
export class HandoverContactDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(dialogIds.handoverContact);
    for (const step of [
      this.askName,
      this.askContact,
      this.askCalls,
      this.askEmailForNoCalls,
      this.askMoment,
      this.finish,
    ]) {
      this.addStep(step.bind(this));
    }
  }

  private async texts(step: WaterfallStepContext) {
    const language = await this.deps.state.language(step.context);
    return { language, ...textsFor(language) };
  }

  private async contact(context: TurnContext): Promise<HandoverContact | null> {
    return this.deps.state.contact(context, this.deps.services.clock.now());
  }

  private async change(context: TurnContext, change: Partial<HandoverContact>): Promise<boolean> {
    const current = await this.contact(context);
    if (current === null) return false;
    await this.deps.state.setContact(context, { ...current, ...change });
    return true;
  }

  private async giveUp(step: WaterfallStepContext) {
    const { handover } = await this.texts(step);
    await this.deps.state.setContact(step.context, null);
    await step.context.sendActivity(
      selfContactActivity(handover, this.deps.services, handover.contact.giveUp),
    );
    return step.endDialog({ ok: false } satisfies ContactResult);
  }

  private async askName(step: WaterfallStepContext) {
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.nameQuestion, {
      prompt: handover.name.question,
      retry: handover.name.retry,
      language,
    });
  }

  private async askContact(step: WaterfallStepContext) {
    const name = textOf(asQuestionResult(step.result));
    if (name === undefined) return this.giveUp(step);
    await this.deps.state.setContact(step.context, {
      name,
      phone: null,
      email: null,
      bestMoment: null,
      noCalls: false,
      collectedAt: this.deps.services.clock.now().toISOString(),
    });
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.contactQuestion, {
      prompt: handover.contact.question,
      retry: handover.contact.neither,
      language,
    });
  }

  private async askCalls(step: WaterfallStepContext) {
    const reply = replyOf(asQuestionResult(step.result));
    if (reply === undefined) return this.giveUp(step);
    const stored = await this.change(step.context, {
      phone: reply.kind === 'phone' ? reply.phone : null,
      email: reply.kind === 'email' ? reply.email : null,
    });
    if (!stored) return this.giveUp(step);
    // Only with a phone number is there anything to ask about calling.
    if (reply.kind !== 'phone') return step.next();
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.question, {
      prompt: handover.calls.question,
      choices: yesNoChoices(handover.calls.yes, handover.calls.no),
      retry: textsFor(language).intake.choices.retry,
      maxAttempts: 2,
      language,
    });
  }

  private async askEmailForNoCalls(step: WaterfallStepContext) {
    const result = asQuestionResult(step.result);
    const contact = await this.contact(step.context);
    if (contact === null) return this.giveUp(step);
    if (contact.phone === null || result.kind !== 'choice' || result.value !== 'no')
      return step.next();
    await this.change(step.context, { noCalls: true });
    // "Niet bellen" needs a way to write: a 06 number for a text message, or an e-mail address.
    if (isDutchMobileNumber(contact.phone) || contact.email !== null) return step.next();
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.emailQuestion, {
      prompt: handover.calls.needEmail,
      retry: handover.contact.email,
      language,
    });
  }

  private async askMoment(step: WaterfallStepContext) {
    const contact = await this.contact(step.context);
    if (contact === null) return this.giveUp(step);
    if (
      contact.noCalls &&
      contact.phone !== null &&
      !isDutchMobileNumber(contact.phone) &&
      contact.email === null
    ) {
      const reply = replyOf(asQuestionResult(step.result));
      if (reply?.kind !== 'email') return this.giveUp(step);
      await this.change(step.context, { email: reply.email });
    }
    if (contact.phone === null || contact.noCalls) return step.next();
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.momentQuestion, {
      prompt: handover.moment.question,
      choices: [
        choice('any', handover.moment.any, [
          'maakt niet uit',
          'altijd',
          'any time',
          'anytime',
          'whenever',
          // Not moments: said to this question they mean the button (played in English).
          'geen voorkeur',
          'maakt mij niet uit',
          'maakt me niet uit',
          'maakt niks uit',
          'doesnt matter',
          'does not matter',
          'it doesnt matter',
          'no preference',
          'dont mind',
          // "Ok" to "when can they reach you?" means any time, not a moment (found by playing).
          'ok',
          'oke',
          'okay',
          'prima',
          'goed',
          'is goed',
          'fine',
        ]),
      ],
      numbers: false,
      allowSkip: true,
      retry: handover.moment.retry,
      maxAttempts: 2,
      language,
    });
  }

  private async finish(step: WaterfallStepContext) {
    const contact = await this.contact(step.context);
    if (contact === null) return this.giveUp(step);
    const moment =
      contact.phone !== null && !contact.noCalls
        ? textOf(asQuestionResult(step.result))
        : undefined;
    if (moment !== undefined) await this.change(step.context, { bestMoment: moment });
    moduleLogger(this.deps.services.logger, 'handover').debug(
      {
        hasPhone: contact.phone !== null,
        hasEmail: contact.email !== null,
        noCalls: contact.noCalls,
      },
      'contact details collected',
    );
    return step.endDialog({ ok: true } satisfies ContactResult);
  }
}
