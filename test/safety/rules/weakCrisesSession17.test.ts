import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../src/safety/detectCrisis.js';
import { expectFired, expectNoRuleCrisis, expectNotFired } from './ruleExpectations.js';

/**
 * Session 17, branch safety43 (docs/adr/0012-safety-net.md, "Rules for the weak crises at the
 * recall floor"): crisis classes the concern model alone caught weakly, each read by a rule of its
 * concept (src/safety/rules/weakCrises.ts), beside the everyday phrasings with the same words that
 * stay quiet. Phrasings written for this file, new.
 */
describe('a wish never to have been, without a death word', () => {
  it('is read by suicide.never-born', () => {
    expectFired('suicide.never-born', [
      'niemand merkt me op, ik had er evengoed niet kunnen zijn',
      'was ik toch nooit geboren, dan had niemand last van me',
      'honestly i might as well not exist anymore',
    ]);
  });

  it('is no wish when "er" is an event where one was of no use', () => {
    expectNotFired('suicide.never-born', [
      'op de ouderavond had ik er net zo goed niet kunnen zijn, de mentor praatte alleen met mijn man',
    ]);
  });
});

describe('an old person whose time has come', () => {
  it('is read when they want to go', () => {
    expectFired('suicide.time-to-go', [
      'ik ben 91, mijn tijd is geweest en ik wil gewoon gaan',
      'my time has come and i am ready to go, i told my daughter so',
    ]);
  });

  it('is no wish to die when the time is for something else', () => {
    expectNotFired('suicide.time-to-go', [
      'mijn tijd is gekomen om te stoppen met werken, ik wil weg naar een kleiner huis',
      'als trainer is mijn tijd wel geweest, ik wil gaan fietsen met mijn vrienden',
    ]);
  });
});

describe('a writer who thought of jumping, in English', () => {
  it('is read beside a height', () => {
    expectFired('suicide.thought-of-jumping', [
      'i sat on the balcony for an hour last night thinking about jumping',
      'i keep thinking of jumping off the top floor of the car park',
    ]);
  });

  it('is no crisis for a pool, a ship or a chance', () => {
    expectNotFired('suicide.thought-of-jumping', [
      'my son stood on the diving board thinking about jumping into the pool',
      'i am thinking about jumping ship from the bridge club to the chess club',
    ]);
  });
});

describe('someone young who planned their own funeral', () => {
  it('is read', () => {
    expectFired('suicide.own-funeral-planned', [
      'mijn dochter van 16 heeft in haar dagboek haar eigen uitvaart uitgeschreven, met muziek en al',
      'a boy in my class wrote down his own funeral in his notebook and says it is planned',
    ]);
  });

  it('is no sign for an old person’s arrangements or a lesson task', () => {
    expectNotFired('suicide.own-funeral-planned', [
      'mijn vader van 84 heeft zijn eigen uitvaart geregeld bij de verzekering',
      'bij godsdienstles moesten de leerlingen hun eigen uitvaart plannen, is dat normaal',
    ]);
  });
});

describe('"i give up" said alone', () => {
  it('asks, never answers', () => {
    for (const text of ['ik geef het op', 'i just give up', 'ik geef alles op . help']) {
      const found = detectCrisis(text);
      expect(found.isCrisis, text).toBe(false);
      expect(found.isCrisis ? [] : found.askRuleIds, text).toContain('suicide.gives-up-alone');
    }
  });

  it('is not read with its object', () => {
    for (const text of [
      'ik geef het op met die parkeervergunning, wie kan het voor me regelen',
      'i give up on this form, can someone call me',
    ])
      expect(detectCrisis(text).ruleIds, text).not.toContain('suicide.gives-up-alone');
    for (const text of [
      'ik geef het op met die parkeervergunning, wie kan het voor me regelen',
      'i give up on this form, can someone call me',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis ? [] : found.askRuleIds, text).not.toContain('suicide.gives-up-alone');
    }
  });
});

describe('men at the door who come for the writer', () => {
  it('is read with a debt or a threat', () => {
    expectFired('danger.come-for-me-at-the-door', [
      'er staan twee kerels voor mijn voordeur, ze bonken en zeggen dat ze me komen halen voor het geld',
      'three guys are outside my flat banging and saying they will take me for the debt',
    ]);
  });

  it('is no danger for a taxi, a carer or a bailiff for a thing', () => {
    expectNoRuleCrisis([
      'de regiotaxi staat voor de deur om me te komen halen, maar hij is te vroeg, mag dat',
      'de deurwaarder stond bij onze deur en zegt dat ze de wasmachine komen halen voor de schuld',
    ]);
  });
});

describe('shooting in the street now', () => {
  it('is read', () => {
    expectFired('danger.shooting-now', [
      'er schieten mannen op de parkeerplaats achter onze flat',
      'someone is shooting outside the supermarket on our corner',
    ]);
  });

  it('is no danger for fireworks, photos or a game', () => {
    expectNotFired('danger.shooting-now', [
      'er schieten jongens in de straat vuurwerk af en de hond is bang',
      'er schiet iemand in onze wijk fotos voor de nieuwe folder van de gemeente',
    ]);
  });
});

describe('a minor to be married abroad', () => {
  it('is read', () => {
    expectFired('abuse.minor-married-abroad', [
      'mijn zusje van 14 moet deze zomer naar het dorp van mijn opa voor een huwelijk',
      'im 16 and my parents are sending me to their home country this summer for a marriage',
    ]);
  });

  it('is no abuse for a wedding of a relative or an adult', () => {
    expectNotFired('abuse.minor-married-abroad', [
      'ik ben 13 en we moeten naar ons land voor de bruiloft van mijn tante, mag ik vrij van school',
      'mijn zoon van 28 gaat naar ons land om te trouwen, wat moeten we regelen voor zijn vrouw',
    ]);
  });
});

describe('a flight from home with nowhere to go', () => {
  it('is read', () => {
    expectFired('abuse.fled-nowhere-to-go', [
      'ik ben vanavond met de kinderen het huis uit gevlucht en weet niet waar we heen moeten',
      'i fled from the flat with the baby and have nowhere safe to sleep',
    ]);
  });

  it('is no flight from a person for a fire or a war', () => {
    expectNotFired('abuse.fled-nowhere-to-go', [
      'we zijn door de brand het huis uit gerend en kunnen nergens slapen, wie helpt',
      'we fled our home because of the war and had nowhere to go, now we need a school for our son',
    ]);
  });
});

describe('the end named beside affairs put in order', () => {
  it('is read, also when the writer says it is no figure of speech', () => {
    expectFired('suicide.affairs-in-order', [
      'vanavond is mijn laatste avond, mijn testament is opgesteld en de kat heeft een nieuw baasje',
      'this is no joke and not a figure of speech: today is my last day, my will is sorted',
    ]);
  });

  it('is no farewell for a move, a job or either half alone', () => {
    expectNotFired('suicide.affairs-in-order', [
      'vandaag is mijn laatste dag op het werk, de brieven voor mijn collegas zijn geschreven',
      'the rabbit has a new home with the neighbours, the kids are sad',
      'mijn testament is geregeld, nu wil ik hulp bij het invullen van de zorgtoeslag',
    ]);
  });
});

describe('a danger told in a few words and nothing else', () => {
  it('asks', () => {
    for (const text of [
      'mijn opa is in elkaar gestort',
      'bus tegen voetganger',
      'hij is terug . bang',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis ? [] : found.askRuleIds, text).toContain('danger.telegram-asks');
    }
  });

  it('does not ask about a thing or a longer message', () => {
    for (const text of [
      'ons schuurtje is ingestort',
      'auto tegen fietser gisteren, wie betaalt de schade aan mijn fiets',
    ]) {
      const found = detectCrisis(text);
      expect(found.isCrisis ? [] : found.askRuleIds, text).not.toContain('danger.telegram-asks');
    }
  });
});

describe('an allergic swelling told before the face', () => {
  it('is read beside breath', () => {
    expectFired('danger.allergic', [
      'zoon heeft noot gegeten, dikke lippen en hij krijgt moeilijk adem',
    ]);
  });

  it('is no emergency without breath', () => {
    expectNotFired('danger.allergic', [
      'na de tandarts heb ik een dik gezicht, mag ik morgen werken',
    ]);
  });
});
