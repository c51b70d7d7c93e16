import { collapseRegexSource, re } from './crisisRule.js';
import {
  acuteTime,
  dangerWords,
  landlord,
  means,
  noAnswer,
  personInDanger,
} from './everydayGate.js';
import { deathTerm } from './rules/lexicon.js';

/**
 * The second signal a model-only soft check on a first message needs (docs/adr/0012-safety-net.md,
 * session 24, help24). The concern model alone asks "bent u in gevaar?" at the first message of
 * about one Dutch help question in nine on the dev kaarten, most of them a strain told plainly
 * (a carer at the end of her strength, envelopes left unopened, a neighbour's smoke, a toddler's
 * tantrum), in words the model shares with the weakest crises. A soft check that no word of
 * danger backs waits for a second signal: a word here in the same message, or a second weak
 * message (the concern the message adds is kept, so the build-up asks at the next one).
 *
 * A cue is anything that names danger, however weakly: a danger word, a person in danger, a
 * means (pills, poison, a rope, a knife, a weapon, petrol, a train, a bridge, a height), death, an
 * end or no way out, fear, a cry heard, acute time, a young child, someone not answering. Ordinary
 * strain ("ik ben op", "ik kan niet meer", "ik trek het niet", "ik ben er klaar mee", "ik durf
 * niet") is no cue on its own: it is what the help questions tell, and the model still reads it.
 */

/** Death, an end, no way out, a farewell. */
const ending = re`(?:${deathTerm}|dod|doden|zelfmord|suicide|suicidal|hopelos|wanhopig|zinlos|geen zin mer|nergens zin|geen uitweg|geen toekomst|einde aan|afscheid|testament|niemand mist|niemand zou|er niet mer zijn|weg willen|verdwijnen|stopen met alles|wil dat het stopt|laten stopen|mag het stopen|nothing left|no point|no way out|hopeles|desperate|goodbye|end it|give up|gave up|kill|killed|killing|myself|mezelf|zelf iets|iets andoen|pletter)`;

/** Fear, danger felt, a threat, a cry heard. */
const fear = re`(?:bang|angst|angstig|doodsbang|eng|onveilig|veilig|gevar|gevaarlijk|dreig|dreiging|schreuw|schreuwt|schreuwen|gil|gilt|gilen|krijst|scared|afraid|fear|unsafe|safe|danger|dangerous|screaming|screams)`;

/** A means beyond the gate's own list: a weapon, petrol, a train, a bridge, a height, a car as one. */
const moreMeans = re`(?:wapen|dienstwapen|pistol|geweer|vuurwapen|benzine|jerycan|aansteker|trein|spor|brug|viaduct|flat af|dak af|springen|spring|sprong|snijden|snij|gesneden|krasen|krast|overdosis|od|weapon|pistol|rifle|petrol|gasoline|lighter|train|tracks|bridge|jump|cut|cutting|overdose|blade|razor)`;

/** A young child, who cannot keep themselves safe. */
const youngChild = re`(?:baby|babys|babytje|peuter|peuters|kleuter|kleuters|kindje|kindjes|zuigeling|pasgeboren|toddler|infant|newborn)`;

/** Not waking, not breathing, not answering. */
const notResponding = re`(?:niet wakker|wordt niet wakker|not waking|wont wake|not breathing|not responding)`;

/** Acute beyond the gate's own time words: just, minutes ago, last night, put out on the street. */
const moreAcute = re`(?:just|geleden|ago|minuten|minutes|gisteravond|vanochtend|vanmorgen|last night|this morning|op stra?t gezet|buiten gezet|kicked out|thrown out)`;

/** Violence beyond the gate's own words: thrown, kicked, smashed, locked in, bruised. */
const moreViolence = re`(?:smijt|smet|gooit|gooide|trapt|trapte|kicking|kicked|kicks|smashed|smash|threw|throws|punched|punch|pinched|slapped|beat|beats|beaten|black and blue|bont en blauw|blauwe plekken|bruises|bruised|tegen de mur|against the wal|opgesloten|sluit (?:me|mij) op|locks|locked|wraak|revenge|lijstje|lijst met namen|list of names)`;

/** A body in trouble beyond the gate's own words: still, eyes shut, shaking, a birth, under water. */
const moreBody = re`(?:ogen niet open|ligt stil|lies stil|not moving|beweegt niet|scheef|trilt|trilen|shaking|verward|onzin|confused|stuip|stuipen|seizure|fit|bevalen|bevalt|persen|weeen|contractions|bloeding|went under|kopje onder|onder water|verdrink|verdrinkt|drown|drowning|hangt dor|kraakt|scheurt|vermist|missing|weet niet (?:mer )?wa?r (?:ze|hij|ik) is)`;

const cue = new RegExp(
  collapseRegexSource(
    String.raw`\b${re`(?:${dangerWords}|${personInDanger}|${means}|${moreMeans}|${ending}|${fear}|${acuteTime}|${moreAcute}|${moreViolence}|${moreBody}|${youngChild}|${notResponding})`.source}\b`,
  ),
);

/** True when the normalised message carries a cue of danger that backs a model-only soft check. */
export function carriesDangerCue(normalised: string): boolean {
  if (noAnswer.test(normalised) && !landlord.test(normalised)) return true;
  return cue.test(normalised);
}
