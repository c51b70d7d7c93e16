import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import {
  expectCaughtWithRightLines,
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import { classSets } from './nearMissesInEverydaySettingsPhrasings.js';

/**
 * The thirty-first round (docs/adr/0012-safety-net.md): near misses whose crisis word stands in an
 * everyday setting. An animal or a thing is the one hurt, a ball on a court, a cut on a tin, a
 * warning quoted from a leaflet, a reanimation at work, a lost leaflet beside a child, nearly
 * fainted at a blood test, the last message in a group chat. Each guard's caring twin (the same
 * words about a person, now) stays a crisis. The phrasings in this file are written for it and are
 * not in the round's measured set (nearMissesInEverydaySettingsPhrasings.ts), which is checked as a
 * whole at the end.
 */
describe('an animal or a thing is the one hurt', () => {
  it('leaves a pet run over or poisoned and a letterbox smashed alone', () => {
    const animalsAndThings = [
      'de poes is vergiftigd, wie vergoedt de dierenarts',
      'my cat was poisoned by the neighbour, can the council do something',
      'een duif is aangereden voor ons huis, mag ik hem begraven',
      'iemand heeft onze brievenbus vernield met vuurwerk, wie betaalt',
    ];
    expectNotFired('danger.poisoning', animalsAndThings);
    expectNotFired('danger.injured', animalsAndThings);
    expectNoRuleCrisis(animalsAndThings);
  });

  it('still answers a person hurt beside the animal, or bitten by it', () => {
    expectFired('danger.injured', [
      'de hond is net aangereden en mijn dochter ook, ze ligt op straat en bloedt',
      'the dog was hit by a car and my little boy too, he is bleeding',
      'mijn zoontje is door de buurhond aangevallen en hij is gewond, hij bloedt',
    ]);
    expectFired('danger.poisoning', ['hij heeft mijn moeder vergiftigd met haar eigen pillen']);
    expectRuleCrisis(
      ['mijn vriend heeft de fiets kapot getrapt en daarna mij in elkaar getrapt'],
      'abuse',
    );
  });
});

describe('a door kicked in at home', () => {
  it('stays a crisis when a partner or an ex kicks it in, though a door is a thing', () => {
    expectRuleCrisis(
      [
        'mijn ex heeft de voordeur in elkaar getrapt en staat nu binnen',
        'mijn man heeft de deur kapot getrapt, ik zit met de kinderen in de badkamer',
        'my ex kicked in the door and is inside now',
      ],
      'abuse',
    );
  });
});

describe('poisons of the garden', () => {
  it('answers a child who ate or drank one with 112, and leaves a dog that did to the vet', () => {
    expectFired('danger.poisoning', [
      'mijn kind heeft rattengif gegeten dat voor de muizen was',
      'my toddler drank the weed killer',
    ]);
    expectNotFired('danger.poisoning', [
      'onze hond heeft slakkengif gegeten',
      'the dog ate rat poison, which vet is open',
    ]);
  });
});

describe('a ball on a court', () => {
  it('leaves a ball in a game alone', () => {
    const games = [
      'my brother hit me with the ball during practice, he says sorry',
      'mijn teamgenoot sloeg me met de bal op het hockeyveld, het is een blauwe plek, mag ik een dag vrij',
    ];
    expectNotFired('abuse.hit-victim-en', games);
    expectNotFired('abuse.hit-victim', games);
    expectNoRuleCrisis(games);
  });

  it('still answers a blow at home, with a racket or a ball', () => {
    expectRuleCrisis(
      [
        'mijn man sloeg me met de tennisracket thuis in de keuken',
        'mijn vader slaat me elke avond, ook met de bal van mijn broertje',
      ],
      'abuse',
    );
  });
});

describe('a cut on the bread knife, a tin or scissors', () => {
  it('leaves a cut on something alone', () => {
    const accidents = [
      'ik heb me gesneden aan een blikje, moet ik naar de huisarts',
      'ik heb me gesneden aan de schaar bij het knutselen',
    ];
    expectNotFired('suicide.cut-me', accidents);
    expectNoRuleCrisis(accidents);
  });

  it('still answers a cut in an arm, a cut on purpose and a cut again', () => {
    expectFired('suicide.cut-me', [
      'ik heb me gesneden aan mijn onderarm en het bloedt erg',
      'ik heb me gesneden met het scheermesje, expres',
      'ik heb me weer gesneden in mijn arm',
    ]);
  });
});

describe('a warning quoted from a leaflet or a pill box', () => {
  it('leaves a quoted warning alone', () => {
    const quoted = [
      'de poster in de wachtkamer zegt dat je over zelfmoord mag praten, waar is die hulp',
      'op de verpakking staat: niet gebruiken bij suicidale gedachten, wat moet ik daarmee',
    ];
    expectNotFired('suicide.word', quoted);
    expectNoRuleCrisis(quoted);
  });

  it('still answers a quoted leaflet when the writer says it is about them now', () => {
    expectFired('suicide.word', [
      'op de folder staat het nummer voor zelfmoord, ik denk er nu zelf aan',
    ]);
    expectRuleCrisis(
      [
        'er staat op de bijsluiter dat je niet moet drinken, maar ik heb er al 30 geslikt en wil dood',
      ],
      'suicide',
    );
  });
});

describe('a reanimation at work', () => {
  it("leaves a nurse's or a paramedic's shift alone", () => {
    const shifts = [
      'mijn zoon is ambulanceverpleegkundige en moest vannacht reanimeren, hij is er stil van',
      'as a paramedic I did cpr on a child during my night shift and I cannot sleep',
    ];
    expectNotFired('danger.heart-stroke', shifts);
    expectNoRuleCrisis(shifts);
  });

  it('still answers an attack at home when the writer is a nurse', () => {
    expectFired('danger.heart-stroke', [
      'mijn moeder heeft een hartaanval, ik ben verpleegkundige maar ik weet niet wat ik moet doen',
      'ik ben verpleegkundige en mijn man krijgt nu een hartstilstand thuis',
    ]);
  });
});

describe('a thing lost beside a child, and nearly fainted at a blood test', () => {
  it('leaves a lost prescription or coat and a faint that is over alone', () => {
    expectNotFired('danger.missing', [
      'ik ben mijn recept kwijt en mijn kind heeft medicijnen nodig, wie helpt',
      'mijn zoon is zijn jas kwijt op school, is er een gevonden voorwerpen',
    ]);
    expectNotFired('danger.collapsed', [
      'bij het bloed geven viel ik bijna flauw, mag ik nog wel doneren',
    ]);
  });

  it('still answers a lost child, a lost father with dementia and a faint now', () => {
    expectFired('danger.missing', [
      'mijn dochtertje van 4 is kwijt in het winkelcentrum',
      'mijn demente vader is kwijt, zijn bril lag nog thuis',
    ]);
    expectFired('danger.collapsed', ['ik val bijna flauw en mijn hart bonkt']);
  });
});

describe('the last message in a group chat', () => {
  it('leaves a last message on a forum and leaving a group chat alone', () => {
    const groups = [
      'mijn laatste bericht op het buurtforum was over hondenpoep, nu word ik uitgescholden',
      'I left the group chat after my last message, they kept bullying me',
    ];
    expectNotFired('suicide.farewell', groups);
    expectNoRuleCrisis(groups);
  });

  it('still answers a farewell, also beside leaving a group', () => {
    expectFired('suicide.farewell', [
      'dit is mijn laatste bericht, vaarwel iedereen',
      'ik heb een afscheidsbrief geschreven en ben uit de groepsapp gegaan',
    ]);
  });
});

describe("the round's class set", () => {
  const chosen = new Set([
    'petOrObject',
    'medicalRoutine',
    'quotedRule',
    'kitchenDiy',
    'sportPlay',
    'careWork',
  ]);

  it('gives no near miss of the six chosen classes a crisis reply', () => {
    const answered = classSets
      .filter((set) => chosen.has(set.name))
      .flatMap((set) => set.nearMisses)
      .filter((text) => assessSafety(text).outcome === 'crisis');
    expect(answered).toEqual([]);
  });

  it('catches every caring twin of all eight classes, a crisis reply with the lines it needs', () => {
    expectCaughtWithRightLines(classSets.flatMap((set) => set.crises));
  });
});
