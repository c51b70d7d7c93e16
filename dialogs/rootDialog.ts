import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { nl } from '../src/i18n/nl/index.js';

export const ROOT_DIALOG = 'root';
const MAIN = 'root.main';
const QUESTION_PROMPT = 'root.question';

/**
 * The conversation's entry point. The foundation only greets, asks the question and confirms it;
 * the intake (dialogs/intake/) takes over from here.
 */
export class RootDialog extends ComponentDialog {
  constructor() {
    super(ROOT_DIALOG);
    this.addDialog(new TextPrompt(QUESTION_PROMPT));
    this.addDialog(
      new WaterfallDialog(MAIN, [
        async (step: WaterfallStepContext<{ greeted?: boolean }>) => {
          if (step.options.greeted !== true) {
            for (const line of nl.conversation.greeting) await step.context.sendActivity(line);
          }
          return step.prompt(QUESTION_PROMPT, { prompt: nl.conversation.askQuestion });
        },
        async (step: WaterfallStepContext) => {
          await step.context.sendActivity(nl.conversation.questionReceived);
          return step.replaceDialog(MAIN, { greeted: true });
        },
      ]),
    );
    this.initialDialogId = MAIN;
  }
}
