import { describe, expect, it } from 'vitest';
import { extractFirstMessageFacts } from '../../src/conversation/firstMessage.js';

// ADR 0013, session 25 (lead): "<relation> is N jaar geleden …" tells how long ago something
// happened; the relative has no age of N, so the search must not keep to a child's help for them.
describe('a span back in time is no age of the relative', () => {
  it.each([
    'mijn oma is 6 jaar geleden bij ons ingetrokken en nu wordt het te zwaar',
    'onze vader is 12 jaar terug gescheiden en belt nooit meer',
    'my nan is 4 years ago moved into care and I visit alone',
  ])('%s', (text) => {
    expect(extractFirstMessageFacts(text).subjectAge).toBeUndefined();
  });

  it('still reads the age when none of that follows', () => {
    expect(extractFirstMessageFacts('mijn opa is 88 jaar en kan niet meer koken').subjectAge).toBe(
      88,
    );
  });

  it("keeps the model's trained reading as it was", () => {
    const text = 'mijn oma is 6 jaar geleden bij ons ingetrokken en nu wordt het te zwaar';
    expect(extractFirstMessageFacts(text, 'model').subjectAge).toBe(6);
  });
});
