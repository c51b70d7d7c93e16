import { describe, expect, it } from 'vitest';
import {
  childAgesHelpIsFor,
  childAgesNamed,
  rangeMeetsSpans,
} from '../../src/understanding/childNamed.js';

/**
 * The children a message names with an age its words give (ADR 0013, amendment session 24, "whose
 * age counts when a child is named"). Phrasings written for this test.
 */
const ages = (text: string) => childAgesNamed(text).map((span) => [span.min, span.max]);

describe('a child named with an age', () => {
  it('reads a stated age, in digits or in words, and every age of a list', () => {
    expect(ages('hoe leer ik mijn zoon van 3 zindelijk worden')).toEqual([[3, 3]]);
    expect(ages('onze dochter van vijf wil op zwemles')).toEqual([[5, 5]]);
    expect(ages('ik heb kinderen van 6, 10 en 14 en de zomer is lang')).toEqual([
      [6, 6],
      [10, 10],
      [14, 14],
    ]);
    expect(ages('mijn zevenjarige zoon slaapt slecht')).toEqual([[7, 7]]);
    expect(ages('mijn dochter (11) wordt gepest')).toEqual([[11, 11]]);
    expect(ages('my son is 8 and cannot sit still')).toEqual([[8, 8]]);
  });

  it('reads months and weeks as a baby', () => {
    expect(ages('ons zoontje van drie weken drinkt slecht')).toEqual([[0, 1]]);
    expect(ages('een dochter van 7 maanden en ik ben zo moe')).toEqual([[0, 1]]);
  });

  it('reads words that are an age: a baby, a toddler, a baby on the way', () => {
    expect(ages('waar vind ik goedkope babykleding')).toEqual([[0, 1]]);
    expect(ages('ik ben zwanger en heb weinig geld')).toEqual([[0, 1]]);
    expect(ages('we zijn in verwachting van de tweede')).toEqual([[0, 1]]);
    expect(ages('is er een speelgroep voor peuters')).toEqual([[1, 3]]);
    expect(ages('een wiegje voor de kleine, maar waar?')).toEqual([[0, 4]]);
  });

  it('reads no age where none is said of a child', () => {
    expect(ages('ik ben 72 en wil op de fiets de polder in met anderen')).toEqual([]);
    expect(ages('mijn kinderen zijn het huis uit en ik zit veel alleen')).toEqual([]);
    expect(ages('mijn zoon zit vast in de schulden')).toEqual([]);
    expect(ages('ik wil babysitten voor zakgeld')).toEqual([]);
    expect(ages('de kinderen zijn 2 weken bij hun vader')).toEqual([]);
    expect(ages('de oudste van 3 kinderen doet het goed')).toEqual([]);
    expect(ages('ik heb het even uitgerekend en kom 200 euro tekort')).toEqual([]);
    expect(ages('mijn 45 jarige broer drinkt te veel')).toEqual([]);
    expect(ages('de kleine kamer is vochtig')).toEqual([]);
    expect(ages('ik schrijf nog als een kind van zes, waar oefen ik')).toEqual([]);
    expect(ages('ik woon op de vierde, mijn man is 80')).toEqual([]);
  });
});

describe('an age range meets a child', () => {
  it('meets a span that overlaps it, either end open', () => {
    expect(rangeMeetsSpans({ min: 0, max: 1 }, [{ min: 0, max: 1 }])).toBe(true);
    expect(rangeMeetsSpans({ min: 4, max: 17 }, [{ min: 0, max: 1 }])).toBe(false);
    expect(rangeMeetsSpans({ min: 12 }, [{ min: 14, max: 14 }])).toBe(true);
    expect(rangeMeetsSpans({ max: 3 }, [{ min: 5, max: 5 }])).toBe(false);
    expect(rangeMeetsSpans({ min: 0, max: 4 }, [])).toBe(false);
  });
});

const forChild = (text: string) => childAgesHelpIsFor(text).map((span) => [span.min, span.max]);

describe('a child the help is for (session 24, forwhom24b)', () => {
  it('reads the child the message asks for', () => {
    expect(forChild('heeft iemand een fietsje voor mijn dochter van 5')).toEqual([[5, 5]]);
    expect(
      forChild(
        'de contributie van de hockeyclub is te hoog, mijn zoon van 13 wil er zo graag heen',
      ),
    ).toEqual([[13, 13]]);
    expect(forChild('hoe meld ik mijn dochter van 9 aan bij de scouting')).toEqual([[9, 9]]);
    expect(forChild('onze zoon van 12 heeft geen vrienden en zit veel binnen')).toEqual([[12, 12]]);
    expect(forChild('onze jongste van 7 wordt op het plein steeds gepest')).toEqual([[7, 7]]);
  });

  it('reads a baby on the way and baby things, also when the parent wants them', () => {
    expect(forChild('ik ben 23 en zwanger, we hebben nog geen bedje')).toEqual([[0, 1]]);
    expect(forChild('ik wil graag tweedehands babykleding, waar kan dat')).toEqual([[0, 1]]);
  });

  it('reads no child where the resident asks for herself and tells of a child beside it', () => {
    expect(
      forChild('ik ben 71 en wil graag wat fitter worden, mijn kleinzoon van 8 zit op hockey'),
    ).toEqual([]);
    expect(forChild('ik zoek een breiclub voor mezelf, mijn dochter van 15 breit ook')).toEqual([]);
    expect(
      forChild('ik ben 45 en wil zelf gaan zwemmen, mijn zoon van 10 zit al op zwemles'),
    ).toEqual([]);
    expect(
      forChild('mijn kleindochter van 6 zit op dansles en dat lijkt me voor mezelf ook leuk'),
    ).toEqual([]);
  });

  it('reads no grandchild told of by a resident asking for herself, even one who wants something', () => {
    expect(
      forChild('ik ben 73 en wil graag gaan fietsen, mijn kleinzoon van 12 wil ook mee'),
    ).toEqual([]);
  });

  it('reads a grandchild the grandparent asks for', () => {
    expect(forChild('ik zoek een zwemclub voor mijn kleinzoon van 7')).toEqual([[7, 7]]);
  });
});
