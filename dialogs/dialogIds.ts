import type { HandoverReason } from '../src/conversation/wijkwijzerRule.js';

/** Ids of every dialog in the conversation; one flat set inside the main dialog. */
export const dialogIds = {
  main: 'wijkwijzer',
  flow: 'flow',
  opening: 'opening',
  intake: 'intake',
  questionLoop: 'intake.questions',
  results: 'intake.results',
  wijkteamQuestion: 'intake.wijkteam',
  proposal: 'proposal',
  handover: 'handover',
  handoverContact: 'handover.contact',
  handoverSummary: 'handover.summary',
  forget: 'forget',
  question: 'question',
  nameQuestion: 'question.name',
  contactQuestion: 'question.contact',
  emailQuestion: 'question.email',
  momentQuestion: 'question.moment',
  scoreQuestion: 'question.score',
  followUpQuestion: 'question.followUp',
} as const;

/** Dialogs that belong to the handover: "ik wil een mens spreken" there needs no new start. */
export const handoverDialogIds: readonly string[] = [
  dialogIds.handover,
  dialogIds.handoverContact,
  dialogIds.handoverSummary,
];

/** How an intake or opening ends: done, or on to the handover for a reason. */
export type FlowNext =
  | {
      readonly next: 'done';
      /** A question the resident typed at an opening question instead of answering it (masked). */
      readonly firstText?: string;
      readonly firstTextMasked?: boolean;
    }
  | { readonly next: 'handover'; readonly reason: HandoverReason; readonly resumed?: boolean };

export function isFlowNext(value: unknown): value is FlowNext {
  return value !== null && typeof value === 'object' && 'next' in value;
}
