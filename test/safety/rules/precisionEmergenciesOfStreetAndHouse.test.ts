import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../../src/safety/assessSafety.js';
import {
  crisesNotAnsweredAtOnce,
  expectFired,
  expectNoRuleCrisis,
  expectNotFired,
  expectRuleCrisis,
} from './ruleExpectations.js';
import { classSets } from './emergenciesOfStreetAndHousePhrasings.js';
import { classSets as thirtiethClassSets } from './carerFallNoDrinkSextortionPhrasings.js';

/**
 * The thirty-second round (docs/adr/0012-safety-net.md): emergencies of the street and the house,
 * an older person's money taken with a threat, a pet hurt as a lever of control, and the
 * thirtieth round's stalking now and farewell without a word for death. The phrasings in this file
 * are written for it and are not in the round's measured set
 * (emergenciesOfStreetAndHousePhrasings.ts), which is checked as a whole at the end; the near
 * misses are the probe written after the measure.
 */
describe('gas and fumes with someone unwell', () => {
  it('answers a gas smell and a burner that burns wrongly beside someone unwell with 112', () => {
    expectRuleCrisis(
      [
        'ik ruik opeens heel sterk gas en mijn man ligt op de vloer',
        'in de gang ruikt het ineens naar gas, ik word er duizelig van',
        'de kachel walmt en mijn kinderen zijn misselijk en slaperig',
        'our gas heater burns orange and my flatmate feels sick and sleepy',
      ],
      'danger',
    );
  });

  it('leaves a check asked for, a burner to service, the neighbours and a battery alone', () => {
    expectNoRuleCrisis([
      'ik ruik af en toe een gaslucht bij de meterkast, wie kan komen controleren',
      'our boiler burns with a yellow flame, who services boilers in the area',
      'de kachel geeft roet op het plafond, hoe maak ik dat schoon',
      'de houtkachel van de buren walmt elke avond en ik krijg er hoofdpijn van',
      'de co melder piept, volgens mij moet de batterij vervangen worden',
    ]);
  });
});

describe('someone in the water', () => {
  it('answers a person going under, struggling or through the ice with 112', () => {
    expectFired('danger.in-the-water', [
      'een fietser is de gracht in gereden en komt niet boven',
      'my grandad fell in the pond and cant get out',
      'bij de haven spartelt een meisje in het water',
      'mijn hond en mijn zoon zakten door het ijs, mijn zoon komt er niet meer uit',
    ]);
  });

  it('leaves a swim, a duck, a flood, a lesson and the stairs alone', () => {
    const everyday = [
      'mijn zoon zwemt graag in de vijver in het park, is het water daar schoon',
      'ik zag een eend die vastzat in het ijs, wie belt de dierenambulance',
      'onze kelder staat onder water en mijn vader kan er niet bij, wie pompt het leeg',
      'de kinderen spartelen in het zwembad bij de zwemles, leuk om te zien',
      'mijn moeder komt de trap niet meer op, ze komt niet meer boven, is er een traplift',
      'mijn vriend heeft de deur op slot gedaan en ik kan er niet uit',
    ];
    expectNotFired('danger.in-the-water', everyday);
  });
});

describe('a baby or toddler not breathing', () => {
  it('answers no breath, a blue face and gasping with 112', () => {
    expectRuleCrisis(
      [
        'onze dochter van twee maanden haalt nauwelijks adem',
        'zijn gezicht kleurt paars en hij hoest niet meer',
        "my son's lips are turning blue and he is gasping for air",
      ],
      'danger',
    );
  });
});

describe('someone who cannot be woken', () => {
  it('answers it with 112', () => {
    expectFired('danger.cannot-wake', [
      'ik krijg de baby niet wakker en ze is slap',
      'mijn opa is niet wakker te krijgen en zijn lippen zijn grauw',
      "i can't wake my mum and there are pills on the table",
    ]);
  });

  it('leaves a teenager, a snorer, a night-time round and a computer alone', () => {
    expectNotFired('danger.cannot-wake', [
      'mijn dochter krijg ik op zaterdag nooit wakker voor de markt, herkenbaar?',
      'ik kan mijn man niet wakker krijgen als hij snurkt, zijn er snurkspecialisten',
      'onze baby is moeilijk wakker te krijgen voor de voeding, vraag voor het consultatiebureau',
      'ik krijg mijn oude computer niet meer wakker uit de slaapstand',
    ]);
  });
});

describe('a psychosis with a danger now', () => {
  it('answers a weapon, a roof, the gas or a threat beside a psychosis with 112', () => {
    expectFired('danger.psychosis-danger', [
      'mijn zus is psychotisch en staat met een schaar voor de deur van de buren',
      'mijn vader hoort stemmen en zegt dat hij het huis in brand moet steken',
      'my brother is paranoid and is threatening the neighbours with a hammer',
    ]);
  });

  it('leaves a past psychosis, a film, a habit and a calm day alone', () => {
    expectNotFired('danger.psychosis-danger', [
      'mijn broer heeft een psychose gehad en is nu opgenomen, mag ik op bezoek met zijn kat',
      'in the film the psychotic killer has a knife, too scary for my son?',
      'mijn moeder is soms in de war en zet dan het gas aan, is er een gasbeveiliging',
    ]);
  });
});

describe('a dog attacking a person', () => {
  it('answers a dog biting or attacking now, or a bite with blood, with 112', () => {
    expectRuleCrisis(
      [
        'er is een hond die mijn buurjongen bijt, hij schreeuwt',
        'mijn moeder is net gebeten door een rottweiler en het bloedt erg',
        'a dog is biting a woman at the bus stop and will not let go',
      ],
      'danger',
    );
  });

  it('leaves a bite told as over, a fence, a puppy, a cat and a condition alone', () => {
    const everyday = [
      'mijn dochter is gebeten door de hond van de overburen en durft nu niet meer alleen naar school',
      'de hond van de buren bijt in onze schutting, mag dat',
      'onze puppy bijt speels in de handen van de kinderen, welke puppycursus',
      'de hond viel gisteren de kat aan, de kat is bij de dierenarts',
      'my dog bit my son last summer and now the kids are scared, is there a course',
      'my husband says the dog has to go if it bites again',
    ];
    expectNotFired('danger.dog-attack', everyday);
    expectNotFired('danger.violence-now', everyday);
  });

  it('gives a bite by a dog 112, not the Veilig Thuis of a blow by a person', () => {
    const found = assessSafety(
      'de hond van mijn schoonvader is op ons dochtertje gesprongen en heeft haar in haar nek gebeten',
    );
    expect(found.outcome).toBe('crisis');
    expect(found.lines[0]?.kind).toBe('danger');
    expect(found.explanation.ruleIds).not.toContain('abuse.victim-participle');
  });
});

describe('stuck in a lift, and out in the cold', () => {
  it('answers someone unwell in a stuck lift with 112', () => {
    expectFired('danger.stuck-lift-unwell', [
      'the lift is stuck and my dad is having chest pain',
      'mijn oma zit klem in de lift en is onwel geworden',
    ]);
  });

  it('leaves a broken lift and a fright that is over alone', () => {
    expectNotFired('danger.stuck-lift-unwell', [
      'de lift zit vast op de derde, wie bel ik voor een monteur',
      'ik zat vast in de lift en kreeg het benauwd, dat was vorige maand, kan de lift gekeurd worden',
    ]);
  });

  it('answers the freezing cold outside beside a sign it harms with 112', () => {
    expectFired('danger.out-in-the-cold', [
      'my mum went outside in the snow in her nightdress and is confused and shivering',
      'er ligt een man in de sneeuw bij de bushalte en hij reageert niet',
    ]);
  });

  it('leaves a coat quarrel, cold hands, a bus stop and a habit alone', () => {
    expectNotFired('danger.out-in-the-cold', [
      'het vriest en mijn zoon wil zonder jas naar buiten, hoe krijg ik hem zover',
      'het sneeuwt en mijn handen zijn blauw van de kou na het fietsen haha',
      'we waren buitengesloten in de kou maar de buurvrouw had een sleutel, alles goed',
      'ik voel me buiten in de kou altijd verward door mijn medicijnen, is dat normaal',
    ]);
  });
});

describe('levers of control: an older person’s money and a pet', () => {
  it('answers money taken with a threat or force with Veilig Thuis', () => {
    expectFired('abuse.money-taken-with-threat', [
      'mijn neef heeft mijn opa zijn pensioen afgepakt en slaat hem als hij het terug vraagt',
      'de thuishulp heeft het spaargeld van mijn vader opgenomen en dreigt dat hij anders geen zorg meer krijgt',
    ]);
  });

  it('leaves pocket money, groceries, a guardian and a returned card alone', () => {
    expectNotFired('abuse.money-taken-with-threat', [
      'mijn zoon pakt geld uit mijn portemonnee voor snoep, hoe pak ik dat aan',
      'mijn kleinzoon neemt mijn pinpas mee om boodschappen te doen, is dat verstandig',
      'mijn dochter beheert mijn rekening en dat gaat goed, maar ik wil een bewindvoerder',
      'de thuishulp heeft per ongeluk mijn pinpas meegenomen, ze bracht hem terug',
    ]);
  });

  it('answers a pet hurt or threatened to control the writer with Veilig Thuis', () => {
    expectFired('abuse.pet-as-lever', [
      'mijn man zegt dat hij de hond doodmaakt als ik bij mijn moeder ga slapen',
      'my ex says he will hurt the cat if I do not answer his calls',
    ]);
  });

  it('leaves a pet rehomed, a neighbour, a divorce and a rule about biting alone', () => {
    const everyday = [
      'mijn man wil de kat wegdoen als de baby komt, wat vinden jullie',
      'mijn ex heeft de hond, als ik hem wil zien moet ik bellen, hoe regel ik dat',
      'de buurman schopt tegen onze kat als hij in zijn tuin komt',
      'my husband says the dog has to go if it bites again',
    ];
    expectNotFired('abuse.pet-as-lever', everyday);
    expectNoRuleCrisis(everyday);
  });
});

describe('followed now with a threat, and a farewell beside belongings given away', () => {
  it('answers following with a threat: a stranger with 112, an ex with Veilig Thuis', () => {
    expectFired('danger.followed-with-threat', [
      'er rijdt al een kwartier een auto achter me aan en de bestuurder dreigt me te pakken',
    ]);
    expectFired('abuse.followed-by-ex', [
      'mijn ex staat nu voor mijn deur en zegt dat ik spijt ga krijgen',
    ]);
  });

  it('leaves a pickup, a follower online, a worried partner and a dog alone', () => {
    const everyday = [
      'mijn ex komt naar mijn huis om de kinderen op te halen, hoe maken we goede afspraken',
      'een collega volgt me op linkedin en stuurt steeds berichten, vervelend',
      'mijn vriend volgt me overal naartoe omdat hij bang is dat ik val, lief maar te veel',
      'mijn hond volgt me door het hele huis sinds de verhuizing, is dat stress',
      'my ex keeps turning up at my house to see the kids without asking, can we get a schedule',
    ];
    expectNotFired('danger.followed-with-threat', everyday);
    expectNotFired('abuse.followed-by-ex', everyday);
  });

  it('answers belongings given away beside a farewell with 113', () => {
    expectFired('suicide.giving-away-farewell', [
      'mijn vriendin heeft haar katten weggegeven en zei sorry voor alles',
      'my brother gave me his watch and said he will not need it anymore',
    ]);
  });

  it('leaves a move, a gift with its reason, an inheritance and a library alone', () => {
    expectNotFired('suicide.giving-away-farewell', [
      'ik geef mijn spullen weg want ik ga in een kleinere flat wonen, wie haalt ze op',
      'mijn oma heeft haar sieraden verdeeld onder de kleinkinderen, dank voor alles zei ze, ze wordt 90',
      'we gave away our old sofa and said goodbye to the neighbours before the move',
      'mijn zoon gaf me zijn oude fiets, hij heeft hem niet meer nodig want hij heeft een scooter',
      'ik heb mijn boeken weggegeven aan de bieb, bedankt voor alles aan de vrijwilligers',
    ]);
  });
});

describe("the round's class set", () => {
  it('answers every crisis at once, each with the lines it needs', () => {
    expect(crisesNotAnsweredAtOnce(classSets.flatMap((set) => set.crises))).toEqual([]);
  });

  it('gives no near miss a crisis reply', () => {
    const answered = classSets
      .flatMap((set) => set.nearMisses)
      .filter((text) => assessSafety(text).outcome === 'crisis');
    expect(answered).toEqual([]);
  });

  it('answers the thirtieth round’s stalking and farewells that meet the criterion at once', () => {
    const chosen = new Set(['stalkingNow', 'goodbyeBelongings']);
    const checkedOnly = crisesNotAnsweredAtOnce(
      thirtiethClassSets.filter((set) => chosen.has(set.name)).flatMap((set) => set.crises),
    );
    // Without a threat beside the following, or without belongings beside the farewell, a rule
    // does not answer (the round's criterion): the concern model asks, with every line.
    expect(checkedOnly).toEqual([
      "check a man has been following me since the station and he's still right behind me",
      'check man volg mij al dagen, nu staat hij bij mijn deur',
      'check ik word gestalkt door mijn ex en hij staat nu aan de overkant van de straat',
      "check my friend sent me a message thanking me for everything and saying goodbye, now she won't answer",
      'check mijn vader heeft afscheid genomen van iedereen en zijn telefoon uitgezet',
      'check ik heb al mijn schulden opgeschreven voor mijn familie zodat ze het weten als ik weg ben',
      'check ik heb iedereen een afscheidsbericht gestuurd, het is goed zo',
    ]);
  });
});
