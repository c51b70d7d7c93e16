import { describe, it } from 'vitest';
import { expectFired, expectNotFired, expectRuleCrisis } from './ruleExpectations.js';

/**
 * Session 18 (docs/adr/0012-safety-net.md, "Rule-layer guards and weak-crisis rules with main's
 * thresholds held"): crises the concern model reads weakly out of fold, each read by a rule of its
 * concept (src/safety/rules/weakCrises.ts), beside near misses in the same words. Phrasings
 * written for this file, new.
 */
describe('a wish never to have been', () => {
  it('reads the wish without the word "geboren", in both languages', () => {
    expectFired('suicide.wish-never-to-have-been', [
      'soms denk ik: had ik maar nooit bestaan, dan had niemand last van me',
      'i honestly wish i had never existed, it would have saved everyone a lot of trouble',
    ]);
    expectRuleCrisis(['ik wou dat ik er gewoon nooit was geweest'], 'suicide');
  });

  it('reads no wish when "er" is an event or a place', () => {
    expectNotFired('suicide.wish-never-to-have-been', [
      'was ik er maar nooit geweest, op die verjaardag, iedereen keek me raar aan',
      'i wish i had never been to that meeting, what a waste of an afternoon',
    ]);
  });
});

describe('an old person’s time to go', () => {
  it('reads a time that has come beside a wish to go', () => {
    expectFired('suicide.time-to-go', [
      'ik ben 93, mijn tijd is echt geweest en ik wil nu gaan, ik eet al dagen bijna niks',
      'mijn opa van 90 zegt dat zijn tijd gekomen is en dat hij wil inslapen',
    ]);
  });

  it('reads no wish to die in a time for a walk, a job or retirement', () => {
    expectNotFired('suicide.time-to-go', [
      'mijn tijd is gekomen om met pensioen te gaan, ik wil gaan reizen met mijn vrouw',
      'my time is up at this company, i want to go and find something new',
    ]);
  });
});

describe('thoughts of jumping from a height, in English', () => {
  it('reads thoughts of jumping from a bridge, a roof or a balcony', () => {
    expectFired('suicide.thinks-of-jumping-en', [
      'lately i keep thinking about jumping off the multistorey car park near work',
      'i get these thoughts of jumping from the balcony of our tenth floor flat',
    ]);
  });

  it('reads no height in a pool, a ship or a trampoline', () => {
    expectNotFired('suicide.thinks-of-jumping-en', [
      'my daughter keeps thinking about jumping off the high board at the swimming pool',
      'thinking of jumping ship to another football club next season',
    ]);
  });
});

describe('a young person’s own funeral planned', () => {
  it('reads a young person who planned their own funeral', () => {
    expectFired('suicide.own-funeral-planned', [
      'mijn dochter van 15 heeft in haar dagboek haar eigen begrafenis uitgezocht, tot de bloemen aan toe',
      'im 16 and i already planned my funeral, the songs and who gets my stuff',
    ]);
  });

  it('reads no crisis in an old person’s arrangements or a lesson task', () => {
    expectNotFired('suicide.own-funeral-planned', [
      'mijn vader van 84 heeft zijn eigen uitvaart geregeld, wat kost een uitvaartpolis nog',
      'mijn zoon van 13 moet voor een opdracht zijn eigen begrafenis plannen, is dat wel gepast',
    ]);
  });
});

describe('people at the door who come for the writer', () => {
  it('reads people at the door now who come for the writer over a debt or a threat', () => {
    expectFired('danger.come-for-me-at-the-door', [
      'er staan mannen bij onze voordeur, ze zeggen dat ze me komen pakken voor het geld dat ik ze schuld',
      'two guys are outside my door saying they came for me about the money i owe',
    ]);
  });

  it('reads no danger in a taxi, friends or a bailiff for a thing', () => {
    expectNotFired('danger.come-for-me-at-the-door', [
      'de taxi staat voor de deur en komt me halen, moet ik zelf het geld voor de rit hebben',
      'de deurwaarder staat bij mijn deur en komt voor mij, hij neemt de tv mee voor de schuld',
    ]);
  });
});

describe('shooting now', () => {
  it('reads shooting now in the street', () => {
    expectFired('danger.shooting-now', [
      'er wordt op dit moment geschoten bij het winkelcentrum, wat moet ik doen',
      'somebody is shooting near the school gates, we are hiding in the classroom',
    ]);
  });

  it('reads no danger in photos, fireworks, a game or a time over', () => {
    expectNotFired('danger.shooting-now', [
      'er wordt geschoten met knallers op het pleintje, mag dat al voor oud en nieuw',
      'iemand schiet fotos van ons huis voor de makelaar, is dat toegestaan',
      'er werd vorige week geschoten in de wijk, komt er meer politie',
    ]);
  });
});

describe('a minor to be married', () => {
  it('reads a minor who must marry or is sent to marry', () => {
    expectFired('abuse.minor-married-abroad', [
      'ik ben 16 en mijn vader zegt dat ik na de zomer in het buitenland moet trouwen',
      'im 15 and my family are taking me back home to marry a man i never met',
    ]);
  });

  it('reads no forced marriage in a relative’s wedding or a question about the law', () => {
    expectNotFired('abuse.minor-married-abroad', [
      'ik ben 14 en moet mee naar de bruiloft van mijn nicht in turkije, mag ik dan school missen',
      'ik ben 17, mag je in nederland trouwen voor je 18e als je ouders tekenen',
    ]);
  });
});

describe('a flight from home with nowhere to go', () => {
  it('reads a flight from home with nowhere to go', () => {
    expectFired('abuse.fled-nowhere-to-go', [
      'ik ben met de kinderen het huis uit gerend en ik weet niet waar we heen moeten',
      'i fled with my two boys last night and we have nowhere to sleep tonight',
    ]);
  });

  it('reads no flight from home in a fire, a war or an eviction', () => {
    expectNotFired('abuse.fled-nowhere-to-go', [
      'we zijn gevlucht voor de oorlog en kunnen nog nergens terecht, hoe werkt de opvang',
      'i ran out of the flat when the fire alarm went and had nowhere to go until morning',
    ]);
  });
});

describe('affairs in order beside the end named', () => {
  it('reads letters written, a will made or a pet handed on beside the end', () => {
    expectFired('suicide.affairs-in-order', [
      'ik heb voor iedereen een brief geschreven en alles geregeld, ik ben er straks niet meer',
      'sorted out all my affairs and gave my dog to my neighbour, i wont be around much longer',
    ]);
  });

  it('reads no farewell in a move, a trip or letters about building work', () => {
    expectNotFired('suicide.affairs-in-order', [
      'ik heb mijn kat bij mijn moeder ondergebracht want ik ga voor zes weken op reis',
      'alle brieven geschreven aan de gemeente, het einde van de verbouwing komt in zicht',
    ]);
  });
});

describe('knowing how', () => {
  it('reads a plan told without its object', () => {
    expectFired('suicide.knows-how', [
      'ik weet nu precies hoe ik het ga doen, de datum heb ik nog niet',
      'i already know how im gonna do it, i just have not picked a day',
    ]);
  });

  it('reads no plan when a task is named, nor a plan not yet known', () => {
    expectNotFired('suicide.knows-how', [
      'ik weet al hoe ik het ga doen met de verhuizing, de buurman helpt met zijn bus',
      'i know how im going to do it, the surprise party for my mum, she will love it',
      'ik weet nog niet hoe ik het ga doen met de oppas in de vakantie',
    ]);
  });
});

describe('forced to work and cannot leave', () => {
  it('reads forced work beside no leaving, no pay or a passport kept', () => {
    expectFired('abuse.forced-to-work', [
      'ik word gedwongen om te werken in een kas en mag niet weg van het terrein',
      'they make me work in the nail bar for no pay and took my passport',
    ]);
  });

  it('reads no bondage in overtime or weekend shifts', () => {
    expectNotFired('abuse.forced-to-work', [
      'mijn baas dwingt me te werken in het weekend en ik mag niet eerder naar huis',
      'my manager makes me work overtime and i cant leave before eight',
    ]);
  });
});
