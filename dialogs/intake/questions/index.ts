import { questionIds, type QuestionId } from '../../../src/conversation/intakeFacts.js';
import { ageQuestion } from './ageQuestion.js';
import { forWhomQuestion } from './forWhomQuestion.js';
import { bindQuestion, type BoundQuestion } from './intakeQuestion.js';
import { topicQuestion } from './topicQuestion.js';
import { triedQuestion } from './triedQuestion.js';
import { whereQuestion } from './whereQuestion.js';

/** Every question of the intake by id: a Record, so a new QuestionId without a module does not compile. */
const byId: Readonly<Record<QuestionId, BoundQuestion>> = {
  topic: bindQuestion(topicQuestion),
  forWhom: bindQuestion(forWhomQuestion),
  age: bindQuestion(ageQuestion),
  where: bindQuestion(whereQuestion),
  tried: bindQuestion(triedQuestion),
};

/** The intake's questions in the order the loop asks what is still unknown. */
export const intakeQuestions: readonly BoundQuestion[] = questionIds.map((id) => byId[id]);

export function intakeQuestion(id: QuestionId): BoundQuestion {
  return byId[id];
}

/** The dialog id of a question's prompt (one prompt per question, with its own recogniser). */
export function questionDialogId(id: QuestionId): string {
  return `question.intake.${id}`;
}
