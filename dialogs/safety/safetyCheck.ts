import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { CheckResponse } from '../../src/safety/safetyReplies.js';

/**
 * The check as chat messages (docs/adr/0012-safety-net.md): the calm opening and the question,
 * the lines as real links (visible at once, like in a crisis reply), and two answer buttons.
 * Its own file, apart from the intake: the intake can change without touching the safety net.
 */
export function checkActivities(response: CheckResponse): Partial<Activity>[] {
  const message = (text: string): Partial<Activity> => ({
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
  });
  const links = response.actions.map((action) => `- [${action.label}](${action.url})`).join('\n');
  const [opening, question, linesNote] = response.paragraphs;
  return [
    message([opening, question].join('\n\n')),
    message(`${linesNote ?? ''}\n\n${links}`),
    {
      ...message(response.wayBack),
      suggestedActions: {
        to: [],
        actions: [
          { type: ActionTypes.ImBack, title: response.answers.yes, value: response.answers.yes },
          { type: ActionTypes.ImBack, title: response.answers.no, value: response.answers.no },
        ],
      },
    },
  ];
}
