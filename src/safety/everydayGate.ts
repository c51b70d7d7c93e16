import { collapseRegexSource, re } from './crisisRule.js';
import { clauseMarker, collapseRepeatedLetters } from './normalise.js';
import { deathTerm, householdMember } from './rules/lexicon.js';
import { pillsEn, pillsNl, poison } from './rules/swallowedMeans.js';

/**
 * What every gate on a model-only check for an everyday class shares (docs/adr/0012-safety-net.md,
 * session 19, gates19). ordinary23's neighbour gate (E2, E2b) named what keeps the check in
 * closed lists, and crises told in the class's own words slipped through words the lists lacked
 * ("will burn my house down", "hij bloedt", "zoeken eten"). A gate here turns this round: it
 * fires only when **every** word of the message is one it knows to be harmless (the shared
 * words below and the class's own), so an unknown word, a misspelling included, keeps the
 * model's check. On top of that closed vocabulary, `keepsCheck` names what must keep the check
 * even in known words (the brief's six: a danger word, a person in danger, despair, a means, a
 * child or an elder, acute time words), so that a word added to a vocabulary by mistake cannot
 * open the gate for them.
 */

/** A list of words written one after another, split on white space. */
export function wordList(text: string): readonly string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Words in ordinary spelling become the normalised form (letters squeezed: "meer" is "mer"). */
export function vocabulary(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map((word) => collapseRepeatedLetters(word)));
}

/**
 * Words any everyday question may hold: function words, asking for help, time of the everyday
 * kind (never "nu", "net", "vannacht": acute), the home's rooms, the landlord and the
 * municipality. None names a person beyond "ik", "we", "ze" and a neighbour's household, a
 * body, a feeling stronger than a nuisance, or a means.
 */
export const sharedWordsNl: readonly string[] = wordList(`
  de het een n en of maar want dus als dan dat die dit
  deze wat wie waar waarom wanneer hoe welke ik je jij u
  hij zij ze we wij mijn mn uw zijn haar ons onze hun
  hem me mij er hier daar erin erop ervan erover erg heel
  te zo nog al ook wel niet geen niks niets iets alles
  overal veel meer echt gewoon best toch hele helemaal beetje
  in op aan bij met van voor na naar uit over onder boven
  achter naast door tegen tot om sinds zonder tussen langs via
  binnen buiten terwijl omdat zodat
  is zijn was waren ben bent heb hebt heeft hebben had kan
  kun kunt kunnen mag mogen moet moeten wil wilt willen zou
  zouden word wordt worden komt komen gaat gaan ga doe doet
  doen zit zitten staat staan krijg krijgt krijgen maak maakt
  maken vraag vragen weet weten denk hoor hoort horen zie zien
  blijft blijven gedaan gezegd gevraagd zegt zeggen werkt laat laten
  zetten zet regel kopen
  hulp advies bellen bel gebeld melden meld gemeld melding
  klacht klachten klagen geklaagd indienen oplossen opgelost regelen
  regels rechten recht informatie tips iemand instantie contact
  mail mailen gemaild brief brieven gemeente wijkteam huisbaas
  verhuurder eigenaar woningcorporatie corporatie woningbouw woningstichting
  huurcommissie huurteam huurder huurders huur huren huurwoning
  koopwoning vve reageert reageren reactie antwoord niemand nergens
  elke iedere elk vaak steeds altijd soms weer dag week weken
  maand maanden jaar jaren avond avonds nacht nachts ochtend
  ochtends middag middags weekend weekends middernacht uur s tijd
  lang winter zomer herfst keer twee drie vier vijf zes tien
  huis woning flat appartement kamer slaapkamer woonkamer badkamer
  keuken gang zolder balkon tuin raam ramen deur voordeur muur
  muren plafond vloer dak binnen thuis
  last overlast vervelend irritant hinder lastig slaap slapen slecht
  wakker rust rustig normaal oke
`);

export const sharedWordsEn: readonly string[] = wordList(`
  the a an and or but so if that this what who where
  how which i im ive we were weve they theyre my our
  their it its is are was be been have has had do does
  dont doesnt not no can cant could should may will wont
  get gets keep keeps in on at of from to into over under
  behind above below through with about for all every again
  there theres any still really very too much lot lots there
  advice report reported complain complaint complained landlord
  owner housing association council municipality rent rented renting
  tenant tenants rights allowed nothing anything something nobody
  ignores ignored answer reply fix fixed repair house home flat
  apartment room bedroom bathroom kitchen wall walls ceiling floor
  window windows door roof garden balcony night nights evening
  evenings morning mornings weekend weekends week weeks month months
  year years day days always often till until since midnight
  am pm oclock sleep annoying nuisance come make me pay rid
  do i you
`);

/** Ages, "ik ben 84", "van 3": a number beside these words may name a child or an elder. */
const ageBefore = new Set(['ben', 'is', 'van', 'am', 'of', 'aged', 'zijn', 'was', 'wordt']);

/**
 * True when every word of the normalised message is in `known` (a number counts as known
 * unless it may be an age). The clause marker is no word.
 */
export function onlyKnownWords(normalised: string, known: ReadonlySet<string>): boolean {
  const words = normalised.split(' ').filter((word) => word !== clauseMarker && word !== '');
  return words.every((word, index) => {
    if (/^[0-9]+$/.test(word)) return !ageBefore.has(words[index - 1] ?? '');
    return known.has(word);
  });
}

/** A danger word: fire, gas, electricity, a collapse, violence, a weapon, the police. */
const dangerWords = re`(?:brand|brandt|fik|vlam|vlamen|vuur|rokmelder|alarm|gas|gaslucht|koolmonoxide|co|cv|ketel|geiser|kortsluiting|strom|stopcontact|vonk|vonken|vonkt|elektriciteit|ingestort|instorten|stort|explosie|ontploft|overstromd|slat|sla|geslagen|schopt|schopen|dreigt|dreigen|bedreigt|bedreigd|wapen|bijl|knupel|vecht|vechten|ruzie|bos|woedend|agresief|geweld|bloed|bloedt|gewond|pijn|bet|gebeten|bijt|aangevalen|stekt|vermord|politie|agent|wijkagent|112|fire|smoke|gas|carbon|monoxide|sparks|electric|colapse|colapsed|hit|hits|threat|threatens|threatened|knife|gun|blod|bleding|police|angry|fight|fighting)`;

/** A person in danger: unwell, unconscious, not breathing, fallen, not seen, not answering. */
const personInDanger = re`(?:flauw|flauwgevalen|bewusteloos|adem|ademt|benauwd|stikt|geen lucht|duizelig|miselijk|hofdpijn|suf|ziek|zieke|ziekenhuis|ambulance|gevalen|valt|hoest|hoesten|astma|longen|verkouden|koorts|niet gezien|niet mer gezien|al (?:[a-z0-9]+ )?dagen|dagen niet|doe[tn]? (?:ze |hij |zij )?niet open|geen reactie|om hulp|help|unconscious|breathe|breathing|dizy|fainted|fallen|hospital|cough|coughing|asthma|sick|not seen|havent seen|no answer)`;

/**
 * No answer: a neighbour or a relative who does not react may be lying unwell. Only a landlord, a
 * housing association or the municipality that does not answer is everyday.
 */
const noAnswer = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:reageert niet|reageren niet|geen reactie|no answer|not answering)\b`,
  ),
);
const landlord = new RegExp(
  collapseRegexSource(
    String.raw`\b(?:huisbaas|verhuurder|eigenaar|woningcorporatie|corporatie|woningbouw|woningstichting|huurcommissie|gemeente|vve|landlord|owner|housing|council|municipality)\b`,
  ),
);

/** Despair, one's own life, fear and cries. */
const despair = re`(?:${deathTerm}|dod|leven|zelfmord|hopelos|wanhopig|zinlos|zin|kan (?:het |dit )?niet mer|wil (?:het |dit )?niet mer|trek (?:het |dit )?niet|hou (?:het |dit )?niet|houd (?:het |dit )?niet|ben (?:er )?op|ben ik op|klar|einde|gek|kapot|bang|angst|durf|durven|eng|onveilig|schreuw|schreuwt|schreuwen|gil|gilt|gilen|huil|huilt|huilen|krijst|bonk|bonken|bonst|bonzen|gebonk|klap|knal|dead|dying|life|suicide|hopeles|desperate|cant cope|cant take|scared|afraid|fear|unsafe|screaming|screams|crying|insane)`;

/** A means: pills, poison, a rope, a knife. */
const means = re`(?:${pillsNl}|${pillsEn}|${poison}|medicijnen|tabletten|touw|strop|mes|rope)`;

/** A child or an elder, in a word or an age. */
const childOrElder = re`(?:${householdMember}|kind|kindje|kids|babys|peuter|kleuter|kleuters|zontje|dochtertje|jongen|jongens|meisje|meisjes|tiener|puber|tweling|zwanger|bejaard|bejaarde|oud|oude|dementie|rolator|child|baby|toddler|boy|girl|old|elderly|pregnant|ben [0-9]+|van [0-9]+)`;

/** Acute time: now, just now, tonight, today, at once. */
const acuteTime = re`(?:nu|net|zojuist|metteen|direct|spoed|dringend|snel|gauw|vandag|vanavond|vanacht|op dit moment|gisteren|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|now|right now|tonight|today|urgent|urgently|immediately|asap|yesterday)`;

const keeps = new RegExp(
  collapseRegexSource(
    String.raw`\b${re`(?:${dangerWords}|${personInDanger}|${despair}|${means}|${childOrElder}|${acuteTime})`.source}\b`,
  ),
);

/**
 * True when the message holds what keeps the check whatever else it tells: a danger word, a
 * person in danger, despair, a means, a child or an elder, or acute time words.
 */
export function keepsCheck(normalised: string): boolean {
  if (noAnswer.test(normalised) && !landlord.test(normalised)) return true;
  return keeps.test(normalised);
}
