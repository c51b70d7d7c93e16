import { describe, expect, it } from 'vitest';
import { ageFor, extractFirstMessageFacts } from '../../src/conversation/firstMessage.js';

/**
 * Facts the readings of session 25 got wrong, found in review (ADR 0013, amendment session 25,
 * review25b). Phrasings written for this test.
 */
describe("a resident's own short age mark is no one else's age", () => {
  it('"I\'m 16yo and my mum drinks" gives the mother no age of 16', () => {
    const facts = extractFirstMessageFacts("I'm 16yo and my mum drinks way too much");
    expect(facts.selfAge).toBe(16);
    expect(ageFor(facts, 'ouder')).toBeUndefined();
  });

  it('"im 15 y/o, my parents fight" and "I am a 14 year old" speak of oneself', () => {
    const parents = extractFirstMessageFacts('im 15 y/o, my parents fight every night');
    expect(ageFor(parents, 'ouder')).toBeUndefined();
    const stepdad = extractFirstMessageFacts("I'm a 14 year old and my stepdad yells all day");
    expect(stepdad.selfAge).toBe(14);
    expect(ageFor(stepdad, 'ouder')).toBeUndefined();
  });

  it('the age of the child after the own one still counts', () => {
    const facts = extractFirstMessageFacts('I am a 41 year old dad and my 13yo son skips school');
    expect(facts.forWhom).toBe('kind');
    expect(facts.subjectAge).toBe(13);
  });
});

describe('an age in brackets belongs to its own relative only', () => {
  it('a brother (12) beside a sick mother gives the mother no age', () => {
    const facts = extractFirstMessageFacts('My mum has cancer and my brother (12) and I are alone');
    expect(ageFor(facts, 'ouder')).toBeUndefined();
  });

  it('a daughter (9) beside the husband the resident cares for gives him no age', () => {
    const cared = extractFirstMessageFacts('I look after my husband, our daughter (9) is scared');
    expect(cared.forWhom).toBe('partner');
    expect(ageFor(cared, 'partner')).toBeUndefined();
    const tired = extractFirstMessageFacts(
      'Mijn vrouw heeft ms en onze zoon (13) helpt, ik ben op',
    );
    expect(ageFor(tired, 'partner')).toBeUndefined();
  });

  it('a parent word said of oneself with an age is no relative of that age', () => {
    const facts = extractFirstMessageFacts('ik ben alleenstaande moeder (31) met twee kinderen');
    expect(ageFor(facts, 'kind')).toBeUndefined();
  });

  it('one relative with an age in brackets keeps it', () => {
    expect(extractFirstMessageFacts('Mijn vader (84) valt steeds vaker').subjectAge).toBe(84);
    expect(extractFirstMessageFacts('our son (7) cannot sleep at night').subjectAge).toBe(7);
  });
});

describe('a family word that is a name', () => {
  it('"Nan is my neighbour" is a neighbour, "Gran is my best friend" no relative', () => {
    expect(
      extractFirstMessageFacts('Nan is my neighbour and she has nobody to talk to').forWhom,
    ).toBe('buur');
    expect(
      extractFirstMessageFacts('Gran is my best friend, she is lonely').forWhom,
    ).toBeUndefined();
  });

  it('"Gran is my mum\'s mum" and "Nan is 88" stay a relative', () => {
    expect(extractFirstMessageFacts('Nan is 88 and falls a lot').forWhom).toBe('familielid');
    expect(extractFirstMessageFacts('Gran is my grandmother and she is alone').forWhom).toBe(
      'familielid',
    );
  });
});

describe('"ma" that is maandag', () => {
  it('"Ma is het buurthuis open?" asks about Monday, not for a parent', () => {
    expect(extractFirstMessageFacts('Ma is het buurthuis open?').forWhom).toBeUndefined();
    expect(
      extractFirstMessageFacts('Ma is er inloop bij de bieb? ik wil hulp met formulier').forWhom,
    ).toBeUndefined();
  });

  it('"Ma is ziek, wat moet ik doen?" is still about the mother', () => {
    expect(extractFirstMessageFacts('Ma is ziek, wat moet ik doen?').forWhom).toBe('ouder');
  });
});

describe('a Dutch own short age mark', () => {
  it('"ik ben 19yo mama van een baby" is the resident\'s own age', () => {
    const facts = extractFirstMessageFacts('ik ben 19yo mama van een baby en zoek hulp');
    expect(facts.selfAge).toBe(19);
    expect(ageFor(facts, 'kind')).toBeUndefined();
  });
});

describe("a relative's age belongs to that relative (session 25, review25b)", () => {
  it('"onze zoon van 12 helpt mee" gives the husband cared for no age', () => {
    const cared = extractFirstMessageFacts(
      'Ik zorg voor mijn man met parkinson, onze zoon van 12 helpt mee. Ik kan niet meer.',
    );
    expect(cared.forWhom).toBe('partner');
    expect(ageFor(cared, 'partner')).toBeUndefined();
    const asked = extractFirstMessageFacts('Mijn vrouw heeft ms en onze dochter van 15 helpt mee');
    expect(ageFor(asked, 'partner')).toBeUndefined();
    expect(ageFor(asked, 'kind')).toBe(15);
  });

  it("the relative's own age is kept", () => {
    for (const [text, forWhom, years] of [
      ['Mijn moeder van 80 is eenzaam', 'ouder', 80],
      ['ik zorg voor mijn vader van 84 en ik ben op', 'ouder', 84],
      ['mijn buurman is 91, hij eet slecht', 'buur', 91],
      ['our son (7) cannot sleep at night', 'kind', 7],
    ] as const) {
      const facts = extractFirstMessageFacts(text);
      expect(ageFor(facts, facts.forWhom ?? forWhom), text).toBe(years);
    }
  });
});
