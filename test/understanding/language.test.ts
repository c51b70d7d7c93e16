import { describe, expect, it } from 'vitest';
import { detectLanguage, nextLanguage } from '../../src/understanding/language.js';
import { onlyLanguageRequest } from '../../src/understanding/languageRequest.js';

describe('detectLanguage', () => {
  it.each([
    ['I need help with my bills', 'en'],
    ['I am lonely and I would like to meet people', 'en'],
    ['yes', 'en'],
    ['Ik heb hulp nodig met mijn rekeningen', 'nl'],
    ['mijn moeder is eenzaam', 'nl'],
    ['ja', 'nl'],
    ['ik zoek een job', 'nl'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['2', '7544', 'Boswinkel', 'ok', 'help'])('says nothing about %s', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('keeps the conversation language on replies that show none', () => {
    expect(nextLanguage('en', '3')).toBe('en');
    expect(nextLanguage('en', 'ik wil graag Nederlands')).toBe('nl');
    expect(nextLanguage('nl', 'Can you help me find a job')).toBe('en');
  });
});

// ADR 0013, session 11 amendment: the English glossary's everyday words count as English too, so a
// message with few little words still shows its language; words Dutch writes the same do not.
describe('detectLanguage with the words a question is about', () => {
  it.each([
    ['electricity costs went through the roof', 'en'],
    ['unpaid wages', 'en'],
    ['my landlord refuses repairs', 'en'],
  ])('"%s" is English', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['mijn kids drinken te veel', 'nl'],
    ['schimmel in de flat', 'nl'],
    ['ik ga naar de gym', 'nl'],
  ])('"%s" stays Dutch', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  // ADR 0013, session 12 amendment: the everyday words per need are English evidence too, the
  // ones Dutch writes as well are not.
  it.each([
    ['skint again this month', 'en'],
    ['mouldy ceiling upstairs', 'en'],
  ])('"%s" is English', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['ik ben single en mijn scooter is gestolen', 'nl'],
    ['de boiler is kapot en de verhuurder doet niets', 'nl'],
    ['ik train drie keer per week', 'nl'],
    ['de login van mijn bank werkt niet', 'nl'],
    ['een mediator voor ons allebei', 'nl'],
  ])('"%s" stays Dutch', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('does not take words both languages write for English ("sport", "stress", "flat", "drink")', () => {
    expect(detectLanguage('sport stress')).toBeUndefined();
    expect(detectLanguage('flat drink')).toBeUndefined();
  });
});

// ADR 0010, "English", amendment of session 13: a short answer is no choice of language.
describe('nextLanguage after a short answer', () => {
  it.each(['ja', 'Nee.', 'ja hoor', 'oké', 'nee dank u', 'ja, graag'])(
    '"%s" keeps an English conversation English',
    (text) => {
      expect(nextLanguage('en', text)).toBe('en');
    },
  );

  it.each(['yes', 'No!', 'yes please', 'thank you', 'ok thanks'])(
    '"%s" keeps a Dutch conversation Dutch',
    (text) => {
      expect(nextLanguage('nl', text)).toBe('nl');
    },
  );

  it('still follows a request or a sentence', () => {
    expect(nextLanguage('en', 'Nederlands graag')).toBe('nl');
    expect(nextLanguage('nl', 'English please')).toBe('en');
    expect(nextLanguage('en', 'ja, ik heb een achterstand bij de energie')).toBe('nl');
    expect(nextLanguage('nl', 'yes, I would like help with that')).toBe('en');
  });

  it('leaves detectLanguage, which reads a message on its own, as it was', () => {
    expect(detectLanguage('ja')).toBe('nl');
    expect(detectLanguage('yes')).toBe('en');
  });
});

describe('languageRequest', () => {
  it.each([
    ['English please', 'en'],
    ['in het Engels graag', 'en'],
    ['Do you speak English?', 'en'],
    ['Nederlands', 'nl'],
    ['kunt u het in het Nederlands?', 'nl'],
  ])('%s asks for %s', (text, language) => {
    expect(onlyLanguageRequest(text)).toBe(language);
  });

  it.each(['I speak English at home', 'Engelse les voor mijn zoon', 'ik wil Nederlands leren'])(
    '"%s" is a question, not a choice',
    (text) => {
      expect(onlyLanguageRequest(text)).toBeUndefined();
    },
  );
});

describe('a message that is only a greeting', () => {
  it.each([
    ['Hello again!', 'en'],
    ['good evening everyone', 'en'],
    ["hi, it's me again", 'en'],
    ['Goedemiddag allemaal', 'nl'],
    ['hallo, ik ben terug', 'nl'],
    ['hi', undefined],
    ['hey wijkwijzer', undefined],
  ])('"%s" shows %s (the greeting list of src/understanding/greeting.ts)', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
