/**
 * The thirty-fourth round's phrasings (docs/adr/0012-safety-net.md): crises a rule did not read
 * and near misses a rule answered as a crisis, in the classes the thirty-third round left open.
 *
 * - `weaponScenes`: a firearm, a bow or a club taken, held, loaded or swung at people now, named
 *   by a compound or a word no rule read ("jachtgeweer", "buks", "kruisboog", "shotgun"), the
 *   weapon told before its verb ("haalde het geweer van zolder en richt het op ...");
 * - `waterWhileFishing`, `petPillsToddler`, `fireworkAtPeople`: the other scenes of the
 *   thirty-third round's twins that got only a check;
 * - the near misses: a stroke long over or a course about it, laughing gas and GHB asked about,
 *   a classmate's self-harm the school knows, exhaust that smells like gas, a double dose the
 *   pharmacy called harmless, and weapons as a sport, a wish or a thing locked away.
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

export const weaponSceneCrises: readonly ShortCrisis[] = [
  ...crises(
    ['abuse', 'danger'],
    [
      'mijn vriend heeft het jachtgeweer van zijn vader van zolder gepakt en richt het op mijn zus, kom snel',
      'mijn man haalde de buks uit de schuur en zwaait ermee in de woonkamer, hij is dronken en schreeuwt tegen ons',
      'my husband got the shotgun down from the loft and is pointing it at me and the kids',
      'de karabijn van mijn vader ligt geladen in de gang en hij zegt dat hij vanavond mama doodschiet',
      'mijn ex staat in de tuin met een kruisboog en roept dat hij mij gaat raken',
    ],
  ),
  ...crises(
    ['danger'],
    [
      'een jongen schiet met een luchtbuks vanaf het balkon op de kinderen in de speeltuin, er is er al een geraakt',
      'there is a man at the bus stop waving a rifle at people, we are hiding in the shop',
      'twee mannen met honkbalknuppels slaan net de ramen van de snackbar in en de eigenaar ligt op de grond',
    ],
  ),
];

export const waterWhileFishingCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'opa viel tijdens het vissen van de steiger in de gracht en ik zie hem niet meer bovenkomen',
    'my uncle slipped off the jetty while fishing and he is not coming back up, the water is very cold',
  ],
);

export const petPillsToddlerCrises: readonly ShortCrisis[] = crises(
  ['danger'],
  [
    'mijn dreumes heeft tabletjes van de hond uit de la gehaald en opgegeten, nu is hij heel slaperig',
    'our toddler chewed some of the dogs painkillers and now she wont stay awake',
  ],
);

export const fireworkAtPeopleCrises: readonly ShortCrisis[] = [
  ...crises(
    ['danger'],
    [
      'iemand gooide net een brandende vuurpijl door ons raam, de gordijnen vatten vlam en mijn kinderen zijn binnen',
    ],
  ),
  ...crises(
    ['abuse', 'danger'],
    ['mijn ex gooit nu zwaar vuurwerk door onze brievenbus en schreeuwt dat hij ons huis afbrandt'],
  ),
];

export const roundCrises: readonly ShortCrisis[] = [
  ...weaponSceneCrises,
  ...waterWhileFishingCrises,
  ...petPillsToddlerCrises,
  ...fireworkAtPeopleCrises,
];

/** Near misses a rule answered as a crisis on main, in the classes the round names. */
export const roundNearMisses: readonly string[] = [
  // a stroke long over, a course about strokes
  'mijn vader had drie jaar terug een beroerte, hij is goed hersteld en wil weer fietsen, is er een fietsmaatje',
  'bij het buurthuis geven ze een avond over hoe je een herseninfarct herkent, moet ik me daarvoor aanmelden',
  'my mum had a stroke a few years back and is fine now, is there a walking group for older people',
  // laughing gas and GHB asked about
  'is lachgas eigenlijk verboden nu, mijn zoon van zestien vroeg het en ik wist het antwoord niet',
  'wat doet ghb precies in je lichaam, we hadden het er vandaag over in de les',
  // a classmate's self-harm the school knows
  'een klasgenote van mijn dochter krast zichzelf, de mentor weet het al, hoe kan mijn dochter haar helpen',
  // exhaust that smells like gas
  'elke ochtend stinkt de portiek naar gas als de buurjongen zijn brommer laat warmdraaien, mag dat binnen',
  // a double dose the pharmacy called harmless
  'oma heeft per ongeluk haar bloeddrukpillen twee keer ingenomen, de apotheek zegt dat het geen kwaad kan, moet ik nog iets doen',
  // weapons as a sport, a wish or a thing locked away
  'mijn man wil een luchtbuks kopen voor de schietvereniging, heeft hij daar een vergunning voor nodig',
  'is er in de buurt een club voor kruisboogschieten, mijn dochter wil een sport met pijl en boog',
  'my son wants an air rifle for his birthday to shoot cans in the garden, is that legal here',
  'de jachtgeweren van mijn overleden opa staan in een kluis bij ons, moet ik dat ergens melden',
];
