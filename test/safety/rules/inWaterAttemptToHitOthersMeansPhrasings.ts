/**
 * The thirty-sixth round's phrasings (docs/adr/0012-safety-net.md): three gaps found on dev data,
 * each with near-miss twins in the same words.
 *
 * - `inTheWater`: the writer in the water or another person named in trouble there, also seen
 *   going under from the beach: 112;
 * - `attemptToHit`: a relative trying to hit, slap or punch the writer or a relative, in English:
 *   Veilig Thuis, and 112 when it is happening now;
 * - `othersMeansDeathWish`: a relative with a weapon or pills out or ready who talks about not
 *   wanting to live or to be here: 113 beside 112;
 * - the near misses: someone watching the sea or a thing in the water with nobody in trouble, a
 *   wasp, a game or advice about trying not to hit, and a weapon or pills ready with no death wish
 *   (cleaning, the week's doses, a film).
 *
 * Written for this round from the writer's own imagination, never taken from an issue, a corpus
 * round, the frozen test, an unseen round, a kaart or an earlier round's phrasings.
 */
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

export const inTheWater: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'ik lig in het kanaal en kom er niet meer uit, mijn benen doen het niet',
    'ik ben in de vaart gevallen en kom er niet meer uit, het is zo koud',
    'vanaf het strand zie ik mijn neefje kopje onder gaan bij de golfbreker',
    'vanaf de brug zie ik mijn vriendin in het kanaal spartelen, ze komt er niet uit',
  ],
);

export const attemptToHit: readonly ShortCrisis[] = crises(
  ['abuse', 'danger'],
  [
    'my stepmother is trying to slap my little sister in the kitchen',
    'my stepdad is trying to punch my mum right now in the hallway',
    'my dad keeps trying to hit my little brother with his belt',
  ],
);

export const othersMeansDeathWish: readonly ShortCrisis[] = crises(
  ['suicide', 'danger'],
  [
    'my grandfather took his shotgun out of the cabinet and keeps saying he does not want to be here anymore',
    'my aunt has all her sleeping pills lined up on the table and says she does not want to live anymore',
    'my dad took the rifle out of the gun safe and keeps saying he wants to end it all',
    'mijn oom heeft zijn revolver uit de la gehaald en praat erover dat hij er niet meer wil zijn',
    'mijn tante heeft al haar oxazepam op tafel gelegd en zegt dat ze niet meer wil leven',
  ],
);

export const roundCrises: readonly ShortCrisis[] = [
  ...inTheWater,
  ...attemptToHit,
  ...othersMeansDeathWish,
];

export const roundNearMisses: readonly string[] = [
  'ik zie vanaf het strand de golven in de zee, er drijft veel zeewier, is dat gevaarlijk om te zwemmen',
  'ik sta op de kade en zie een fles in de haven drijven, mag ik die eruit vissen',
  'ik zat de hele middag op het strand en keek hoe de golven onder gingen in de zee, wat een rust',
  'vanaf mijn balkon zie ik een boomstam in de rivier drijven, wie moet ik bellen om die weg te halen',
  'ik lig op het strand en kijk naar de zee, er drijft een luchtbed zonder iemand erop',
  'my brother keeps trying to hit the wasp with a newspaper',
  'in the game my brother keeps trying to hit my character with a sword lol',
  'how do i stop trying to hit my kids when i am tired, is there a course',
  'ik probeer mijn zoon niet te slaan als hij driftig is, waar vind ik een cursus',
  'bij tennis probeert mijn zoon de bal zo hard mogelijk te slaan',
  'mijn oom poetst zijn jachtgeweer en zegt dat hij niet meer wil jagen',
  'mijn moeder heeft haar pillen klaargezet voor de week en wil niet meer naar de dagbesteding',
  'in de film haalt de vader zijn pistool uit de kast en zegt dat hij er niet meer wil zijn',
  'my grandfather took his rifle out of the gun safe to clean it before the hunting season',
  'mijn oma heeft haar pillen klaargezet en zegt dat ze niet meer naar het ziekenhuis wil',
];
