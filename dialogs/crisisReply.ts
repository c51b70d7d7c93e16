import { ActivityTypes, type Activity } from 'botbuilder';
import type { CrisisResponse } from '../src/safety/crisisResponse.js';

/**
 * The crisis reply as chat messages: the calm text, then every line as a real link (Markdown
 * `[label](tel:08000113)` renders as an anchor in Web Chat, so a phone dials it), then the
 * sentence that the resident can come back afterwards. Links, not buttons: an anchor also works
 * with a screen reader, and it stays usable in the transcript.
 */
export function crisisActivities(response: CrisisResponse): Partial<Activity>[] {
  const paragraphs = [...response.paragraphs];
  // The last paragraph is always "you can come back" (src/safety/crisisResponse.ts).
  const comeBack = paragraphs.length > 1 ? paragraphs.pop() : undefined;
  const links = response.actions.map((action) => `- [${action.label}](${action.url})`).join('\n');
  const message = (text: string): Partial<Activity> => ({
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
  });
  return [
    message(paragraphs.join('\n\n')),
    message(links),
    ...(comeBack === undefined ? [] : [message(comeBack)]),
  ];
}
