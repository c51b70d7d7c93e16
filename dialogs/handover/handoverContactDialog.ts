import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { isDutchMobileNumber } from '../../src/cases/contact.js';
import { moduleLogger } from '../../src/shared/logger.js';
import type { DialogDeps } from '../dialogDeps.js';
import { dialogIds } from '../dialogIds.js';
import { choice, yesNoChoices } from '../prompts/choices.js';
import { asQuestionResult } from '../prompts/question.js';
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

interface ContactValues {
  name?: string;
  phone?: string | null;
  email?: string | null;
  noCalls?: boolean;
}

/** Encodes a checked contact reply for a question result: "phone:0612345678" or "email:a@b.nl". */
export function encodeContact(kind: 'phone' | 'email', value: string): string {
  return `${kind}:${value}`;
}

function decodeContact(value: string): { kind: 'phone' | 'email'; value: string } | undefined {
  const match = /^(phone|email):(.+)$/.exec(value);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { kind: match[1] === 'phone' ? 'phone' : 'email', value: match[2] };
}

/**
 * The minimal contact details (docs/privacy.md, "What is stored"): name or roepnaam, a phone number or an e-mail
 * address (checked, with a plain explanation and another try), may we call, and the best moment.
 * Kept in the conversation until the case is made; nothing is sent from here.
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

  private values(step: WaterfallStepContext): ContactValues {
    return step.values as ContactValues;
  }

  private async texts(step: WaterfallStepContext) {
    const language = await this.deps.state.language(step.context);
    return { language, ...textsFor(language) };
  }

  private async giveUp(step: WaterfallStepContext) {
    const { handover } = await this.texts(step);
    await step.context.sendActivity(handover.contact.giveUp);
    await step.context.sendActivity(selfContactActivity(handover, this.deps.services.settings));
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
    const result = asQuestionResult(step.result);
    if (result.kind !== 'value') return this.giveUp(step);
    this.values(step).name = result.value;
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.contactQuestion, {
      prompt: handover.contact.question,
      retry: handover.contact.neither,
      language,
    });
  }

  private async askCalls(step: WaterfallStepContext) {
    const result = asQuestionResult(step.result);
    const contact = result.kind === 'value' ? decodeContact(result.value) : undefined;
    if (contact === undefined) return this.giveUp(step);
    const values = this.values(step);
    values.phone = contact.kind === 'phone' ? contact.value : null;
    values.email = contact.kind === 'email' ? contact.value : null;
    values.noCalls = false;
    if (values.phone === null) return step.next();
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
    const values = this.values(step);
    const result = asQuestionResult(step.result);
    if (values.phone !== null && result.kind === 'choice' && result.value === 'no')
      values.noCalls = true;
    // "Niet bellen" needs a way to write: a 06 number for a text message, or an e-mail address.
    const phone = values.phone ?? null;
    if (!values.noCalls || phone === null || isDutchMobileNumber(phone) || values.email !== null) {
      return step.next();
    }
    const { handover, language } = await this.texts(step);
    return step.beginDialog(dialogIds.emailQuestion, {
      prompt: handover.calls.needEmail,
      retry: handover.contact.email,
      language,
    });
  }

  private async askMoment(step: WaterfallStepContext) {
    const values = this.values(step);
    if (step.result !== undefined && values.noCalls === true && values.email === null) {
      const result = asQuestionResult(step.result);
      const contact = result.kind === 'value' ? decodeContact(result.value) : undefined;
      if (contact?.kind !== 'email') return this.giveUp(step);
      values.email = contact.value;
    }
    if (values.phone === null || values.noCalls === true) return step.next();
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
    const values = this.values(step);
    const result = asQuestionResult(step.result);
    const bestMoment =
      values.phone !== null && values.noCalls !== true && result.kind === 'value'
        ? result.value
        : null;
    if (values.name === undefined) return this.giveUp(step);
    const contact: HandoverContact = {
      name: values.name,
      phone: values.phone ?? null,
      email: values.email ?? null,
      bestMoment,
      noCalls: values.noCalls === true,
    };
    await this.deps.state.updateConversation(step.context, (data) => ({ ...data, contact }));
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
