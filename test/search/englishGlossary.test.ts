import { beforeAll, describe, expect, it } from 'vitest';
import {
  dutchFor,
  ENGLISH_GLOSSARY,
  isOwnForm,
  isSpellingSlip,
} from '../../src/search/englishGlossary.js';
import { analyseQuery } from '../../src/search/queryAnalysis.js';
import { search } from '../../src/search/search.js';
import type { SearchIndex } from '../../src/search/searchIndex.js';
import { foldText } from '../../src/text/normalise.js';
import { EIGEN_WOORDEN_TODAY, loadEigenWoordenIndex } from './eigenWoordenIndex.js';

/**
 * ADR 0013, eighth amendment: a question in English is also read through an everyday
 * English–Dutch glossary, so it meets entries written in Dutch. Over the kaart in other words
 * (test/fixtures/kaart-eigen-woorden, no English anywhere in it); phrasings written for this test.
 */
const TODAY = EIGEN_WOORDEN_TODAY;
let index: SearchIndex;

beforeAll(async () => {
  index = await loadEigenWoordenIndex();
});

describe('the English–Dutch glossary', () => {
  it('knows a word with its plural and verb endings, and nothing it does not list', () => {
    expect(dutchFor('neighbour')).toEqual(['buren', 'buurman']);
    expect(dutchFor('neighbours')).toEqual(['buren']);
    expect(dutchFor('bullied')).toEqual(['gepest']);
    expect(dutchFor('landlords')).toEqual(['verhuurder', 'huisbaas']);
    expect(dutchFor('gardening')).toEqual(['tuinieren']);
    expect(dutchFor('weather')).toBeUndefined();
  });

  // ADR 0013, session 11 amendment: the endings English spelling changes, and phrases of two.
  it('knows a word whose ending drops an e, doubles a consonant or turns a y into ie', () => {
    expect(dutchFor('grieving')).toEqual(['rouw', 'verdriet']);
    expect(dutchFor('shopping')).toEqual(['boodschappen']);
    expect(dutchFor('families')).toEqual(['gezin', 'familie']);
    expect(dutchFor('worrying')).toEqual(['piekeren', 'bezorgd']);
  });

  it('knows a phrase of two words, also with an ending on the first, and not its first alone', () => {
    expect(dutchFor('passed', 'away')).toEqual(['overleden']);
    expect(dutchFor('hanging', 'out')).toEqual(['ontmoeten', 'inloop', 'chillen']);
    expect(dutchFor('hang')).toBeUndefined();
    expect(dutchFor('hang', 'on')).toBeUndefined();
  });

  // ADR 0013, session 12 amendment: endings through natural's English Porter stemmer, spelling
  // slips of a listed word, and everyday words per need.
  it('knows a word by its Porter stem when the hand rules do not undo its ending', () => {
    expect(dutchFor('legally')).toEqual(['juridisch']);
    expect(dutchFor('overwhelming')).toEqual(['overbelast']);
    expect(dutchFor('financially')).toEqual(['financieel']);
    expect(dutchFor('homelessness')).toEqual(['dakloos']);
    // "isolated" (eenzaam) and "isolation" (eenzaamheid isolement) share a stem: no guess.
    expect(dutchFor('isolating')).toBeUndefined();
  });

  // ADR 0013, session 19 (own forms only): the stem reads a word only as its glossary word's forms.
  it('reads a word by its stem only where it is a form of the glossary word', () => {
    expect(dutchFor('using')).toBeUndefined();
    expect(dutchFor('used')).toBeUndefined();
    expect(dutchFor('apart')).toBeUndefined();
    expect(dutchFor('communication')).toBeUndefined();
    expect(dutchFor('noon')).toBeUndefined();
    expect(dutchFor('owing')).toEqual(['schulden']);
    expect(dutchFor('stair')).toEqual(['trap']);
    expect(dutchFor('safely')).toEqual(['veilig']);
    expect(isOwnForm('girl', 'girls')).toBe(true);
    expect(isOwnForm('moves', 'moving')).toBe(true);
    expect(isOwnForm('pass', 'passed')).toBe(false);
    expect(isOwnForm('out', 'outing')).toBe(false);
    expect(isOwnForm('using', 'useful')).toBe(false);
  });

  it('knows the words of a discount, a voucher or a pass', () => {
    expect(dutchFor('discounts')).toEqual(['korting']);
    expect(dutchFor('voucher')).toEqual(['tegoed', 'waardebon']);
    expect(dutchFor('pass')).toEqual(['pas']);
    expect(dutchFor('passing')).toEqual(['overleden']);
    expect(dutchFor('passed', 'away')).toEqual(['overleden']);
    expect(dutchFor('city', 'pass')).toEqual(['stadspas', 'korting']);
    expect(dutchFor('free', 'entry')).toEqual(['gratis', 'toegang']);
    expect(dutchFor('reduced', 'price')).toEqual(['korting']);
  });

  it('reads a common spelling slip of a listed word, and no other near word', () => {
    expect(dutchFor('recieve')).toEqual(['ontvangen']);
    expect(dutchFor('accomodation')).toEqual(['woonruimte', 'woning']);
    expect(dutchFor('lonley')).toEqual(['eenzaam']);
    expect(dutchFor('seperated')).toEqual(['gescheiden']);
    expect(isSpellingSlip('rental', 'mental')).toBe(false);
    expect(isSpellingSlip('heading', 'reading')).toBe(false);
    expect(isSpellingSlip('adress', 'address')).toBe(true);
    expect(dutchFor('rental')).toEqual(['huur']);
    expect(dutchFor('heading')).toBeUndefined();
  });

  it('reads no real word as a slip of its neighbour, and a non-word by any one letter', () => {
    // Words of their own, one vowel or letter from a listed word: meant as themselves.
    expect(dutchFor('policy')).toBeUndefined();
    expect(dutchFor('throat')).not.toContain('bedreiging');
    expect(dutchFor('concussion')).toBeUndefined();
    expect(dutchFor('signing')).toBeUndefined();
    // A non-word missing (or adding) a letter that doubles nothing; five letters count.
    expect(dutchFor('neigbours')).toEqual(['buren']);
    expect(dutchFor('lonly')).toEqual(['eenzaam']);
    expect(dutchFor('landord')).toEqual(['verhuurder', 'huisbaas']);
    expect(isSpellingSlip('neigbour', 'neighbour')).toBe(false);
    expect(isSpellingSlip('neigbour', 'neighbour', { anyLetter: true })).toBe(true);
    expect(isSpellingSlip('rental', 'mental', { anyLetter: true })).toBe(false);
    // The right readings the slip path gave real words are listed words now.
    expect(dutchFor('forgot')).toEqual(['vergeten', 'vergeetachtig']);
    expect(dutchFor('counselor')).toEqual(['hulpverlener']);
  });

  it('knows the everyday words and two-word verbs of the needs, with UK and US spellings', () => {
    expect(dutchFor('mouldy')).toEqual(['schimmel']);
    expect(dutchFor('moldy')).toEqual(['schimmel']);
    expect(dutchFor('behaviour')).toEqual(['gedrag']);
    expect(dutchFor('behavior')).toEqual(['gedrag']);
    expect(dutchFor('giving', 'up')).toEqual(['stoppen']);
    expect(dutchFor('fell', 'behind')).toEqual(['achterstand']);
    expect(dutchFor('filling', 'in')).toEqual(['invullen']);
    expect(dutchFor('skint')).toEqual(['geld', 'tekort']);
  });

  it('knows the everyday words of a side job, a break-up, a screen, a bet and a noisy flat', () => {
    expect(dutchFor('saturday', 'job')).toContain('bijbaan');
    expect(dutchFor('breaking', 'up')).toContain('scheiding');
    expect(dutchFor('splitting', 'up')).toContain('scheiding');
    expect(dutchFor('mediator')).toContain('bemiddeling');
    expect(dutchFor('video', 'calls')).toContain('beeldbellen');
    expect(dutchFor('logging', 'in')).toEqual(['inloggen']);
    expect(dutchFor('slots')).toContain('gokken');
    expect(dutchFor('banging')).toContain('geluidsoverlast');
    expect(dutchFor('gunshots')).toContain('geweld');
    expect(dutchFor('throat')).toEqual(['keel']);
    // A misspelling the English word list holds (a surname) is listed as the word it is meant as.
    expect(dutchFor('tennant')).toEqual(['huurder']);
  });

  it('knows the everyday words of a break-in, the home, the garden, a device and a loan', () => {
    expect(dutchFor('burglars')).toContain('inbraak');
    expect(dutchFor('washer')).toEqual(['wasmachine']);
    expect(dutchFor('packed', 'in')).toEqual(['kapot']);
    expect(dutchFor('mended')).toEqual(['repareren']);
    expect(dutchFor('weeds')).toContain('onkruid');
    // The weed a resident smokes stays cannabis.
    expect(dutchFor('weed')).toEqual(['wiet']);
    expect(dutchFor('mowing')).toContain('maaien');
    expect(dutchFor('ipad')).toEqual(['tablet']);
    expect(dutchFor('student', 'loan')).toContain('studieschuld');
    expect(dutchFor('picked', 'on')).toContain('gepest');
    expect(dutchFor('anonymously')).toEqual(['anoniem']);
    expect(dutchFor('rehab')).toContain('verslaving');
    expect(dutchFor('housebound')).toContain('huis');
    expect(dutchFor('adults')).toEqual(['volwassenen']);
    expect(dutchFor('banking')).toContain('administratie');
  });

  it('is written folded, one Dutch word or more per English word', () => {
    for (const [english, dutch] of ENGLISH_GLOSSARY) {
      expect(foldText(english)).toBe(english);
      expect(dutch.length).toBeGreaterThan(0);
    }
  });
});

describe('an English question over a kaart written in Dutch', () => {
  it('finds the legal help for an employer who keeps money through "werkgever"', () => {
    const result = search(index, {
      text: 'my employer keeps my money',
      audience: 'resident',
      today: TODAY,
      top: 3,
    });
    const first = result.results[0];
    expect(first?.id).toBe('ew-rechtshulp');
    expect(first?.matches).toContainEqual({
      word: 'werkgever',
      via: { kind: 'synonym', phrase: 'employer', term: 'werkgever' },
      fields: ['omschrijving'],
    });
    expect(first?.why).toContain('employer');
  });

  it('reads an English word as its Dutch one for the levensgebied rules', () => {
    const analysed = analyseQuery(index.internals, 'we have noisy neighbours upstairs');
    const slugs = analysed.phraseMatches.map((match) => match.phrase.source.levensgebied);
    expect(slugs).toContain('buren');
    expect(analysed.terms.some((term) => term.word === 'buren')).toBe(true);
  });

  it('reads a phrase at both its words, for the search terms and the levensgebied rules', () => {
    const analysed = analyseQuery(
      index.internals,
      'the lads want to hang out somewhere warm on friday nights',
    );
    const phrase = analysed.terms.find((term) => term.word === 'inloop');
    expect(phrase?.via).toEqual({ kind: 'synonym', phrase: 'hang out', term: 'inloop' });
    expect(phrase?.origins).toHaveLength(2);
  });

  it('takes the language the understanding pass decided instead of detecting it again', () => {
    // "neighbours" alone shows no language to the detector (one word); the conversation's pass
    // may know better, and its word holds either way (SearchQuery.language).
    const glossaryWords = (text: string, language?: 'nl' | 'en') =>
      analyseQuery(index.internals, text, language)
        .terms.filter((term) => term.via.kind === 'synonym')
        .map((term) => term.word);
    expect(glossaryWords('neighbours')).toEqual([]);
    expect(glossaryWords('neighbours', 'en')).toContain('buren');
    expect(glossaryWords('we have noisy neighbours upstairs')).toContain('buren');
    expect(glossaryWords('we have noisy neighbours upstairs', 'nl')).toEqual([]);
    const found = search(index, {
      text: 'noisy neighbours',
      audience: 'resident',
      today: TODAY,
      language: 'en',
    });
    expect(found.results[0]?.why).toContain('neighbours');
  });

  it('reads a phrase whose first word alone says nothing ("looking after", "feeling down")', () => {
    const glossaryWords = (text: string) =>
      analyseQuery(index.internals, text, 'en')
        .terms.filter((term) => term.via.kind === 'synonym')
        .map((term) => term.word);
    expect(glossaryWords('I am looking after my mother')).toContain('mantelzorg');
    expect(glossaryWords('feeling down most days')).toContain('somber');
    expect(glossaryWords('I am looking for a job')).not.toContain('mantelzorg');
  });

  it('leaves a Dutch question as it is, even with a word the glossary lists', () => {
    const analysed = analyseQuery(index.internals, 'ik zoek een club voor mijn zoon');
    expect(analysed.terms.filter((term) => term.via.kind === 'synonym')).toEqual([]);
  });
});
