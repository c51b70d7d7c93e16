import { describe, expect, it } from 'vitest';
import { saysNoEmergency } from '../../src/conversation/afterCrisisAnswer.js';

/** The answers after a crisis reply that go on with the question (ADR 0013, session 19). */
describe('saysNoEmergency', () => {
  it.each([
    'Het is geen noodgeval',
    'geen noodgeval hoor, het was in de zomer',
    'nee',
    'Nee, het gaat wel',
    'het is niet zo dringend',
    'Dat is al gebeurd, een maand terug',
    'It is not an emergency',
    'no emergency, it already happened',
  ])('"%s" says there is no emergency now', (text) => {
    expect(saysNoEmergency(text)).toBe(true);
  });

  it.each([
    // Fear, danger or needing help: never a way back, whatever else is said.
    'geen noodgeval maar ik ben wel bang',
    'het is geen noodgeval maar ik heb hulp nodig',
    'ik ben niet veilig',
    'not an emergency but I am scared',
    // Words that can speak of a life or of not daring to call.
    'het is voorbij',
    'it is over',
    'ik durf niet nu te bellen',
    // A yes, and a long message: a new message.
    'ja',
    'het is geen noodgeval want de inbraak was al in de zomer maar ik wil nu graag praten met iemand over hoe het verder moet',
  ])('"%s" does not', (text) => {
    expect(saysNoEmergency(text)).toBe(false);
  });
});
