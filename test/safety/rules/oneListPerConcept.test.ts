import { describe, it } from 'vitest';
import {
  expectFired,
  expectNoneFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';

/**
 * Session 17 (docs/adr/0012-safety-net.md, "One list per concept in the means, pet and household
 * rules; four gaps"): rules that kept a copy of a shared word list now read the shared one, and
 * the words the copy lacked are read. Phrasings written for this file, new.
 */
describe('one list per concept: the means and the people around them', () => {
  it('reads every medicine of the shared pill lists as a means turned on oneself', () => {
    expectFired('suicide.means-turned-on-self', [
      'ik heb de morfine van mijn vader hier en ik ga die vannacht tegen mezelf gebruiken',
      'de insuline ligt klaar, ik wil het straks op mezelf gebruiken, allemaal',
    ]);
    // A medicine for oneself in the everyday sense stays quiet.
    expectNotFired('suicide.means-turned-on-self', [
      'mag ik de ibuprofen van mijn moeder voor mezelf gebruiken tegen hoofdpijn',
    ]);
  });

  it('reads the holder of the means of another person with every shared possessive', () => {
    expectFired('suicide.others-means-death-wish', [
      'zn vader heeft het jachtgeweer uit de kast gehaald en zegt dat hij er niet meer wil zijn',
      'hun zoon heeft alle tabletten op tafel gelegd en zegt dat hij niet meer wil leven',
    ]);
    expectNotFired('suicide.others-means-death-wish', [
      'zn vader heeft het jachtgeweer uit de kast gehaald om het schoon te maken voor de jacht',
    ]);
  });

  it('reads the same means held by another person as turned on oneself, a rope among them', () => {
    expectFired('suicide.others-means-death-wish', [
      'mijn broer heeft een touw uit de schuur gehaald en zegt dat hij er niet meer wil zijn',
    ]);
    expectNotFired('suicide.others-means-death-wish', [
      'mijn broer heeft een touw uit de schuur gehaald voor de hangmat',
    ]);
  });
});

describe('one list per concept: animals', () => {
  it('reads a puppy as a dog that attacks', () => {
    expectFired('danger.dog-attack', [
      'de pup van de overburen bijt mijn dochtertje in haar gezicht en laat niet los',
    ]);
  });

  it('reads every pet of the shared list as a lever of control', () => {
    expectFired('abuse.pet-as-lever', [
      'als ik niet doe wat hij zegt verdrinkt hij de goudvis, zegt mijn vriend steeds',
      'he says he will hurt the pony if i leave him',
    ]);
  });

  it('reads every pet as an animal in the guards: shot at or poisoned, no person hurt', () => {
    expectNotFired('danger.weapon', [
      'de buurjongen schiet met een luchtbuks op onze kater, wie kan ik daarvoor bellen',
    ]);
    expectNotFired('danger.poisoning', [
      'onze papegaai is vergiftigd, wat moet ik doen',
      'iemand heeft ons huisdier vergiftigd, de dierenarts is dicht',
    ]);
  });
});

describe('one list per concept: the relatives who take the money of an older person', () => {
  it('reads every younger relative of the household list as a taker, in both languages', () => {
    expectFired('abuse.money-taken-with-threat', [
      'my sister took grandmas bank card and says she will hit her if she tells anyone',
      'mijn broer neemt steeds het pensioen van opa af en dreigt hem op te sluiten',
    ]);
  });
});

describe('the partner who hits, from the shared partner list', () => {
  it('reads every partner of partnerPerson as the one who hits at the end of a clause', () => {
    expectFired('abuse.he-hits', [
      'ik durf niet naar huis omdat mn vriendje slaat',
      'mijn echtgenote schopt als ze gedronken heeft',
    ]);
    expectNotFired('abuse.he-hits', ['mijn echtgenote schopt nooit, ze is lief']);
  });
});

describe('the family list: stepparents and cousins in both languages', () => {
  it('reads a stepmother, a cousin and an in-law as people close to the household', () => {
    expectFired('abuse.household-threat', [
      'my cousin threatens me with a knife when nobody is home',
    ]);
    expectFired('abuse.attempt-to-hit-en', [
      'my mother in law is trying to shove my son down the stairs',
      'my stepmum is trying to smack my baby sister in the bathroom',
    ]);
    expectFired('abuse.victim-participle', [
      'mijn stiefdochter wordt steeds door haar vriend geslagen',
    ]);
    expectFired('abuse.hit-victim', ['mijn neefje slaat mij als ik niet doe wat hij wil']);
  });

  it('stays quiet on a cousin or a stepmother with no harm told', () => {
    expectNotFired('abuse.household-threat', [
      'my cousin is visiting next week, where can we go swimming',
      'my stepmum bakes cakes every sunday, is there a baking club',
    ]);
  });
});

describe('a pillow fight is play, a pillow on a face is not', () => {
  const hitRules = [
    'abuse.hit-victim',
    'abuse.victim-hit',
    'abuse.hit-inverted',
    'abuse.violence-in-household',
    'abuse.hit-victim-en',
    'abuse.attempt-to-hit-en',
  ];

  it('gives no rule crisis to a pillow fight or a pillow swung in play', () => {
    const play = [
      'de kinderen houden een kussengevecht en mijn zoon slaat zijn zusje met een kussen',
      'mijn man slaat me met een kussen als ik snurk, we lachen erom',
      'the kids play a pillow game, my son hits me with a cushion',
      'my husband hits me with a pillow when i snore, we laugh about it',
    ];
    expectNoneFired(hitRules, play);
    expectNoRuleCrisis(play);
  });

  it('still reads a pillow pressed on a face, fear, or a blow after the pillow', () => {
    expectRuleCrisis(
      [
        'mijn man slaat me met een kussen en daarna met zijn vuist, ik ben bang',
        'my boyfriend hits me with a pillow and then punches me in the stomach',
        'my husband hits me with a pillow every night',
        'my dad hits me with a pillow over my face until i cant breathe',
      ],
      'abuse',
    );
  });
});

describe('a relative who does not want to go on, with a means at hand', () => {
  it('gives 113 from the rules when the means is there though not out', () => {
    const texts = [
      'mijn zoon appt dat hij niet meer wil en hij heeft een touw in zijn kast liggen',
      'my brother keeps saying he does not want to live anymore and he has pills hidden in his room',
      'mijn vriendin heeft een stanleymes in haar tas en zegt steeds dat ze niet meer wil',
    ];
    expectFired('suicide.others-wish-beside-means', texts);
    expectRuleCrisis(texts, 'suicide');
  });

  it('stays quiet on a hobby given up or a knife for the kitchen', () => {
    expectNotFired('suicide.others-wish-beside-means', [
      'mijn dochter zegt dat ze niet meer wil turnen en ze heeft een mes nodig voor handenarbeid',
      'mijn zoon zegt dat hij niet meer wil, hij heeft een mes gekocht om brood te snijden',
      'mijn vader zegt dat hij niet meer wil autorijden, hij heeft zijn pillen al in de baxterrol',
    ]);
  });
});

describe('crises of known concepts told in an order or a language the rule did not read', () => {
  it('reads the writer who will not wake up with the verb first', () => {
    expectFired('suicide.never-wake', [
      'ik heb alles geregeld, vannacht slaap ik in en dan word ik nooit meer wakker',
      'morgen word ik niet meer wakker, dat weet ik zeker',
    ]);
    expectNotFired('suicide.never-wake', [
      'sinds de nieuwe wekker word ik niet meer wakker van het gepiep',
      'mijn opa is gevallen en hij wordt niet meer wakker',
    ]);
  });

  it('reads the edge of a roof named before it, and a gutter beside a jump', () => {
    const atTheEdge = [
      'nu zit ik op het dak van de garage aan de rand en niemand weet het',
      'mijn zus staat op het parkeerdak aan de rand en belt niet terug',
    ];
    expectFired('danger.at-the-edge', atTheEdge);
    expectFired('suicide.jump', [
      ...atTheEdge,
      'mijn buurjongen staat bij de dakgoot van de school en schreeuwt dat hij springt',
      'mijn vriend staat met de hond op het dak en zegt dat hij springt',
    ]);
    expectNotFired('suicide.jump', [
      'de dakdekker staat op ons dak aan de rand om de goot te maken',
      'de kat zit in de dakgoot en springt zo naar beneden',
      'onze poes zit op het balkon en springt op de reling',
    ]);
  });

  it('reads in English someone who is not waking up, a rope ready and a gas smell growing', () => {
    expectFired('danger.cannot-wake', [
      'we came home and my grandad is on the sofa and is not waking up',
    ]);
    expectNotFired('danger.cannot-wake', [
      'i keep hoping i wont wake up tomorrow',
      'my teenager is not waking up for school again, any tips',
    ]);
    expectFired('suicide.means-ready', [
      'i wrote letters to everyone and the rope is ready in the shed',
    ]);
    expectNotFired('suicide.means-ready', ['the rope is ready for the climbing trip on saturday']);
    expectFired('danger.gas', ['the gas smell keeps getting stronger and i hear hissing']);
    expectNotFired('danger.gas', ['is a gas smell from a new cooker normal the first week']);
  });

  it('reads choking now beside a first aid course named in passing', () => {
    expectFired('danger.breathing-badly', [
      'my toddler is choking on a sweet right now and going blue, i did a first aid course once',
    ]);
    expectNotFired('danger.breathing-badly', [
      'at the first aid course we practised what to do when a child is choking',
      'op de ehbo cursus oefenen we nu wat je doet als iemand stikt',
    ]);
  });
});

describe('self-harm coming back and a plan never to wake up', () => {
  it('reads cutting again beside a blade or a depth, and never waking up as a plan', () => {
    expectFired('suicide.cut-again', [
      'ik heb net een scheermesje gepakt en ik wil weer snijden',
      'het gaat slecht, ik wil weer gaan krassen, diep',
    ]);
    expectNotFired('suicide.cut-again', [
      'morgen wil ik weer snijden in de moestuin met een mesje',
      'ik wil weer snijden met het stanleymes in hout',
    ]);
    expectFired('suicide.never-wake', ['i bought enough pills to never wake up again']);
    expectNotFired('suicide.never-wake', [
      'i never wake up before nine, is there a late breakfast club',
    ]);
  });
});

describe('medicine laid out for the days ahead is no means made ready', () => {
  it('stays quiet on the week of pills or a pharmacy pickup, and reads all of them ready', () => {
    expectNotFired('suicide.means-ready', [
      'dr broer heeft zijn pillen klaargelegd voor de hele week, hij is blij met de nieuwe dosering',
      'de tabletten liggen klaar bij de apotheek, kan ik ze vandaag halen',
    ]);
    expectFired('suicide.means-ready', [
      'ik heb alle pillen klaargelegd en vanavond neem ik ze allemaal',
      'het touw ligt klaar in de schuur',
    ]);
  });
});
