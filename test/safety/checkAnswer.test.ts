import { describe, expect, it } from 'vitest';
import { readCheckAnswer, readSoftCheckAnswer } from '../../src/safety/checkAnswer.js';

describe('readCheckAnswer', () => {
  it('reads the buttons and the common ways to say yes and no', () => {
    for (const text of ['Ja', 'ja.', 'Yes', 'jazeker', 'ja dat klopt'])
      expect(readCheckAnswer(text), text).toBe('yes');
    for (const text of [
      'Nee, het gaat wel',
      'nee',
      'Nee hoor',
      'het gaat wel',
      'No, I am okay',
      'no',
    ])
      expect(readCheckAnswer(text), text).toBe('no');
  });

  it('takes a no that still speaks of danger as a yes', () => {
    expect(readCheckAnswer('nee, ik ben niet veilig')).toBe('yes');
    expect(readCheckAnswer('no, I am scared')).toBe('yes');
    expect(readCheckAnswer('nee, geen gevaar')).toBe('no');
  });

  it('reads anything else as a new message', () => {
    expect(
      readCheckAnswer('ik wil graag hulp bij mijn administratie van de belasting en de huur'),
    ).toBe('unclear');
    expect(readCheckAnswer('misschien')).toBe('unclear');
    expect(readCheckAnswer('')).toBe('unclear');
  });
});

describe('readSoftCheckAnswer', () => {
  it('reads its button and an answer that speaks of danger as yes at any later message', () => {
    for (const fresh of [true, false]) {
      expect(readSoftCheckAnswer('Ja, ik heb nu hulp nodig', fresh)).toBe('yes');
      expect(readSoftCheckAnswer('Yes, I need help now', fresh)).toBe('yes');
      expect(readSoftCheckAnswer('ja ik ben bang', fresh)).toBe('yes');
    }
  });

  it('reads a plain yes or no only on the very next message', () => {
    expect(readSoftCheckAnswer('ja', true)).toBe('yes');
    expect(readSoftCheckAnswer('nee', true)).toBe('no');
    expect(readSoftCheckAnswer('ja', false)).toBe('unclear');
    expect(readSoftCheckAnswer('Nee, het gaat wel', false)).toBe('unclear');
    expect(readSoftCheckAnswer('voor mijn moeder', true)).toBe('unclear');
  });

  it('reads a later help question as a question, not as a yes', () => {
    expect(readSoftCheckAnswer('ik heb hulp nodig met de huur', false)).toBe('unclear');
    expect(readSoftCheckAnswer('I need help with my rent', false)).toBe('unclear');
    expect(readSoftCheckAnswer('ik ben bang voor de deurwaarder', false)).toBe('unclear');
    expect(readSoftCheckAnswer('ik heb hulp nodig met de huur', true)).toBe('unclear');
    expect(readSoftCheckAnswer('help', true)).toBe('yes');
    expect(readSoftCheckAnswer('ik ben bang', true)).toBe('yes');
    expect(readSoftCheckAnswer('ik ben bang', false)).toBe('unclear');
  });
});
