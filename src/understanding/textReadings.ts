import { readsCaring } from './caringRead.js';
import { asksForWijkteam } from './wijkteamAskedFor.js';
import { childAgesHelpIsFor, type AgeSpan } from './childNamed.js';

/**
 * What the search reads of a question's text beside its words and needs (ADR 0013, amendment
 * session 23, "one pass, also for the readers of session 22"): whether it asks for the wijkteam
 * itself (wijkteamAskedFor.ts), whether it tells the resident's caring (caringRead.ts) and the
 * children it names with an age (childNamed.ts, session 24). The understanding pass reads them
 * once per message, of its search text (`Understanding.searchReadings`), and the conversation
 * hands them to the search with that text (`SearchQuery.readings`). The
 * search reads them itself for any other text: the CLI, the benchmarks, the search after the
 * intake, the rest of a message beside a gemeente service.
 */
export interface TextReadings {
  /** The text that was read: the search takes the readings only for this very text. */
  readonly text: string;
  /** The wijkteam itself asked for (`asksForWijkteam`). */
  readonly asksForWijkteam: boolean;
  /** The resident caring for someone close, told by tasks, illness and strain (`readsCaring`). */
  readonly caring: boolean;
  /**
   * The ages of the children the text names with an age its words give ("mijn dochter van 2", a
   * baby, "zwanger") and says the help is for (`childAgesHelpIsFor`; not a child told of beside the
   * resident's own wish, ADR 0013, session 24, forwhom24 and forwhom24b).
   */
  readonly childAges: readonly AgeSpan[];
}

/**
 * Reads `text`. `wijkteamAsked`: `asksForWijkteam(text)` when the caller has read it already (the
 * understanding pass reads it of the message, which is most often the search text too).
 */
export function readText(text: string, wijkteamAsked?: boolean): TextReadings {
  return {
    text,
    asksForWijkteam: wijkteamAsked ?? asksForWijkteam(text),
    caring: readsCaring(text),
    childAges: childAgesHelpIsFor(text),
  };
}

/** The readings of `text`: the ones given when they were read of this very text, else read now. */
export function readingsFor(text: string, given: TextReadings | undefined): TextReadings {
  return given !== undefined && given.text === text ? given : readText(text);
}
