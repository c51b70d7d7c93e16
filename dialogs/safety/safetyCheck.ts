import { ActionTypes, ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { CheckResponse } from '../../src/safety/safetyReplies.js';

/**
 * The check as chat messages (docs/adr/0012-safety-net.md): the calm opening and the question,
 * the lines as real links with the reason for each (visible at once, like in a crisis reply), and
 * the answer buttons (two for a firm check; one, kept in the chat, for a soft check).
 * Its own file, apart from the intake: the intake can change without touching the safety net.
 */
export function checkActivities(response: CheckResponse): Partial<Activity>[] {
  const message = (text: string): Partial<Activity> => ({
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
  });
  // One line per help line: its reason, then its links, so the resident picks the one that fits.
  const links = response.lines
    .map(
      (line) =>
        `- ${line.reason}: ${line.actions.map((action) => `[${action.label}](${action.url})`).join(' · ')}`,
    )
    .join('\n');
  const [opening, question, linesNote] = response.paragraphs;
  const buttons = response.answers.map((answer) => ({
    type: ActionTypes.ImBack,
    title: answer,
    value: answer,
  }));
  const answer: Partial<Activity> =
    response.strength === 'firm'
      ? { ...message(response.wayBack), suggestedActions: { to: [], actions: buttons } }
      : // Soft: the intake's own question follows in the same turn, and Web Chat shows only the
        // last message's suggested actions. A card's button stays in the chat, so "yes, I need
        // help now" is one tap away for the rest of the conversation.
        { ...message(response.wayBack), attachments: [CardFactory.heroCard('', [], buttons)] };
  return [
    message([opening, question].join('\n\n')),
    message(`${linesNote ?? ''}\n\n${links}`),
    answer,
  ];
}
