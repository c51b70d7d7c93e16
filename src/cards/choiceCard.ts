import { choiceSet, submitAction, webChatCard, type WebChatCard } from './elements.js';

/**
 * A long list of choices as one compact card: a drop-down list and one button (ADR 0014,
 * defect 1). Eighteen suggested-action buttons fill a phone's screen and push the message box
 * out of reach; a drop-down takes one line. The button posts `{ choice: <value> }`, which the
 * question reads like a tapped button; typing the word or the number keeps working.
 */

/** The id of the drop-down: Web Chat posts `{ [CHOICE_INPUT_ID]: value }` with the submit. */
export const CHOICE_INPUT_ID = 'choice';

export interface ChoiceCardView {
  /** The label above the list, read out by screen readers. */
  readonly label: string;
  /** Shown in the closed list before a choice is made. */
  readonly placeholder: string;
  readonly choices: readonly { readonly value: string; readonly title: string }[];
  readonly submit: string;
  /** Said when the button is pressed without a choice. */
  readonly missing: string;
}

export function buildChoiceCard(view: ChoiceCardView): WebChatCard {
  const card = webChatCard(
    [
      // Compact (a drop-down) is the default style, so the card does not spell it out.
      choiceSet(CHOICE_INPUT_ID, view.label, view.choices, {
        isRequired: true,
        errorMessage: view.missing,
        placeholder: view.placeholder,
      }),
    ],
    [submitAction(view.submit, {}, { style: 'positive' })],
  );
  return { ...card, speak: view.label };
}
