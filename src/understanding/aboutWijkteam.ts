import { osaDistance } from '../text/editDistance.js';
import { tokenize } from '../text/normalise.js';

/**
 * A question about the wijkteam itself (ADR 0013, session 18, "a question about the wijkteam
 * itself"): how to reach it, what it does, whether the resident may go there, who is in it. Not a
 * question for the sociale kaart: the search reads "contact" in "hoe kom ik in contact met het
 * wijkteam" as meeting people, and no bonus for the name can lift the wijkteam without costing
 * kaarten whose entries are named after their subject. Rules, not the model, as the gemeente's own
 * services (gemeenteDienst.ts): the message names the wijkteam and says nothing else than asking
 * about a service. Any other word, a need of the resident's own ("het wijkteam zei dat ik naar de
 * voedselbank moet"), leaves the message to the search.
 */

/** What the resident asks about the wijkteam; the answer is the same, the reading is reported. */
export type WijkteamQuestion = 'reach' | 'what' | 'who' | 'may';

/** Single words that name the wijkteam, or one of its people (a wijkcoach is the wijkteam's). */
const TEAM_WORDS = new Set([
  'wijkteam',
  'wijkteams',
  'wijkteamlid',
  'wijkteamleden',
  'buurtteam',
  'buurtteams',
  'wijkcoach',
  'wijkcoaches',
]);

/**
 * Two words that name it ("wijk team", "sociaal team", "neighbourhood team", "social team") or one
 * of its people ("wijk coach", "neighbourhood coach").
 */
const TEAM_PAIRS: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [
  [
    new Set(['wijk', 'buurt', 'sociaal', 'social', 'neighbourhood', 'neighborhood', 'community']),
    new Set(['team', 'teams']),
  ],
  [new Set(['wijk', 'buurt', 'neighbourhood', 'neighborhood']), new Set(['coach', 'coaches'])],
  [new Set(['sociaal']), new Set(['plein'])],
];

/** A typo of a team word of this length or longer is still one ("wijkteem", "wijtkeam"). */
const TYPO_MIN_LENGTH = 7;

/**
 * Words of asking about a service, function words and words of who sent the resident: what may
 * stand beside the wijkteam in a question about it. Not "werk", "job", "hulp bij", a person the
 * question is for, or any need: those are a question of their own.
 */
const FRAME_WORDS = new Set(
  [
    // Dutch: function words and pronouns.
    'ik ikke je jij jullie u we wij ons onze mij me mijn m mn het de een der van bij naar in op voor met',
    'aan om te er die dat dit deze wel niet geen ook nog al dan of en maar als zo hier daar',
    'ze zij hij hun hen iedereen iemand alles men',
    'eigenlijk precies allemaal zomaar gewoon even eens graag misschien toch nou ja nee s',
    // Dutch: asking.
    'hoe wat wie waar wanneer welke waarom waarvoor wat voor is zijn zit zitten staat staan',
    'kan kun kunt kunnen ken mag mogen moet moest moeten wil wilt willen zou zouden weten vraag',
    'vraagje vragen doet doen deed werkt werken werkzaam heb hebt heeft hebben had gehad krijg',
    'krijgen kreeg weer opnieuw contact opnemen neem nemen kom komt komen bereiken bereik bereikbaar',
    'bellen bel mailen mail email e telefoon telefoonnummer nummer tel adres website site',
    'spreekuur open openingstijden langs gaan ga heen terecht aanmelden aanmeld meld melden',
    'inschrijven kost kosten geld gratis betalen betaal helpen help hulp zelf wijk buurt stad dorp',
    'gemeente dichtbij lid leden medewerkers mensen mens soort team teams regelen vinden vind',
    'betekent betekenen uitleg uitleggen vertellen info informatie meer',
    // Dutch: who sent the resident.
    'zei zegt zeggen gezegd verwezen verwijst gestuurd stuurde buurvrouw buurman huisarts dokter',
    'vriend vriendin kennis iemand school juf meester',
    // English.
    'how can could do does did i we you my our your me us the a an to in of at for with from',
    'reach contact call phone number email address find get what who where when which is are',
    'works working exactly actually area there go visit may allowed sign up register cost costs',
    'free pay open opening hours team members people help about it they them their this that',
    'mean means tell want would like know please told said sent referred me local near',
    'he she everyone anyone everybody anybody someone touch',
  ].flatMap((line) => line.split(' ')),
);

/** A frame word of this length or longer also matches a typo of one edit ("telefoonummer"). */
const FRAME_TYPO_MIN_LENGTH = 7;
const LONG_FRAME_WORDS = [...FRAME_WORDS].filter((word) => word.length >= FRAME_TYPO_MIN_LENGTH);

/** The word of `words` a token is one edit away from, if any. */
function oneEditFrom(token: string, words: Iterable<string>): string | undefined {
  for (const word of words) {
    if (Math.abs(word.length - token.length) <= 1 && osaDistance(token, word) <= 1) return word;
  }
  return undefined;
}

function isTeamWord(token: string): boolean {
  if (TEAM_WORDS.has(token)) return true;
  return token.length >= TYPO_MIN_LENGTH && oneEditFrom(token, TEAM_WORDS) !== undefined;
}

/** The frame word a token is, or a typo of (a number stands for itself); undefined for another word. */
function frameWordOf(token: string): string | undefined {
  if (FRAME_WORDS.has(token) || /^\d+$/.test(token)) return token;
  if (token.length < FRAME_TYPO_MIN_LENGTH) return undefined;
  return oneEditFrom(token, LONG_FRAME_WORDS);
}

/** The positions of the message's words that name the wijkteam. */
function teamPositions(tokens: readonly string[]): Set<number> {
  const at = new Set<number>();
  tokens.forEach((token, i) => {
    if (isTeamWord(token)) at.add(i);
    const next = tokens[i + 1];
    if (next === undefined) return;
    if (TEAM_PAIRS.some(([first, second]) => first.has(token) && second.has(next))) {
      at.add(i);
      at.add(i + 1);
    }
  });
  return at;
}

const KIND_WORDS: readonly (readonly [WijkteamQuestion, ReadonlySet<string>])[] = [
  ['who', new Set(['wie', 'leden', 'medewerkers', 'mensen', 'who', 'members', 'people'])],
  [
    'reach',
    new Set([
      ...'contact bereiken bereik bereikbaar bellen bel mailen mail email telefoon telefoonnummer nummer tel adres website site spreekuur open openingstijden waar aanmelden meld melden inschrijven vinden vind'.split(
        ' ',
      ),
      ...'reach contact touch call phone number email address find where open hours register sign'.split(
        ' ',
      ),
    ]),
  ],
  [
    'may',
    new Set([
      ...'mag mogen terecht langs kost kosten geld gratis betalen krijgen krijg heen'.split(' '),
      ...'may allowed visit go cost costs free pay'.split(' '),
    ]),
  ],
];

/** Whether a text names the wijkteam or one of its people ("wijkteam", "sociaal team", "wijkcoach"). */
export function namesWijkteam(text: string): boolean {
  return teamPositions(tokenize(text)).size > 0;
}

/**
 * The question about the wijkteam a message asks, when it asks one and nothing else. `placeNames`:
 * the gemeente's own place names (its wijken, its name), whose words may stand beside it ("het
 * wijkteam in Deppenbroek"); split into words only when the message names the wijkteam, so the
 * per-message cost of every other question stays one pass over its words.
 */
export function recogniseWijkteamQuestion(
  text: string,
  placeNames: readonly string[] = [],
): WijkteamQuestion | undefined {
  const tokens = tokenize(text);
  const team = teamPositions(tokens);
  if (team.size === 0) return undefined;
  const places = new Set(placeNames.flatMap(tokenize));
  const rest: string[] = [];
  for (const [i, token] of tokens.entries()) {
    if (team.has(i) || places.has(token)) continue;
    const word = frameWordOf(token);
    if (word === undefined) return undefined;
    rest.push(word);
  }
  for (const [kind, words] of KIND_WORDS) {
    if (rest.some((token) => words.has(token))) return kind;
  }
  return 'what';
}
