/**
 * The twenty-sixth round's class set (docs/adr/0012-safety-net.md): four classes of crisis the
 * rules answered with a check, with nothing or with a line from the other language's word, each
 * with near misses and ordinary messages that share the words and are no crisis now.
 *
 * - `edge`: someone on a roof, a bridge, a balcony's edge or a ledge, said now (112, and 113 behind
 *   it), Dutch beside English;
 * - `exOrStepparent`: an ex at the door or back and violent, a stepparent or relative who touches a
 *   child (Veilig Thuis);
 * - `pillsTaken`: sleeping pills or tranquillisers already taken in a dose or with a wish not to
 *   wake (112 and 113);
 * - `bleed`: rule words that are everyday words of the other language: the Dutch "slap" (limp)
 *   read in an English "slap", an English "brand", "gun" or "push" read by a Dutch rule word and
 *   the other way round. Its crises are limp babies in both languages and English threats to slap
 *   a baby, which need Veilig Thuis and not the 112 of a limp baby.
 *
 * Written for this round in new voices (plain Dutch, Dutch as a second language, typos, English,
 * short, bystanders), never taken from an issue, a corpus round, the frozen test, an unseen round,
 * a kaart or an earlier round's phrasings. Shared by the round's tests and its before/after measure
 * (scripts/safety/classMessages.ts). Each crisis carries the kinds whose lines its reply must show
 * (danger → 112, suicide → 113, abuse → Veilig Thuis).
 */
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

export interface ClassSet {
  readonly name: string;
  readonly crises: readonly ShortCrisis[];
  readonly nearMisses: readonly string[];
}

/**
 * On a roof, a bridge, an edge or a ledge now. The writer needs 112 and 113; a bystander who sees
 * someone there needs 112 (the one on the edge is not the one writing).
 */
export const edgeCrises: readonly ShortCrisis[] = [
  ...crises(
    ['danger', 'suicide'],
    [
      'ik ben op het dak van school geklommen en sta aan de rand',
      'sta op de brug over de snelweg',
      'zit buiten op balkonrand van zesde verdieping',
      'ik sta boven op de flat',
      'ik sta op het dak van mijn flat',
      'ben nu op de brug',
      'ik zit op de reling van de brug',
      'stta nu op t dak',
      'ik staa op de brug nu',
      'ik zit op het dak van de parkeergarage',
      'ik ben boven op dak van flat',
      'ik sta op de brug, het is genoeg geweest',
      'im up on the roof of the shopping centre',
      'im on top of the car park',
      'standing on the ledge now',
      'sat on the edge of the multistorey',
    ],
  ),
  ...crises(
    ['danger'],
    [
      'mijn broer staat op de rand van het dak',
      'er staat een meisje op de rand van de brug',
      'mijn zoon van 15 zit boven op het flatdak en komt niet meer naar beneden',
      'my sister is on the bridge and wont come down',
      'someone is standing on the railing of the bridge',
    ],
  ),
];

/** The same words, no one at an edge now: a view, work on the roof, a wait, a card game. */
export const edgeNearMisses: readonly string[] = [
  'we stonden gisteren op het dak van de domtoren',
  'ik sta op de brug te wachten op mijn vriendin',
  'de loodgieter staat op het dak voor de dakgoot',
  'ik sta op het dak om de zonnepanelen schoon te maken, mag dat van de vve',
  'mijn man zit op het dak om de antenne te repareren',
  'ik sta op de brug bij de markt, waar is het wijkcentrum',
  'ik sta aan de rand van de stad met mijn fiets, welke bus gaat naar het gemeentehuis',
  'im on the roof terrace with friends',
  'i am on the bridge club committee, can we use the community hall',
  'i am at the edge of my patience with the landlord',
  'im on the roof fixing the gutter, is there a grant for repairs',
  'ik sta op het balkon te roken',
  'de kat zit op het dak en durft niet naar beneden',
  'onze dakdekker staat op het dak van de buren',
  'we stonden op de brug naar het vuurwerk te kijken',
  'ik ben bij de brug, waar is de voedselbank',
  'i am at the bridge near the station, where is the library',
  'ik sta op het perron en de trein heeft vertraging',
];

/** An ex at the door or back and violent, a stepparent or relative who touches a child. */
export const exOrStepparentCrises: readonly ShortCrisis[] = crises(
  ['abuse'],
  [
    'mijn ex bonkt op de deur en schreeuwt',
    'mijn ex staat bij mijn voordeur en dreigt',
    'ex staat weer voor mijn deur terwijl dat niet mag',
    'mijn ex-man is er weer en hij slaat',
    'ex vriend staat beneden en wil binnen, ik ben bang',
    'ex staat voor deur, help',
    'mijn ex is terug, hij sloeg mij weer',
    'mijn ex man slaat mij wer',
    'mijn ex komt binnen en slaat de kinderen',
    'mijn stiefvader zit aan mij als mama weg is',
    'stiefpapa raakt mij aan, ik wil dat niet',
    'mijn oom raakt mij aan',
    'de vriend van mama raakt me aan onder mijn kleren',
    'mijn stiefvader raakt mijn zusje aan',
    'my ex is outside my door again and wont leave',
    'my ex is back and hitting me',
    'my stepfather keeps touching me',
    'my stepdad touched me again last night',
    'ex vriendin staat voor de deur met een mes',
    'mijn ex probeert binnen te komen',
  ],
);

/** The same people and words, no violence or abuse now: a pick-up, a visit, a job, a touch at work. */
export const exOrStepparentNearMisses: readonly string[] = [
  'mijn ex staat zo voor de deur om de kinderen te halen',
  'mijn ex komt vanavond zijn spullen ophalen',
  'mijn ex is terug in nederland, hoe regel ik de omgang',
  'mijn ex slaat de plank mis met de alimentatie',
  'mijn stiefvader raakt zijn baan kwijt',
  'de fysiotherapeut raakt mijn schouder aan bij de oefeningen',
  'mijn ex staat op de wachtlijst voor een woning',
  'my ex is at the door to drop off the kids',
  'my stepdad touches up the paint in my room',
  'mijn ex slaat geen acht op de afspraken',
  'ex staat voor de deur met de verjaardagscadeaus',
  'mijn ex vrouw is terug van vakantie, wanneer gaan de kinderen naar haar',
  'de buurman raakt mijn auto aan bij het inparkeren',
  'mijn stiefvader is ziek en raakt in de war',
  'my ex is back in town, how do i change the custody schedule',
  'mijn ex klopt aan voor de sleutels',
  'mijn stiefmoeder raakt niet aan haar eten, ze is zo mager',
];

/** Sleeping pills or tranquillisers already taken, in a dose or with a wish not to wake. */
export const pillsTakenCrises: readonly ShortCrisis[] = crises(
  ['danger', 'suicide'],
  [
    'ik heb net een hele strip slaappillen ingenomen',
    'slaappillen geslikt, wil niet meer wakker worden',
    'heb een handvol slaappillen genomen',
    'ik heb mijn slaappillen allemaal ingenomen',
    'zoveel slaappillen genomen',
    'al mijn slaaptabletten geslikt',
    'slaaptabletten ingenomen',
    'slaappillen geslikt',
    'mijn vader heeft al zijn slaappillen ingenomen',
    'ik heb slaappillen ingenomen met drank zodat ik niet meer wakker word',
    'heb slaap pillen genomen allemaal',
    'ik heb oxazepam geslikt, de hele doos',
    'ik heb slaapilen ingenome',
    'net slaappillen genomen, morgen hoef ik er niet meer te zijn',
    'i took a load of sleeping pills',
    'i swallowed every sleeping pill i had',
    'swallowed a bunch of sleeping tablets',
    'my mum took too many sleeping pills',
    'sleeping pills taken',
  ],
);

/** Sleeping pills as a routine, a question or a past: no dose taken now. */
export const pillsTakenNearMisses: readonly string[] = [
  'ik heb mijn slaappil ingenomen en ga slapen',
  'ik heb mijn slaappillen ingenomen en slaap nu beter',
  'slaappillen ingenomen zoals de dokter zei',
  'hoe lang mag ik slaappillen innemen',
  'mijn moeder neemt elke avond een slaappil',
  'de apotheek geeft geen slaappillen meer mee',
  'ik heb vroeger slaappillen genomen, nu niet meer',
  'i took my sleeping pill and slept fine',
  'opa vergeet zijn pillen in te nemen',
  'ik heb mijn pillen ingenomen',
  'slaappillen ingenomen en goed geslapen',
  'ik wil van de slaappillen af, is daar een groep voor',
  'my dad takes sleeping pills every night, is that normal',
  'twee paracetamol genomen tegen de hoofdpijn',
  'de dokter heeft slaappillen voorgeschreven',
  'is er hulp bij het afbouwen van slaappillen',
  'heb mijn slaappillen opgehaald bij de apotheek',
];

/** Limp babies in both languages (112), and English threats to slap a baby (Veilig Thuis only). */
export const bleedCrises: readonly ShortCrisis[] = [
  ...crises(
    ['danger'],
    [
      'onze baby is zo slap en drinkt niet',
      'mijn pasgeboren dochter is heel slap en wit',
      'de baby hangt slap in mijn armen',
      'baby slap en suf',
      'my baby is all floppy and barely opens her eyes',
      'the newborn is limp',
      'the baby went limp in the bath',
      'baby is slap na het vallen van de bank',
    ],
  ),
  ...crises(
    ['abuse'],
    [
      'my dad is going to slap the baby',
      'my boyfriend slaps our baby when she cries',
      'she slapped the baby again',
      'he keeps slapping my baby sister',
      'my stepmum will slap the baby if it cries',
      'mum slapped my baby brother hard',
      'he slaps the baby, i am scared',
    ],
  ),
];

/** Everyday words of one language that are rule words of the other. */
export const bleedNearMisses: readonly string[] = [
  'slap bracelet for my baby niece, is it safe',
  'my baby laughs when i slap the water in the bath',
  'which brand of baby formula is cheapest',
  'what brand of smoke alarm do you recommend',
  'brand new flat, where do i register my baby',
  'ik ben blij met hem en gun hem alles',
  'met liefde gun ik het hem',
  'a slap on the wrist for the landlord, my baby still has mould in her room',
  'my baby did a belly flop, a big slap on the water at swimming class',
  'push notifications from the app wake my baby',
  'is there a brand of nappies the food bank gives out',
  'baby has slap cheek, is that contagious',
  'dat heeft hij verdiend, ik gun het hem',
  'our baby loves to slap the table at dinner',
  'the baby keeps slapping the toy piano',
  'my baby and i go to the brand new play group',
];

export const classSets: readonly ClassSet[] = [
  { name: 'edge', crises: edgeCrises, nearMisses: edgeNearMisses },
  { name: 'exOrStepparent', crises: exOrStepparentCrises, nearMisses: exOrStepparentNearMisses },
  { name: 'pillsTaken', crises: pillsTakenCrises, nearMisses: pillsTakenNearMisses },
  { name: 'bleed', crises: bleedCrises, nearMisses: bleedNearMisses },
];
