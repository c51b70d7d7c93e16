/**
 * The thirty-fifth round's phrasings (docs/adr/0012-safety-net.md): three gaps the thirty-fourth
 * round left, each with near-miss twins in the same words.
 *
 * - `meansTurnedOnSelf`: a weapon, a rope or pills in the writer's hand, with the intention to use
 *   it on oneself now or tonight: 113, and 112 because the danger is now;
 * - `femalePartnerWeapon`: a wife or a girlfriend raising a weapon at the writer or the children:
 *   Veilig Thuis beside 112, as for a husband or a boyfriend;
 * - `allPillsTakenForReal`: every pill already taken, said to be real ("geen geintje", "ik meen
 *   het", "not a joke"): an overdose now, 112 and 113;
 * - the near misses: a knife, a rope or pills used for oneself in the everyday sense, a wife's
 *   kitchen knife or her licensed gun, and the day's dose taken.
 *
 * Written for this round from the writer's own imagination, never taken from an issue, a corpus
 * round, the frozen test, an unseen round, a kaart or an earlier round's phrasings. Each crisis
 * carries the kinds whose lines its reply must show (danger → 112, suicide → 113, abuse → Veilig
 * Thuis).
 */
import type { CrisisKind } from '../../../src/safety/crisisKind.js';
import type { ShortCrisis } from './veryShortMessagePhrasings.js';

function crises(kinds: readonly CrisisKind[], texts: readonly string[]): ShortCrisis[] {
  return texts.map((text) => ({ text, kinds }));
}

export const meansTurnedOnSelf: readonly ShortCrisis[] = crises(
  ['suicide', 'danger'],
  [
    'ik zit op de bank met het jachtgeweer van mijn opa op schoot en wil het vannacht op mezelf richten',
    'ik heb een stanleymes in mijn hand en ik ga het nu tegen mezelf gebruiken',
    'het pistool van mijn broer ligt naast me, ik wil het vanavond op mezelf gebruiken',
    'ik heb de doos oxazepam in mijn hand en ik wil ze nu voor mezelf gebruiken, allemaal',
    'ik sta in de schuur met een touw in mijn handen en het is voor mezelf, vanavond nog',
    "I'm holding my father's pistol and I want to turn it on myself right now",
    'got a kitchen knife in my hand and i am going to use it on myself tonight',
    'i have a rope in my hands in the garage and tonight it is for myself',
  ],
);

export const femalePartnerWeapon: readonly ShortCrisis[] = crises(
  ['abuse', 'danger'],
  [
    'mijn vrouw heeft het broodmes gepakt en zwaait ermee naar mij, de kinderen zijn ook thuis',
    'mijn echtgenote richt het alarmpistool op mij en schreeuwt dat ik moet verdwijnen',
    'mn vrouw staat met een hakbijl in de gang en dreigt dat ze mij iets aandoet',
    'my wife is waving a carving knife at me in the hallway and the kids are crying',
  ],
);

export const allPillsTakenForReal: readonly ShortCrisis[] = crises(
  ['suicide', 'danger'],
  [
    'geen geintje, ik heb net alle slaaptabletten genomen die nog in de kast lagen',
    'ik meen het echt, de medicijnen heb ik al geslikt, allemaal, de hele doos',
    'dit is serieus, ik heb de tabletten al ingenomen, alle strips van deze maand',
    'this is not a joke, i already took the tablets, every single one of them',
  ],
);

export const roundCrises: readonly ShortCrisis[] = [
  ...meansTurnedOnSelf,
  ...femalePartnerWeapon,
  ...allPillsTakenForReal,
];

export const roundNearMisses: readonly string[] = [
  // A means used for oneself in the everyday sense.
  'ik heb een schilmes in mijn hand en snij vanavond een appel voor mezelf',
  'ik heb pillen tegen hoofdpijn voor mezelf gekocht, mag ik die naast mijn bloeddrukmedicijn nemen',
  'ik heb een touw gekocht voor mezelf om te leren klimmen, is er een klimhal in de buurt',
  'my grandad sits with his hunting rifle in his lap tonight to clean it before the season',
  'i have a knife in my hand and i am cooking for myself tonight, any cheap recipes',
  'mijn buurman heeft een geweer voor zichzelf gekocht, hij zit bij de schietvereniging',
  // A wife's knife or gun that threatens no one.
  'mijn vrouw heeft een nieuw koksmes gekocht, waar kan ik messen laten slijpen',
  'mijn echtgenote is jager en haar geweer ligt in de kluis, mag dat in een huurhuis',
  'my wife bought a set of kitchen knives, is there a cooking class nearby',
  'mijn vriendin zwaaide jaren geleden een keer met een mes, maar het gaat nu al lang goed tussen ons',
  // The day's dose, taken as prescribed.
  'ik heb mijn tabletten van vanochtend genomen, alle pillen uit het baxterzakje, echt waar',
  'geen geintje, mijn moeder vergeet steeds haar medicijnen, kan iemand helpen met alle pillen',
  'this is real, i took all my tablets this morning as the doctor said, can i drive now',
];
