import type { TurnContext } from 'botbuilder';
import type { MessageFacts } from '../../src/conversation/messageFacts.js';
import type { WijkwijzerState } from '../wijkwijzerState.js';
import type { Recognised } from '../prompts/question.js';
import type { QuestionContext, ReplyRecognition } from './questions/intakeQuestion.js';
import { intakeQuestion } from './questions/index.js';

/**
 * A reply its question asks again about may still answer another question on the way: "ik woon
 * in de Roombeek" at "Voor wie?" is no person, but it is where the resident lives (ADR 0014,
 * amendment of session 13). Each question the retry mentions reads the reply with its own
 * recogniser (`fromMention`, as for a first message), only while it is still unknown, so an area
 * the intake has already is kept. What that question says about it ("U noemde de wijk …") comes
 * before the retry's own words, in one message.
 */
export async function withMentions(
  found: ReplyRecognition,
  message: MessageFacts,
  context: QuestionContext,
  turn: TurnContext,
  state: WijkwijzerState,
): Promise<Recognised> {
  if (found?.kind !== 'retry' || found.mentions === undefined) return found;
  const said: string[] = [];
  for (const id of found.mentions) {
    const question = intakeQuestion(id);
    const facts = await state.facts(turn);
    if (question.isKnown(facts)) continue;
    const applied = question.fromMention(message, { ...context, facts });
    if (applied === undefined) continue;
    await state.updateFacts(turn, () => applied.facts);
    if (applied.confirm !== undefined) said.push(applied.confirm);
  }
  return { kind: 'retry', message: [...said, found.message].join(' ') };
}
