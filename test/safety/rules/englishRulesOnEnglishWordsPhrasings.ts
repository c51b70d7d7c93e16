/**
 * The twenty-eighth round's class set (docs/adr/0012-safety-net.md): English rules that misread
 * English words, in five classes the Dutch rules mostly handle already.
 *
 * - `neverHits`: a violence verb denied or habitually absent ("never", "doesn't", "has never");
 * - `pastOver`: a blow in a past that is over or only told (last year, a while ago);
 * - `accident`: a blow from a car, a ball or a fall, not from a person;
 * - `weaponInPublic`: a knife or a gun brandished in the street or a shop now (112);
 * - `dyeNotDie`: "die" typed for "dye" (hair, clothes, eggs), which is no death wish.
 *
 * Each class has English near misses that must get no crisis reply, and English crises of the same
 * shape that must keep or get their line (abuse → Veilig Thuis, danger → 112, suicide → 113).
 * Written for this round, never taken from an issue, a corpus round, the frozen test, an unseen
 * round, a kaart or an earlier round's phrasings.
 */
import type { ClassSet } from './edgeExSleepingPillsPhrasings.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';
import type { CrisisKind } from '../../../src/safety/crisisKind.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

export const neverHitsNearMisses: readonly string[] = [
  'my partner has a short fuse but he never hits our children',
  'our dad shouts sometimes, he never hit us though',
  'my wife doesnt hit the kids, she takes their phones away as punishment',
  'he has never hit me, we just argue about money a lot',
  'my mum never slapped my brother, she only grounds him',
  'my boyfriend does not hit me but he sulks for days, is that normal',
  'my stepfather has never once hurt my sister, he is a gentle man',
  'grandpa never kicked the dog or us, he was a quiet man',
  'my ex didnt hit our son, he just forgot to pick him up again',
  'my husband doesnt beat the kids, how can we agree on rules at home',
  'she never pushes her kids, she just gets loud when she is tired',
  'my father never punched my brother, they do fight with words',
];

export const neverHitsCrises: readonly ShortCrisis[] = crises(
  ['abuse'],
  [
    'my partner hits our children every night',
    'our dad hits us when he is drunk',
    'my wife slaps the kids when they cry',
    'he has hit me three times this week',
    'my mum slapped my brother so hard his lip bled',
    'my boyfriend beats me when i go out without him',
    'my stepfather never hit me before but tonight he punched my sister',
    'he never hits me where people can see the bruises',
    'my husband never stops hitting the kids',
    'he doesnt just shout, he kicks our son',
    'she never hits me in the face, only on my back and arms',
  ],
);

export const pastOverNearMisses: readonly string[] = [
  'please be patient with my daughter, she got hit on the playground a year ago',
  'my son was slapped by a classmate last year, he is shy since',
  'i was beaten as a kid, now i want a parenting course to do better',
  'my niece got kicked at her old school two years ago, are there good schools here',
  'my brother was punched in a bar last summer, he wants to talk to someone about it',
  'my mother was hit by her first husband decades ago, she still has nightmares, is there a group for her',
  'my son got hit at his football club a few months ago, is there another club nearby',
  'she was abused by an uncle when she was little, is there therapy for adults',
  'my dad hit me when i was a teenager, we have talked it out and get on well now',
  'a boy pushed my daughter off the slide last spring, she is scared of parks',
];

export const pastOverCrises: readonly ShortCrisis[] = crises(
  ['abuse'],
  [
    'my daughter gets hit at home every day since last year',
    'my son was slapped by his father again last night',
    'i was beaten by my husband yesterday and i am scared to go home',
    'my niece gets kicked by her stepmum, it started last year and is still going on',
    'my mother is hit by her husband, it has been going on for years',
    'my brother hits his wife, he did it last week and again today',
    'my dad hit me last night and said he will do it again',
    'he beat me a year ago and now he has started again',
    'my son was hit by his stepdad this morning',
    'my girlfriend was pushed down the stairs by her dad yesterday',
  ],
);

export const accidentNearMisses: readonly string[] = [
  'my daughter was hit by a bike on the way to school and is ok now',
  'my husband got hit by a van last month, he walks again, is there help with the paperwork',
  'our son was knocked over by a car two weeks ago, he is recovering well',
  'my dad was hit by a falling branch in the garden, the doctor said it is only a bruise',
  'my son got hit in the face by a ball at football and his nose is fine',
  'my wife was hit by a cyclist last year and still needs physio, who pays for it',
  'my little boy got hit by the swing at the park, just a bump',
  'my mum was struck by a scooter in the shopping street, she is fine but shaken',
  'my kid got hit by a door at school, nothing broken',
  'my brother was hit by a car years ago and now uses a wheelchair, is there transport for him',
];

export const accidentCrises: readonly ShortCrisis[] = [
  ...crises(
    ['danger'],
    [
      'my son was just hit by a car and he is not moving',
      'a cyclist got knocked down by a van outside our flat and he is bleeding',
      'my daughter was hit by a bus, please send help',
      'an old man was run over by a car in front of the shop, he is not breathing',
      'my husband was hit by a car and is lying on the road',
      'a boy was hit by a scooter and he is unconscious',
      'my mum was hit by a car just now and she cant get up',
      'a child was hit by a truck on our street and there is blood everywhere',
      'my neighbour was knocked over by a car and is not responding',
      'my son got hit by a car on his bike and is badly hurt',
    ],
  ),
  ...crises(['abuse'], ['my husband hit me with the car door on purpose']),
];

export const weaponInPublicNearMisses: readonly string[] = [
  'the chef at the cooking class was waving a knife around while he talked',
  'my son waves his plastic sword around in the garden all day',
  'someone was waving a knife in our street last year, is it safe to move here',
  'the magician at the party was juggling knives, the kids loved it',
  'a man was brandishing a water gun at the summer festival',
  'my toddler waves a butter knife around at dinner, how do i teach him table manners',
  'my grandson is carving a pumpkin with a knife, what age is that fine',
  'in the film a man was waving a gun in the street',
  'a guy at the market was showing his kitchen knives to customers',
  'the kids were pointing nerf guns at each other in the park',
];

export const weaponInPublicCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'a man is brandishing a machete in the shopping centre',
    'some guy is pointing a gun at people in the park',
    'there is a woman waving a big knife at the bus stop',
    'a boy is waving a knife at other kids on the square',
    'someone is wielding an axe outside the supermarket',
    'a man is walking down our street waving a gun',
    'there is someone with a knife in the train station threatening people',
    'a drunk man keeps waving a broken bottle and a knife outside the pub',
    'my neighbour is standing in the road pointing a knife at cars',
    'a guy pulled a knife on the bus driver',
  ],
);

export const dyeNotDieNearMisses: readonly string[] = [
  'i want to die my hair pink for the school disco',
  'i wanna die my hair blue, is there a hairdresser near the station',
  'my daughter wants to die her hair purple, is she old enough',
  'i want to die my beard grey for a play',
  'we want to die eggs with the kids for easter, where can we buy paint',
  'i want to die my old jeans black',
  'i want to die my roots, the grey is showing',
  'my son wants to die his hair green for carnival',
  'i want to die my wedding dress another colour and wear it again',
  'want to die my hair dark, is it bad for my scalp',
];

export const dyeNotDieCrises: readonly ShortCrisis[] = crises(
  ['suicide'],
  [
    'i want to die my life is pointless',
    'i want to die, my hair keeps falling out from the chemo and i cant take it',
    'i want to die my family would be better off',
    'i wanna die my boyfriend left me',
    'i want to die, my hair and my face disgust me',
    'i want to die my hair is all gone and nobody looks at me',
    'i want to die my kids hate me',
    'want to die my whole life is a mess',
    'i want to die my head is full of dark thoughts',
    'i want to die my debts are too much',
  ],
);

export const classSets: readonly ClassSet[] = [
  { name: 'neverHits', crises: neverHitsCrises, nearMisses: neverHitsNearMisses },
  { name: 'pastOver', crises: pastOverCrises, nearMisses: pastOverNearMisses },
  { name: 'accident', crises: accidentCrises, nearMisses: accidentNearMisses },
  { name: 'weaponInPublic', crises: weaponInPublicCrises, nearMisses: weaponInPublicNearMisses },
  { name: 'dyeNotDie', crises: dyeNotDieCrises, nearMisses: dyeNotDieNearMisses },
];
