import type { ForWhom } from '../cases/case.js';
import { relationWord, type RelationName } from '../understanding/personWords.js';
import { foldReply } from './matchText.js';
import { withRelationTypos, type RelationTypoScope } from './relationTypos.js';

/**
 * The first person named in the text who fits `forWhom` (when given): "voor mijn moeder" → moeder,
 * also with a typo the first message's reader corrects ("mijn dogter" → dochter; in the reply to
 * "Voor wie?", `anyWord`, also "me schoonmoedr"). Undefined when the text names nobody one can ask
 * an age of.
 */
export function relationNameIn(
  text: string,
  forWhom?: ForWhom,
  scope: RelationTypoScope = 'afterPossessive',
): RelationName | undefined {
  for (const word of withRelationTypos(foldReply(text), scope).split(' ')) {
    const entry = relationWord(word);
    if (entry === undefined || entry.name === null) continue;
    if (forWhom === undefined || forWhom === entry.forWhom) return entry.name;
  }
  return undefined;
}
