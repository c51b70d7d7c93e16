import type { CaseStatus, Outcome } from '../cases/status.js';
import { selectableOutcomes } from '../cases/status.js';
import { nl } from '../i18n/nl/index.js';
import {
  caseActionData,
  CLOSE_INPUTS,
  CONTACT_INPUTS,
  NOTE_MAX_LENGTH,
  REFRESH_VERB,
  type CaseCardVerb,
} from './caseActions.js';
import {
  choiceSet,
  column,
  columnSet,
  container,
  executeAction,
  fact,
  factSet,
  heading,
  showCardAction,
  teamsCard,
  textBlock,
  textInput,
  type CardElement,
  type TeamsAction,
  type TeamsCard,
  type TextColour,
} from './elements.js';
import { plainView } from './plainCardText.js';

/**
 * The handover card wijkteam staff see in Teams (profile 2: Adaptive Cards 1.5, Universal
 * Actions). One pure function from a view model; the view model decides what this viewer may see
 * and do (src/cards/caseCardView.ts), this file only lays it out.
 */

/**
 * Who the card is for. `shared` is the message everyone in the channel sees; the others are the
 * personal views Teams fetches through `refresh` for the users in `refreshUserIds`.
 */
export type ViewerRole = 'shared' | 'member' | 'assignee' | 'coordinator';

export type CaseContactView =
  | {
      readonly kind: 'visible';
      readonly name: string;
      readonly phone: string | null;
      readonly email: string | null;
    }
  | { readonly kind: 'hidden' }
  | { readonly kind: 'erased'; readonly date: string };

export interface CaseCardView {
  readonly reference: string;
  /** The version the buttons send back as `expectedVersion`. */
  readonly version: number;
  /** Display name of the wijkteam, such as "West". */
  readonly wijkteam: string;
  readonly status: CaseStatus;
  readonly outcome: Outcome | null;
  readonly summary: string;
  readonly levensgebieden: readonly string[];
  /** "Boswinkel (West)", or null when the resident did not say. */
  readonly area: string | null;
  readonly forWhom: string;
  readonly ageBand: string | null;
  readonly triedAlready: string;
  /** Names of the voorzieningen the bot already showed. */
  readonly voorzieningenShown: readonly string[];
  readonly conversationCount: number;
  /** How the resident wants to be contacted, without the contact details themselves. */
  readonly contactPreference: string;
  /** "3 dec 10:15": a moment, never a duration that goes stale on a card nobody redraws. */
  readonly received: string;
  /** What the colleague noted when closing, shown on the closed card. */
  readonly closingNote: string | null;
  /** The resident erased their contact details ("vergeet mij"): nobody can be reached. */
  readonly noContact: boolean;
  readonly assignee: string | null;
  readonly role: ViewerRole;
  readonly contact: CaseContactView;
  /** The buttons this viewer gets, in this order; the server checks again when one is pressed. */
  readonly actions: readonly CaseCardVerb[];
  /** Teams user ids that get a personal view; empty means no refresh (everyone sees this card). */
  readonly refreshUserIds: readonly string[];
}

/** A line above the card: what the button did (good), or why nothing changed (attention). */
export interface CardNotice {
  readonly text: string;
  readonly tone: 'good' | 'attention' | 'warning';
}

const statusColour: Readonly<Record<CaseStatus, TextColour>> = {
  nieuw: 'attention',
  opgepakt: 'accent',
  contact_gelegd: 'accent',
  afgerond: 'good',
  geannuleerd: 'default',
};

function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function contactSection(contact: CaseContactView): CardElement<TeamsAction>[] {
  const texts = nl.cards.caseCard;
  if (contact.kind === 'hidden') {
    return [textBlock(nl.cases.contactHidden, { isSubtle: true })];
  }
  if (contact.kind === 'erased') {
    return [textBlock(nl.cases.contactErased(contact.date), { isSubtle: true })];
  }
  return [
    factSet([
      fact(texts.contactLabels.name, contact.name),
      contact.phone === null ? undefined : fact(texts.contactLabels.phone, contact.phone),
      contact.email === null ? undefined : fact(texts.contactLabels.email, contact.email),
    ]),
  ];
}

function actionFor(view: CaseCardView, verb: CaseCardVerb): TeamsAction {
  const texts = nl.cards.caseCard;
  const data = caseActionData(view.reference, verb, view.version);
  switch (verb) {
    case 'claim':
      return executeAction(texts.actions.claim, verb, data, {
        style: 'positive',
        associatedInputs: 'none',
      });
    case 'release':
      return executeAction(texts.actions.release, verb, data, {
        style: 'destructive',
        associatedInputs: 'none',
      });
    case 'close':
      return showCardAction<TeamsAction>(
        texts.actions.close,
        [
          choiceSet(
            CLOSE_INPUTS.outcome,
            texts.closeForm.outcome,
            selectableOutcomes.map((outcome) => ({
              title: nl.cases.outcome[outcome],
              value: outcome,
            })),
            { style: 'expanded', isRequired: true, errorMessage: texts.closeForm.outcomeMissing },
          ),
          textInput(CLOSE_INPUTS.note, texts.closeForm.note, {
            isMultiline: true,
            maxLength: NOTE_MAX_LENGTH,
            placeholder: texts.closeForm.notePlaceholder,
          }),
        ],
        [
          executeAction(texts.actions.closeConfirm, verb, data, {
            style: 'positive',
            associatedInputs: 'auto',
          }),
        ],
      );
    case 'contactMade':
      // A small form like the Casusbord's: what was agreed, optional (ADR 0008 amendment).
      return showCardAction<TeamsAction>(
        texts.actions.contactMade,
        [
          textInput(CONTACT_INPUTS.note, texts.contactForm.note, {
            isMultiline: true,
            maxLength: NOTE_MAX_LENGTH,
            placeholder: texts.contactForm.notePlaceholder,
          }),
        ],
        [
          executeAction(texts.contactForm.confirm, verb, data, {
            style: 'positive',
            associatedInputs: 'auto',
          }),
        ],
      );
    default:
      // A plain step (such as release): one button with its label, no inputs. A new verb
      // only needs its label in src/i18n/nl/cards.ts (docs/contributing.md, "Adding a card verb").
      return executeAction(texts.actions[verb], verb, data, { associatedInputs: 'none' });
  }
}

/**
 * The fields of the view that are codes (looked up, or sent back with a button), never shown as
 * they are. Every other text of the view is made plain once, in buildCaseCard.
 */
const CASE_VIEW_CODES = [
  'reference',
  'status',
  'outcome',
  'role',
  'kind',
  'actions',
  'refreshUserIds',
] as const satisfies readonly (keyof CaseCardView | keyof CaseContactView)[];

/**
 * The case card for one viewer (or the shared channel message when `view.role` is `shared`).
 * Every text of the view (the resident's words and name, a colleague's note, names from the
 * routing and knowledge files, and any field added later) goes in as literal text, never Markdown
 * (`plainView`); the texts of our own (src/i18n) keep theirs.
 */
export function buildCaseCard(shown: CaseCardView, notice?: CardNotice): TeamsCard {
  const view = plainView(shown, CASE_VIEW_CODES);
  const texts = nl.cards.caseCard;
  const labels = texts.labels;
  const body: (CardElement<TeamsAction> | undefined)[] = [
    notice === undefined
      ? undefined
      : container([textBlock(notice.text, { weight: 'bolder' })], { style: notice.tone }),
    columnSet([
      column([
        textBlock(texts.title(view.reference), { size: 'large', weight: 'bolder' }),
        textBlock(texts.forTeam(view.wijkteam), { isSubtle: true, spacing: 'none' }),
      ]),
      column(
        [
          textBlock(nl.cases.status[view.status], {
            weight: 'bolder',
            color: statusColour[view.status],
          }),
        ],
        'auto',
      ),
    ]),
    view.role === 'assignee' ? textBlock(texts.yours, { color: 'good' }) : undefined,
    view.noContact
      ? container([textBlock(texts.noContact, { weight: 'bolder' })], { style: 'warning' })
      : undefined,
    factSet([
      fact(labels.assignee, view.assignee === null ? texts.nobody : view.assignee),
      fact(labels.received, view.received),
      fact(labels.area, view.area === null ? texts.unknownArea : view.area),
      fact(labels.forWhom, view.forWhom),
      view.ageBand === null ? undefined : fact(labels.ageBand, view.ageBand),
      view.levensgebieden.length === 0
        ? undefined
        : fact(labels.levensgebieden, view.levensgebieden.join(', ')),
      fact(labels.conversations, String(view.conversationCount)),
      fact(labels.contactPreference, view.contactPreference),
      view.outcome === null ? undefined : fact(labels.outcome, nl.cases.outcome[view.outcome]),
      view.closingNote === null ? undefined : fact(labels.closingNote, view.closingNote),
    ]),
    heading(texts.sections.question),
    textBlock(view.summary),
    heading(texts.sections.tried),
    textBlock(view.triedAlready.trim() === '' ? texts.nothingTried : view.triedAlready),
    heading(texts.sections.shown),
    textBlock(
      view.voorzieningenShown.length === 0
        ? texts.nothingShown
        : bulletList(view.voorzieningenShown),
    ),
    heading(texts.sections.contact),
    ...contactSection(view.contact),
  ];
  return teamsCard(
    body.filter((element): element is CardElement<TeamsAction> => element !== undefined),
    {
      actions: view.actions.map((verb) => actionFor(view, verb)),
      ...(view.refreshUserIds.length === 0
        ? {}
        : {
            refresh: {
              action: executeAction(
                texts.actions.refresh,
                REFRESH_VERB,
                caseActionData(view.reference, REFRESH_VERB, view.version),
              ),
              userIds: view.refreshUserIds,
            },
          }),
    },
  );
}

/**
 * The small card for a refusal where no case card can be shown (unknown case, other wijkteam,
 * unreadable button): one clear line, no buttons, nothing changed.
 */
export function buildMessageCard(text: string): TeamsCard {
  return teamsCard([
    textBlock(nl.cards.message.title, { weight: 'bolder' }),
    container([textBlock(text)], { style: 'attention' }),
  ]);
}
