import type { CrisisRule } from '../crisisRule.js';
import { acuteNowSuicide } from './acuteNow.js';
import { unforeseenNowSuicide } from './unforeseenNow.js';
import { re } from '../crisisRule.js';
import { acuteEdgeSuicide } from './acuteEdge.js';
import { toldIndirectlySuicide } from './toldIndirectly.js';
import { deathOrDoingIt, painless, painlessEveryday } from './painlessWay.js';
import {
  affairsEveryday,
  affairsInOrder,
  endNamed,
  eventOrPlace,
  funeralEveryday,
  goingSomewhere,
  jumpInnocentEn,
  knowsHow,
  ownFuneral,
  planned,
  taskNamed,
  thoughtsOfJumpingEn,
  stoodThinkingOfJumpingEn,
  jumpSportEn,
  timeHasCome,
  wishNeverToHaveBeen,
  wishToGo,
  youngSign,
} from './weakCrises.js';
import {
  childsConductMustStop,
  lockedOneselfIn,
  lockInMeans,
  someoneElseInLockIn,
} from './ordinaryWorries.js';
import {
  deathFigureOfSpeech,
  deathTerm,
  dyedThing,
  edgeInnocent,
  lookingDownAtAThing,
  edgeNow,
  hitVerb,
  hitVerbEn,
  householdMember,
  hypotheticalGeneric,
  informationalContext,
  toldFromMedia,
  knifeDutch,
  overdoseTaken,
  pastAndWell,
  pastAndWellInMessage,
  reflexive,
  wishTerm,
  youngChild,
} from './lexicon.js';
import { endOfLifeCare, oldScars, othersSelfHarmKnown } from './elsewhereSetting.js';
import {
  doseAsPrescribed,
  resupplyOnly,
  everyPill,
  pillsEn,
  pillsNl,
  pillsPluralNl,
  pillsTaken,
  poison,
  saidToBeReal,
} from './swallowedMeans.js';
import { explosive, intentOrNow, meansEveryday, meansForSelf, turnedOnSelf } from './weapons.js';
import { heavyVehicleNl } from './vehicles.js';
import { cutOnSomething, lastMessageInAGroup, quotedWarning } from './everydaySetting.js';
import { noFoodOrDrink } from './danger.js';
import {
  finishIt,
  inDespair,
  jobOrAnimalFinished,
  othersMeansAtHand,
  othersMeansWithDeathWish,
  othersWishBesideMeans,
} from './othersMeans.js';
import { animal } from './animals.js';
import {
  endItVerbLast,
  endsOwnLifeEn,
  groupInGeneral,
  guidedDying,
  notLiveThirdPersonEn,
  notLiveVerbLast,
  saidAsAJoke,
  wishesOwnDeathEn,
} from './othersDeathWish.js';
import { trafficWishEn, trafficWishNl } from './trafficWish.js';
import {
  disappearForGoodEn,
  everydayHereInMessage,
  notBeHereEn,
  prayNotWakeEn,
  wakingEveryday,
} from './ownPassiveWishEn.js';
import { personNoun } from './emergencyScenes.js';
import { notSaidByAnother } from './wishedDead.js';
import {
  belongingsGiven,
  farewellBeside,
  farewellSaid,
  farewellSaidEveryday,
  givingAwayEveryday,
} from './farewellSigns.js';

/**
 * What takes back a relative's wish beside a means, in both rules that read one: a question or a
 * lesson about it, a case in general, a film or the news, a past now well, a dose as prescribed.
 */
const othersWishGuards: readonly RegExp[] = [
  informationalContext,
  hypotheticalGeneric,
  toldFromMedia,
  pastAndWell,
  doseAsPrescribed,
];

/**
 * "dood" as the state of someone else who died, in the order of a subordinate clause: "(sinds) mijn
 * man dood is", "(nu) mama dood was", "(toen) onze hond dood ging". A negative lookahead that looks
 * back: at such a "dood" the death word of suicide.death-wish does not start. Only "dood" right
 * after a word for a person or a pet and right before the verb: "mijn man wil dood", "mijn vader
 * dood wil" and "ik wou dat ik dood was" are not this.
 */
const someoneElseDied = re`(?!(?<=\b(?:${householdMember}|buurman|buurvrouw|collega|vriend|vriendin|hond|kat|poes) )dood (?:is|was|zijn|waren|ging|gingen|gegaan)\b)`;

/**
 * A death word that is someone else's threat against the writer ("hij maakt mij dood als ik ga",
 * "ze gaat me dood maken", "dat hij me dood maakt"): abuse.threat-to-kill reads it; it is no death wish of the writer's, and
 * read as one it put 113 before Veilig Thuis (session 15). Any other death word still counts.
 * Session 25 (frames25, ADR 0012): by its structure, not by the words right before it. A killing
 * verb ("doodmaken", "dood (te) maken/slaan/schieten/steken", "doden") whose object is the writer
 * (me, mij, ons) with up to three words between ("dat hij me zou doodmaken", "dat hij ons allemaal
 * gaat doden", "dreigde me dood te slaan"), and "dood" after a killing or wanting verb with the
 * writer as its object ("hij wil me dood", "ze slaat ons nog dood"). The killing verb only after
 * someone else named as the subject (hij, ze, "mijn ex", "de man") with no "ik" between: "ik
 * wil me dood maken", "elke dag denk ik om mij te doden" stay a death wish, however put; nor
 * "mezelf" (always one's own).
 */
const someoneElseAsSubject =
  /(?:hij|zij|ze|die|he|she|they|(?:mijn|mn|zijn|zn|haar|onze|hun|de|die|een) (?!(?:dood|leven)\b)[a-z]+)/;
const killingVerb =
  /(?:doodmaken|doodmaakt|dood (?:[a-z]+ ){0,2}?(?:te )?(?:maken|maakt|maak|slaan|slaat|schieten|schiet|steken|steekt|trappen|trapt|schoppen|schopt|rijden|rijdt)|doden)\b/;
/**
 * Whom the threat is against (session 25, review25): the writer, or someone else of the household
 * ("dat hij mama zou doodmaken", "dat hij mijn moeder gaat doodmaken", "dat hij haar gaat doden"):
 * a threat to a third is no death wish of the writer's either, and read as one it put 113 first or
 * left Veilig Thuis out. Never "zich" or "zichzelf": one's own.
 */
const threatened = re`(?:me|mij|ons|mama|papa|de kinderen|haar|hem|(?:mijn|mn|onze) ${householdMember})`;
const threatenedDeath = re`(?<!\b(?:maakt|maken|gaat|gaan|hij|zij|ze) (?:mij|me|ons) )(?!(?<=\b${someoneElseAsSubject}(?: (?!(?:ik|mezelf)\b)[a-z]+){0,8}? ${threatened}(?: (?!(?:ik|mezelf)\b)[a-z]+){0,3} )${killingVerb})(?!(?<=(?<!\bik )\b(?:maakt|maken|maak|slaat|slaan|schiet|schieten|steekt|steken|wil|wilt|willen|wenst|wensen) ${threatened}(?: (?!(?:ik|mezelf)\b)[a-z]+){0,2} )dood\b)`;

/**
 * Words of separating: a divorce, a break-up and what the two arrange after it ("wat we moeten
 * regelen"; not "zij wil alles regelen", which may be putting affairs in order).
 */
const separating =
  /(?:scheiden|scheiding|gescheiden|uit elkaar|relatie|huwelijk|samenwonen|alimentatie|omgangsregeling|ouderschapsplan|co ouderschap|advocaat|mediator|mediation|verdelen|boedel|verhuizen|verliefd|(?:we|wij) (?:[a-z]+ ){0,2}(?:moeten|moet) regelen|moeten (?:we|wij) (?:[a-z]+ ){0,2}regelen)/;

/**
 * A partner who "wil niet meer verder" in a story about separating (twentieth round,
 * docs/adr/0012-safety-net.md): Dutch says so of a relationship that ends ("mijn vrouw wil niet
 * meer verder, we moeten het huis verdelen"). Read as a lookahead at suicide.not-go-on's "wil":
 * only a partner right before it, and only with a word of separating anywhere in the clause.
 * "mijn man wil niet meer verder" on its own, or with words of dying, stays a crisis.
 */
const partnerEndsRelationship = re`(?!(?<=\b(?:mijn|mn|m|onze) (?:vrouw|man|partner|vriend|vriendin|echtgenoot|echtgenote|verloofde|verloofd) )(?:(?<=\b${separating}\b[^.]*)|(?=[^.]*\b${separating}\b))wil (?:echt )?(?:niet|nie) meer verder\b)`;

/**
 * "ik wil dat het stopt" said of a nuisance (docs/adr/0012-safety-net.md, twenty-fourth round): the
 * message names a noise, building work, a leak, letters or calls, a quarrel or a dispute ("de buren
 * boren elke ochtend, ik wil dat het stopt", "the drilling next door, I want it all to stop"), often
 * in the sentence before, and nowhere a word of the writer's own life, pain, tiredness or emptiness,
 * of a night to come or of a means. Read over the whole message, and only when the wish to stop is
 * the rule's one phrase: "zie geen uitweg meer" is never a nuisance's. The concern model still reads
 * the message. "ik wil dat het stopt, ik ben zo moe van alles" and "ik wil dat het ophoudt. Alles."
 * (no nuisance named) stay crises.
 */
const nuisanceMustStop = new RegExp(
  String.raw`^(?!.*\b(?:zie geen uitweg|geen uitweg meer|see no way out)\b)(?=.*\b(?:lawaai|bouwlawaai|herrie|kabaal|geluid|geluidsoverlast|overlast|boren|boort|geboor|blaft|blaffen|geblaf|muziek|feest|feesten|gefeest|feestje|verbouwing|bouw|sloop|steiger|lekkage|lekt|drupt|spam|reclame|telefoontjes|aanmaning|aanmaningen|incasso|brieven|ruzie|ruzies|burenruzie|gedoe|conflict|gekibbel|gezeur|erfenis|brommers|scooters|vuurwerk|stank|parkeerplek|parkeerplaats|vereniging van eigenaren|vve|noise|drilling|barking|music|party|parties|construction|renovation|leak|leaking|calls|letters|arguing|argument|arguments|quarrel|quarrels|dispute|feud)\b)(?!.*\b(?:leven|leef|bestaan|dood|sterven|pijn|moe van|zo moe|leeg|kan (?:het |dit )?niet meer|wil niet meer|trek het niet|hou het niet|houd het niet|voorgoed|voor altijd|hoofd|gedachten|stemmen|hel|niemand|pillen|touw|springen|mezelf|mijzelf|ik ook|zelfmoord|uitweg|wakker|vannacht|life|living|alive|dead|to die|wanna die|pain|tired of|empty|(?:cant|cannot) (?:go on|take|do this)|forever|head|thoughts|voices|nobody|pills|rope|myself|end it|tonight)\b)`,
);

/**
 * Poison drunk by the writer (twenty-fifth round, docs/adr/0012-safety-net.md): "ik heb gif
 * gedronken", "i drank bleach". Read by suicide.overdose-taken beside pills: danger.poisoning gives
 * 112, this gives 113 beside it. Not by accident and not a child's, before or after in the clause
 * (those are for 112 alone); the pills of suicide.overdose-taken keep no such guard.
 */
const byAccidentOrChild =
  /(?:per ongeluk|per vergissing|by accident|accidentally|by mistake|kind(?! of\b)|kindje|zoontje|dochtertje|peuter|kleuter|child|toddler)/;
const poisonDrunk = re`(?<!\b${byAccidentOrChild}\b[^.]*)\b(?:(?:ik heb|heb ik|heb) (?:[a-z]+ ){0,2}${poison} (?:[a-z]+ )?(?:gedronken|geslikt|ingeslikt|opgedronken|ingenomen)|i (?:just |have |ve )?(?:drank|drunk|swallowed) (?:[a-z]+ )?${poison})\b(?![^.]*\b${byAccidentOrChild}\b)`;

/**
 * A young child at an edge, with no word of jumping in the clause (twenty-sixth round): danger,
 * 112 alone ("a little boy standing on the ledge of the car park"); suicide.jump's reading of an
 * edge (edgeNow) is for a writer or someone older. Anchored: it reads one clause.
 */
/**
 * A pet that jumps from a roof, a gutter or a balcony, with no person in the clause ("de kat zit in
 * de dakgoot en springt zo naar beneden"): no one at the edge (session 17).
 */
const animalJumps = re`^(?![^.]*\b(?:ik|hij|zij|iemand|mezelf|zichzelf|${personNoun})\b)(?=[^.]*\b(?:de|het|onze|ons|mijn|mn|een|die|the|our|my|a) ${animal}\b)`;

/**
 * Medicine laid out for the days ahead (session 17): "zijn pillen klaargelegd voor de hele week",
 * "voor morgen", "de nieuwe dosering". Never beside all of them at once, a death word or an end.
 */
const dosesLaidOut =
  /^(?![^.]*\b(?:alle|allemaal|in een keer|tegelijk|dood|niet meer|eind|einde|afscheid|zelfmoord|all of them|at once|to die|end it)\b)(?=[^.]*\b(?:voor (?:de (?:hele )?|deze |volgende |komende )?week|voor morgen|voor vannacht|dosering|weekvoorraad)\b)/;

const youngChildAtTheEdge = re`^(?![^.]*\b(?:springen|spring|springt|jump|jumping)\b)(?=[^.]*\b${youngChild}\b)`;

/**
 * Food or drink refused in order to die (thirtieth round, docs/adr/0012-safety-net.md): "wil geen
 * hap of slok meer, zo wil hij heengaan", "stopped eating on purpose, i want my body to give up".
 * Palliative care that guides it is the doctor's, not a crisis line's.
 */
const refusedToDie =
  /\b(?:wil|wilt|wou|wants?|wanted)\b(?:(?!\b(?:niet|nie|not|geen)\b)[^.]){0,25}\b(?:sterven|dood|doodgaan|heengaan|overlijden|die)\b|\b(?:body|lichaam)\b[^.]{0,15}\b(?:give up|gives up|opgeven|op geven|stopt|stops)\b|\b(?:expres|met opzet|on purpose|deliberately)\b/;

/** "dood gaan van de honger" and a joke about it: a figure of speech (thirtieth round). */
const hungerFigureOrJest = /\b(?:van (?:de )?honger|grap[a-z]*|haha|hihi|lol)\b/;

/** Dying guided by a doctor, or not eating to lose weight or to fast: no crisis line's. */
const guidedDyingOrFasting =
  /\b(?:palliatie[a-z]*|hospice|versterven|euthanasie|huisarts begeleidt|begeleid door|doctor is guiding|palliative|afvallen|af te vallen|afslanken|dieet|vasten|ramadan|lose weight|diet|dieting|fasting)\b/;

/**
 * The Dutch "zo kan ik niet verder leven" with the verb before "ik" (suicide.not-live reads "ik kan
 * zo niet verder leven") and "stop ik liever met leven" (thirtieth round): words for life ending
 * that no rule read when the sentence starts with something else.
 */
const notLiveInverted =
  /\b(?:kan|wil) ik (?:zo |dan |echt )?(?:niet|nie) (?:meer )?verder (?:leven|leef)\b|\b(?:stop|stoppen) (?:ik )?(?:liever |gewoon )?met leven\b/;

/** Intimate pictures by name (thirtieth round). */
const intimatePictures =
  /(?:naakt ?(?:foto|fotos|filmpje|filmpjes|video|beeld|beelden)|naaktfoto|naaktfotos|blote fotos|nudes|nude (?:pics|photos|pictures)|naked (?:pics|photos|pictures)|pikante fotos|seksfilmpje|sexy fotos|intieme fotos)/;

/** A demand with a threat: "anders", "unless", "dreigt", "eist", blackmail. */
const coercion =
  /(?:anders|unless|or else|dreigt|dreigen|threaten[a-z]*|eist|eisen|demands?|demanding|afgeperst|afpersen|chanteert|chantage|blackmail[a-z]*)/;

/**
 * Intimate pictures used as a threat (thirtieth round): "naaktfotos ... anders", "blackmailing me
 * with my nudes", "eist nieuwe fotos anders gaan de oude online", "dreigt mijn fotos te
 * verspreiden", "anders zet hij mijn naaktfotos online". Pictures that are not named intimate
 * count only with a demand or a threat beside them, and a threat counts only to spread them. Shared with abuse.sextortion.
 */
export const sextortionThreat = re`\b(?:${intimatePictures}\b[^.]{0,80}\b${coercion}|${coercion}\b[^.]{0,40}\b${intimatePictures}|(?:my pics|mijn fotos|meer fotos|nieuwe fotos|more pics|more photos|send more)\b[^.]{0,80}\b(?:anders|unless|or else)\b[^.]{0,40}\b(?:online|rond|verspreid[a-z]*|delen|deelt|sturen|stuurt|send|share|post|leak|everyone|iedereen|klas|school|ouders|parents)|(?:meer fotos|nieuwe fotos|more pics|more photos)\b[^.]{0,20}\b(?:eist|eisen|demands?|demanding)|(?:eist|eisen|demands?|demanding)\b[^.]{0,20}\b(?:meer fotos|nieuwe fotos|more pics|more photos)|(?:blackmail[a-z]*|sextort[a-z]*|afgeperst|afpersen|chanteert|chanteren|chantage)\b[^.]{0,60}\b(?:${intimatePictures}|fotos|foto|filmpje|video|pics|photos|pictures|images)|(?:dreigt|dreigen|threaten[a-z]*|eist|eisen|demands?|demanding)\b[^.]{0,40}\b(?:${intimatePictures}|(?:fotos|foto|filmpje|filmpjes|video|pics|photos)\b[^.]{0,20}\b(?:verspreiden|delen|sturen|posten|online|rond|send|share|post|leak)))\b`;

/** "rather die" and its Dutch, read only beside a sextortion threat: alone it is often a figure of speech. */
const ratherDie =
  /\b(?:rather (?:die|be dead)|liever dood|wil (?:dan |liever )?dood|wil (?:gewoon )?verdwijnen)\b/;

/**
 * Suicidality and self-harm, for the writer or for someone they worry about → 113
 * Zelfmoordpreventie. A miss here can cost a life; a false alarm costs a calm message with a phone
 * number. When in doubt, a rule stays broad and the near-miss set decides which guard it needs.
 */
export const suicideRules: readonly CrisisRule[] = [
  // Session 18 (weakCrises.ts): crises the concern model reads weakly out of fold, one concept
  // each. A wish never to have been, without "geboren"; a place or an event is "er" then.
  {
    id: 'suicide.wish-never-to-have-been',
    kind: 'suicide',
    pattern: re`\b${wishNeverToHaveBeen}\b`,
    unless: [re`\b${eventOrPlace}\b`],
  },
  // An old person's time has come, beside a wish to go; a walk, a move or retirement is not.
  {
    id: 'suicide.time-to-go',
    kind: 'suicide',
    pattern: re`\b${timeHasCome}\b`,
    with: [re`\b${wishToGo}\b`],
    unless: [re`\b${goingSomewhere}\b`],
  },
  // Thoughts of jumping from a height, in English; water, a ship or a sport is no height.
  {
    id: 'suicide.thinks-of-jumping-en',
    kind: 'suicide',
    pattern: re`\b${thoughtsOfJumpingEn}\b`,
    unless: [re`\b${jumpInnocentEn}\b`],
  },
  // A young person's own funeral planned; an old person's arrangements or a lesson are not.
  {
    id: 'suicide.own-funeral-planned',
    kind: 'suicide',
    pattern: re`\b${ownFuneral}\b`,
    with: [re`\b${planned}\b`, re`\b${youngSign}\b`],
    unless: [re`\b${funeralEveryday}\b`],
  },
  // Affairs put in order beside the end named; a move, a job or a trip is an everyday reason.
  {
    id: 'suicide.affairs-in-order',
    kind: 'suicide',
    pattern: re`\b${affairsInOrder}\b`,
    with: [re`\b${endNamed}\b`],
    unless: [re`\b${affairsEveryday}\b`],
  },
  // "ik weet al hoe ik het ga doen": a plan told without its object; a task named is that task.
  {
    id: 'suicide.knows-how',
    kind: 'suicide',
    pattern: re`\b${knowsHow}\b`,
    unlessInMessage: [re`\b${taskNamed}\b`],
  },
  // The words themselves, in every spelling residents use: zelfmoord, zelf moord, zelfmord,
  // zelfmoort, suïcidaal, suicide, suiside. A mention is enough: someone asking about it for a friend
  // is exactly the "worried about another person" case 113 is there for. The organisation's own name
  // (zelfmoordpreventie, suicide prevention) is not: volunteers and students write it.
  {
    id: 'suicide.word',
    kind: 'suicide',
    pattern:
      /\b(?:zelf ?moor[dt](?! ?preventie)|zelfdoding|sui[cs]id(?![a-z]*preventie)[a-z]*(?! prevention)|levensmoe|doodswens|doodsgedachten?|self ?harm[a-z]*|zelfbeschadiging)/,
    // Thirty-first round: a warning quoted from a pill box or a leaflet, in the whole message (its
    // colon ends the clause), unless the writer says a crisis of their own now.
    unlessInMessage: [pastAndWellInMessage, hypotheticalGeneric, quotedWarning],
    unless: [informationalContext, pastAndWell],
  },
  // "ik wil dood", "ikwil dood", "wil echt dood", "ik wil d00d": the plainest way to say it. No
  // leading word boundary, so a missing space ("ikwil") still matches.
  {
    id: 'suicide.want-dead',
    kind: 'suicide',
    pattern:
      /wil(?:t|de|len)? (?:(?:echt|gewoon|graag|zo graag|liever|het liefst|nu|gwn|eigenlijk) )?(?:dood\b(?! (?:van|aan|gewoon|normaal)\b)|sterven\b(?! van))/,
  },
  // Subordinate word order, usually about someone else: "dat hij dood wil", "omdat ik dood wil".
  {
    id: 'suicide.dead-want',
    kind: 'suicide',
    pattern: /\bdood (?:wil|wilt|wilde|willen)\b/,
  },
  // "ik wil mij dood maken", "ik maak mezelf dood": Dutch as a second language often says it so.
  {
    id: 'suicide.make-self-dead',
    kind: 'suicide',
    // Not with "hij", "zij", "ze" or a household member as the subject ("hij gaat me dood maken", "ze wil mij dood
    // maken"): a threat against the writer, for abuse.threat-to-kill (session 15).
    pattern: re`\b(?:(?<!\b(?:hij|zij|ze|${householdMember}) (?:[a-z]+ ){0,2})(?:mij|me)|mn eigen|mijn eigen|${reflexive}) ?dood ?(?:maken|maak|te maken)\b`,
  },
  // "ik wil niet meer leven", "ik kan zo niet verder leven", "k wil nie meer leef".
  {
    id: 'suicide.not-live',
    kind: 'suicide',
    pattern:
      /\b(?:wil|wilt|wilde|kan|kun|wou)(?: zo)?(?: echt)? (?:niet|nie|ni) (?:meer )?(?:verder )?(?:leven|leef|leve|lefen|lven)\b/,
  },
  // "ik wil er niet meer zijn", "wil niet meer bestaan". "niet meer alleen zijn" does not match:
  // nothing may stand between "meer" and "zijn".
  {
    id: 'suicide.not-be-here',
    kind: 'suicide',
    pattern:
      /\b(?:wil|wilt|wilde|wou)(?: er)?(?: gewoon| liever| echt)? (?:niet|nie) meer (?:zijn|bestaan|hier zijn)\b/,
  },
  // "slapen en nooit meer wakker worden": a common indirect way to say it. Session 17: the writer
  // with the verb first, as after a time ("morgen word ik niet meer wakker"); not woken "van" or
  // "door" something (the alarm that no longer wakes one). "hij wordt niet meer wakker" is someone
  // unconscious now (danger.wont-wake), not a wish. The English of a plan: "enough to never wake
  // up", "never wake up again" ("i never wake up before nine" is a habit and stays).
  {
    id: 'suicide.never-wake',
    kind: 'suicide',
    pattern:
      /\b(?:(?:nooit|niet|nie) meer wakker (?:worden|te worden)|word (?:ik )?(?:nooit|niet|nie) meer wakker(?! (?:van|door)\b)|(?:to|so i) never wake up|never to wake up|never wake up again)\b/,
  },
  // "het leven heeft geen zin meer", "geen zin meer in het leven", "het leven is zinloos".
  {
    id: 'suicide.life-pointless',
    kind: 'suicide',
    pattern:
      /\b(?:geen zin (?:meer )?(?:in|om te) (?:het |mijn |dit )?leven|leven (?:heeft|is) (?:[a-z]+ ){0,3}(?:geen zin|zinloos)|leven (?:[a-z]+ )?(?:geen zin|zinloos) (?:meer )?(?:heeft|had|is|was))\b/,
  },
  // "iedereen is beter af zonder mij".
  {
    id: 'suicide.better-off-without-me',
    kind: 'suicide',
    pattern: /\b(?:beter af zonder (?:mij|me)|better off without me)\b/,
  },
  // "er een einde aan maken", "er een punt achter zetten": with "er" and no object the "it" is life.
  // "een einde aan mijn schulden" has an object and does not match.
  {
    id: 'suicide.end-it',
    kind: 'suicide',
    pattern:
      /\ber (?:een |n )?(?:eind|einde|punt) (?:aan|achter) (?:te )?(?:maken|maak|maakt|zetten|zet)\b/,
  },
  // "een einde aan mijn/zijn leven maken", "een punt achter mijn leven zetten".
  {
    id: 'suicide.end-life',
    kind: 'suicide',
    pattern:
      /\b(?:eind|einde|punt) (?:maken |zetten )?(?:aan|achter) (?:mijn|mn|zijn|zn|haar|dr|je|het|zijn eigen|haar eigen|mijn eigen) leven\b/,
  },
  // "het leven" with an ending: "om het leven brengen", "van het leven beroven", "afscheid nemen van
  // het leven", "stoppen met leven", "het leven zat/moe zijn", "klaar met het leven".
  {
    id: 'suicide.leave-life',
    kind: 'suicide',
    pattern:
      /\b(?:om het leven (?:[a-z]+ )?(?:te )?(?:brengen|breng|brengt)|van het leven (?:[a-z]+ )?(?:te )?(?:beroven|beroof|beroofd)|afscheid (?:[a-z]+ ){0,3}van het leven|stope?n? met (?:het )?leven|stope?n? met alles\b(?! (?:wat|dat|die)\b)|(?:mijn|mn) leven (?:mag|moet|mocht) (?:[a-z]+ )?(?:stoppen|ophouden|eindigen|over zijn)|(?:mijn|mn|zijn|zn|haar) leven (?:[a-z]+ )?(?:beeindigen|beeindig|eindigen|stopzetten)|geen (?:reden|zin|puf|kracht) (?:meer )?(?:om|in) (?:te |het )?leven|no reason to live|niemand zou (?:me|mij) missen|(?:het|dit) leven (?:zat|moe|beu)|klaar met (?:het leven|leven|alles\b(?! (?:inpakken|regelen|voor|van|wat|op|in)\b))|ending (?:my|his|her) (?:own )?life)\b/,
    unless: [
      pastAndWell,
      /(?=[^.]*\b(?:vorig jaar|vorige maand|geleden|destijds)\b)\b(?:heeft|hebben) zich\b[^.]*\bberoofd\b/,
    ],
  },
  // "het heeft allemaal geen zin meer": without "om"/"in" after it, "it" is everything.
  {
    id: 'suicide.no-point',
    kind: 'suicide',
    pattern:
      /\b(?:het|alles|niks|niets)\b (?:heeft )?(?:[a-z]+ ){0,2}?geen zin meer\b(?! (?:om|in|te|als|met|voor|bij)\b)/,
  },
  // "het is beter als ik er niet meer ben", "wie zorgt er voor ze als ik er niet meer ben".
  {
    id: 'suicide.better-gone',
    kind: 'suicide',
    pattern:
      /\bbeter\b[^.]{0,30}\b(?:als|wanneer|dat) (?:ik|hij|ze|zij) (?:er )?(?:niet meer|niet) (?:ben|is|was|zou zijn|besta|bestaat)\b/,
  },
  // "ik wil verdwijnen", "ik wil hem achterna" (following someone who died).
  {
    id: 'suicide.disappear',
    kind: 'suicide',
    pattern:
      /\b(?:(?:wil|beter|liever)\b (?:[a-z]+ ){0,2}(?:voor altijd |gewoon )?verdwijnen\b(?! (?:uit|naar|van|uit deze)\b)|(?:wil|ga|wilt) (?:hem|haar|ze|mijn [a-z]+|mn [a-z]+) achterna|(?:hem|haar|ze) achterna (?:wil|wilt|ga|gaan|te gaan)|want to disappear forever)\b/,
  },
  // Preparing a method: a rope bought, pills lying ready. Session 17: "the rope is ready", "the
  // noose is tied".
  {
    id: 'suicide.means-ready',
    kind: 'suicide',
    pattern:
      /\b(?:touw (?:[a-z]+ )?(?:gekocht|klaar|klaargelegd|opgehangen)|(?:pillen|tabletten|medicijnen|touw|mes)\b (?:[a-z]+ ){0,2}(?:klaar|klaargelegd|klaar gelegd)|(?:bought|got) a rope|(?:the |a |my )?(?:rope|noose) (?:is |was )?(?:all )?(?:ready|tied|hanging ready|up in the [a-z]+))\b/,
    // Thirty-fifth round: a rope bought to climb, sail or hang a hammock. Session 17: pills laid
    // out for the week or waiting at the pharmacy (meansEveryday, doseAsPrescribed, dosesLaidOut).
    unless: [
      /\b(?:klimmen|klimhal|klimles|klimmuur|climbing|zeilen|zeilboot|sailing|hangmat|hammock|schommel|waslijn)\b/,
      meansEveryday,
      doseAsPrescribed,
      dosesLaidOut,
    ],
  },
  // Session 25 (frames25, ADR 0012): a lock-in of one's own with a means, a word of death or no
  // answer beside it ("mijn broer heeft zich met zijn geweer in de schuur opgesloten", "ze heeft
  // zich met een doos pillen op haar kamer opgesloten"). No one locked them up, so not Veilig
  // Thuis (abuse.locked-up is silent there now): the danger is to the one inside, and 113 is the
  // line beside 112.
  {
    id: 'suicide.locked-in-with-means',
    kind: 'suicide',
    pattern: re`\b${lockedOneselfIn}\b`,
    with: [re`\b${lockInMeans}\b`],
    // Someone else in it (violence, a threat, fear, a person shut in with them, the writer) is
    // abuse.locked-up's, whose Veilig Thuis must lead.
    unless: [re`\b${someoneElseInLockIn}\b`],
  },
  // Broad layer: a death word, a wish or thought word and a person in one clause, in any order:
  // "ik denk elke dag aan dood gaan", "ik kan beter dood zijn", "niemand zou me missen als ik dood
  // was", "i think about dying". Figures of speech, pets and past deaths are guarded. Nineteenth
  // round (docs/adr/0012-safety-net.md): "dood" of someone else who died, told in the order of a
  // subordinate clause ("sinds mijn man dood is", "nu mijn moeder dood is"), is not a death word of
  // this rule; any other death word in the clause still is ("sinds mijn man dood is wil ik ook dood").
  {
    id: 'suicide.death-wish',
    kind: 'suicide',
    pattern: re`${someoneElseDied}${threatenedDeath}${wakingEveryday}${notSaidByAnother}${deathTerm}`,
    with: [wishTerm, /\b(?:ik|me|mij|mezelf|hij|zij|ze|zichzelf|zich|i|im|me|myself|he|she)\b/],
    unless: [
      pastAndWell,
      deathFigureOfSpeech,
      /\bdood (?:vorig jaar|vorige (?:week|maand)|sinds)\b/,
      /\b(?:niet dood|huisdier|werkstuk|boek|film|serie|spel|game)\b/,
      // Fear of dying from an illness is for 112 (danger.dying), not a death wish.
      /\bdenk dat (?:ik|hij|ze) (?:dood ?ga|dood ?gaat|doodga|doodgaat|sterf|sterft)\b/,
      // Thirty-third round: dying at home or without reanimation, a plan of care for an illness.
      endOfLifeCare,
    ],
  },
  // "als ik dood ben/was", "I'd be better off dead".
  {
    id: 'suicide.if-i-were-dead',
    kind: 'suicide',
    // Session 25 (lines25): not when someone else says it of the writer ("he says im better off
    // dead", "je kan beter dood zijn", rules/wishedDead.ts): that is the sayer's wish.
    pattern: re`\b(?:als (?:ik|hij|ze) dood (?:ben|was|is|zou zijn)|better off ${notSaidByAnother}dead|kan beter ${notSaidByAnother}dood|kon beter ${notSaidByAnother}dood)\b`,
  },
  // Doing it on purpose: "een overdosis genomen, expres".
  {
    id: 'suicide.on-purpose',
    kind: 'suicide',
    pattern: /\b(?:expres|met opzet|bewust|express|on purpose|deliberately)\b/,
    with: [
      re`\b(?:overdosis|overdose|pillen|pills|tabletten|gesneden|snijden|cut|gesprongen|jumped|${poison})\b`,
    ],
  },
  // Cuts to the wrists: "polsen opengesneden", "slit my wrists".
  {
    id: 'suicide.wrists',
    kind: 'suicide',
    pattern:
      /\b(?:pols|polsen|wrist|wrists)\b[^.]{0,20}\b(?:opengesneden|doorgesneden|gesneden|snijden|opensnijden|doorsnijden|slit|cut)\b|\b(?:opengesneden|doorgesneden|opensnijden|doorsnijden|slit|cut)\b[^.]{0,20}\b(?:pols|polsen|wrist|wrists)\b/,
    unless: [/\bper ongeluk\b/],
  },
  // "uit het leven stappen", "slapen voor altijd", "see the point of living".
  {
    id: 'suicide.indirect',
    kind: 'suicide',
    pattern:
      /\b(?:uit het leven (?:[a-z]+ )?(?:te )?(?:stappen|stap|gaan)|slapen voor altijd|voor altijd (?:gaan )?slapen|eeuwig slapen|(?:see|find) (?:the|no|any) point (?:of|in) (?:living|life|going on)|er (?:[a-z]+ ){0,2}(?:een |n )?(?:eind|einde|punt) (?:aan|achter) (?:te )?(?:maken|maak|zetten))\b/,
  },
  // Subordinate order about someone else: "dat hij er niet meer wil zijn".
  {
    id: 'suicide.not-be-here-subordinate',
    kind: 'suicide',
    pattern: /\ber (?:niet|nie) meer (?:wil|wilt|wou|wilde) (?:zijn|bestaan)\b/,
  },
  // Session 19 (othersDeathWish.ts): someone else's death wish reported, the verb last ("mijn
  // zoon roept dat hij niet meer wil leven", "dat ze zo niet meer kan leven"); a life somewhere or
  // off something is guarded in the pattern.
  {
    id: 'suicide.not-live-verb-last',
    kind: 'suicide',
    pattern: re`\b${notLiveVerbLast}\b`,
    unless: [re`\b${groupInGeneral}\b`],
  },
  // Session 19: "dat hij er vanavond een eind aan gaat maken", the verb last.
  {
    id: 'suicide.end-it-verb-last',
    kind: 'suicide',
    pattern: re`\b${endItVerbLast}\b`,
    unless: [re`\b${groupInGeneral}\b`],
  },
  // Session 19: the English of someone else's death wish ("he doesnt want to live anymore", "she
  // wishes she was dead", "wants to end his life"); dying guided by a doctor is guarded.
  {
    id: 'suicide.others-death-wish-en',
    kind: 'suicide',
    pattern: re`\b(?:${notLiveThirdPersonEn}|${wishesOwnDeathEn}|${endsOwnLifeEn})\b`,
    unless: [re`\b${guidedDying}\b`, endOfLifeCare],
    askUnless: [re`\b${saidAsAJoke}\b`],
  },
  // Session 19, part 5 (trafficWish.ts): a wish to be hit by traffic, without a death word.
  {
    id: 'suicide.traffic-wish',
    kind: 'suicide',
    pattern: re`\b(?:${trafficWishEn}|${trafficWishNl})\b`,
  },
  // "ik wil niet meer verder" on its own; "niet meer verder met mijn huisarts" has an object.
  // Twentieth round (docs/adr/0012-safety-net.md): a partner who "wil niet meer verder" in a
  // story of separating (partnerEndsRelationship) is a relationship that ends.
  {
    id: 'suicide.not-go-on',
    kind: 'suicide',
    pattern: re`\b${partnerEndsRelationship}(?:wil|kan|wilt) (?:echt )?(?:niet|nie) meer verder\b(?! (?:met|bij|op|in|naar|als|zonder|dan)\b)`,
  },
  // In front of a train or a truck: "me voor de trein gooien". Standing is there only as "gaan
  // staan" (to place oneself): "voor de bus staan wachten" is a queue.
  {
    id: 'suicide.in-front-of',
    kind: 'suicide',
    pattern: re`\b(?:voor|onder) (?:de|een) ${heavyVehicleNl} (?:[a-z]+ )?(?:gooien|gooi|springen|spring|lopen|liggen|stappen|(?:gaan|ga) staan)\b`,
  },
  // Thinking about jumping: "elke nacht denk ik eraan om te springen".
  {
    id: 'suicide.thinks-of-jumping',
    kind: 'suicide',
    pattern: /\b(?:denk|denkt|dacht|overweeg|eraan)\b[^.]{0,20}\bom te springen\b/,
    unless: [/\b(?:trampoline|zwembad|parachute|bungee)\b/],
  },
  // English "end it" with intent: "thoughts of ending it", "gonna end it tonight".
  {
    id: 'suicide.end-it-en',
    kind: 'suicide',
    pattern: /\b(?:ending it|end it)\b(?! (?:with|between|for)\b)/,
    with: [
      /\b(?:thoughts|thinking|think|gonna|going to|want|wanna|will|tonight|today|planning|plan)\b/,
    ],
  },
  // The whole message, or the end of it, is "wil niet meer": nothing follows that makes it ordinary.
  {
    id: 'suicide.wil-niet-meer-alone',
    kind: 'suicide',
    pattern:
      /\b(?:wil|wilt)(?: ik)?(?: ook| echt| gewoon| gwn)? (?:niet|nie) (?:meer|mer)(?= ?(?:\.|$))/,
    // "ik eet elke dag alleen en dat wil ik niet meer": "dat" is the thing not wanted (fourth round,
    // from a help question of the train and dev parts). "ik wil niet meer" has no object.
    unless: [/\bdat wil ik (?:ook |echt |gewoon )?(?:niet|nie) (?:meer|mer)\b/],
  },
  // "soms wil ik dat ik nooit geboren was".
  {
    id: 'suicide.never-born',
    kind: 'suicide',
    pattern:
      /\b(?:(?:nooit|niet) geboren (?:was|ben|zou zijn|te zijn)|wish (?:i|id) (?:was|were|had) never (?:been )?born)\b/,
  },
  // All of someone's pills, to take: "heb alle pillen van mn moeder gepakt en ga ze innemen".
  {
    id: 'suicide.all-pills',
    kind: 'suicide',
    pattern: re`\balle (?:[a-z]+ )?${pillsPluralNl}\b[^.]{0,40}\b(?:innemen|slikken|opeten|nemen|in te nemen)\b`,
  },
  // English: "nobody would care if I died", "if I was gone".
  {
    id: 'suicide.if-i-died-en',
    kind: 'suicide',
    pattern:
      /\b(?:if i (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself)|(?:nobody|no one) would (?:care|notice|miss me))\b/,
  },
  // Self-harm, verb first: "snij ik mezelf", "mn zus snijdt zich", "krast zichzelf". Cutting verbs
  // also take the short "me"; hitting verbs only the full reflexive, since "slaat me" is abuse.
  {
    id: 'suicide.self-harm',
    kind: 'suicide',
    pattern: re`\b(?:(?:snij|snijd|snijdt|sneed|snijden|kras|krast|kraste|krassen|brand|verbrand)\b (?:ik |hij |ze |zij )?(?:${reflexive}|zich|me|mij)|(?:beschadig|beschadigt|verwond|verwondt|sla|slaat)\b (?:ik |hij |ze |zij )?(?:${reflexive}|zich))\b`,
    unless: [
      /\b(?:per ongeluk|vinger|koken|groente|groenten|brood|scheren)\b/,
      // "ik sla mezelf voor mijn kop": blaming oneself, a figure of speech.
      /\bvoor (?:mijn|mn|m|de|zijn|zn|haar) (?:kop|hoofd|harses)\b/,
      // Thirty-third round: old scars of a self-harm long ago.
      oldScars,
      // Thirty-fourth round: a classmate's self-harm the school already knows, asked about.
      othersSelfHarmKnown,
    ],
  },
  // Self-harm, reflexive first: "mezelf weer gesneden", "mezelf pijn doen", "zichzelf beschadigen".
  {
    id: 'suicide.self-harm-object-first',
    kind: 'suicide',
    pattern: re`\b${reflexive} (?:[a-z]+ ){0,3}(?:gesneden|snijden|gekrast|krassen|verbrand|gebrand|geslagen|beschadigd|beschadigen|verwond|verwonden|pijn doen|pijn doe|pijn gedaan|pijn te doen)\b`,
    unless: [pastAndWell, /\bper ongeluk\b/, oldScars, othersSelfHarmKnown],
  },
  // "ik doe mezelf pijn", "hij doet zichzelf pijn".
  {
    id: 'suicide.hurts-self',
    kind: 'suicide',
    pattern: re`\b(?:doe|doet|deed|deden|gedaan)\b (?:ik |hij |ze |zij )?(?:[a-z]+ )?${reflexive} (?:[a-z]+ )?pijn\b`,
    unless: [/\bper ongeluk\b/, othersSelfHarmKnown],
  },
  // "ik heb me weer gesneden": the short reflexive, guarded against kitchen accidents.
  {
    id: 'suicide.cut-me',
    kind: 'suicide',
    pattern: /\b(?:heb|had) me (?:[a-z]+ ){0,2}(?:gesneden|gekrast)\b/,
    // Thirty-first round: cut on something ("gesneden aan het broodmes") is an accident.
    unless: [/\b(?:per ongeluk|vinger|koken|blikje|glas|scherf|papier|groente)\b/, cutOnSomething],
  },
  // Session 17: cutting again, without "mezelf", told beside a blade or a depth ("ik heb een
  // scheermesje gepakt en ik wil weer snijden"): self-harm coming back. Bread, a cake, the garden
  // or a haircut after the verb is cooking or a job.
  {
    id: 'suicide.cut-again',
    kind: 'suicide',
    pattern:
      /\b(?:wil|ga|moet|wilt|gaat)\b (?:[a-z]+ ){0,2}(?:weer|opnieuw) (?:gaan )?(?:snijden|krassen)\b(?! (?:in (?:de|het|een) )?(?:de|het|een|die|dat|brood|taart|groente|groenten|sla|haar|heg|gras|stof|hout|papier|uien|vlees|knippen)\b)/,
    with: [
      /\b(?:mesje|scheermesje|scheermes|stanleymes|glas|scherf|diep|dieper|armen|arm|pols|polsen|benen|littekens|bloed)\b/,
    ],
    unless: [
      pastAndWell,
      othersSelfHarmKnown,
      cutOnSomething,
      /\b(?:hout|karton|stof|papier|brood|taart|groente|moestuin|tuin|keuken|koken|knutselen|handenarbeid|kapper|haar knippen)\b/,
    ],
  },
  // Cutting or scratching arms or legs: how a worried parent describes it ("krast in haar armen").
  {
    id: 'suicide.cut-limbs',
    kind: 'suicide',
    pattern:
      /\b(?:snij|snijd|snijdt|sneed|snijden|kras|krast|kraste|krassen)\b (?:[a-z]+ )?(?:in|op) (?:mijn|mn|zijn|zn|haar|dr|hun|de) (?:arm|armen|been|benen|pols|polsen|huid|buik|dijen?)\b|\b(?:in|op) (?:mijn|mn|zijn|zn|haar|dr|hun|de) (?:arm|armen|been|benen|pols|polsen|huid|buik|dijen?) (?:[a-z]+ )?(?:snijden|snij|krassen|kras|te snijden|gesneden|gekrast)\b/,
  },
  // "mezelf/zichzelf iets aandoen", "ik ben bang dat ze zichzelf iets aandoet".
  {
    id: 'suicide.do-self-harm',
    kind: 'suicide',
    pattern: re`\b(?:${reflexive}|zich) (?:iets|wat|wat ergs|iets ergs) (?:aan ?doen|aandoet|aandoe|aangedaan|aan te doen|aan wil doen|aan gaat doen)\b`,
  },
  // "ik ga me wat aandoen": only when the writer is the subject; "hij wil me iets aandoen" is a
  // threat from someone else (abuse.threat-to-harm).
  {
    id: 'suicide.do-me-harm',
    kind: 'suicide',
    pattern:
      /\bik (?:[a-z]+ ){0,3}(?:me|mij) (?:iets|wat) (?:aan ?doen|aandoe|aan te doen|aangedaan)\b/,
    unless: [/\b(?:hij|zij|ze|iemand)\b/],
  },
  // English self-harm and intent: "hurt myself", "cutting myself", "kill myself", "kill my self".
  {
    id: 'suicide.harm-myself-en',
    kind: 'suicide',
    pattern: re`\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|unalive)\b ${reflexive}\b`,
    unless: [
      /\b(?:accident|accidentally|by mistake|cooking|shaving)\b/,
      // A threat to kill oneself and the writer ("she threatens to kill herself and me if I
      // leave") is a partner's threat: Veilig Thuis, which abuse.household-threat gives; read as a
      // suicide it put 113 first (session 15). "she threatens to kill herself" still fires.
      /\b(?:kill|hurt|harm) (?:himself|herself|themselves) and (?:me|us|the kids|the children|my (?:kids|children|son|daughter))\b/,
    ],
  },
  // English intent phrases: "end it all", "take my own life", "want to die", "wish I was dead".
  {
    id: 'suicide.intent-en',
    kind: 'suicide',
    // Twenty-eighth round (docs/adr/0012-safety-net.md): "die my hair pink" is "dye" (dyedThing).
    pattern: re`\b(?:end it all|end my (?:own )?life|take my (?:own )?life|taking my (?:own )?life|want(?:s|ed)? to die${dyedThing}|wanna die${dyedThing}|wish (?:i|id) (?:was|were) dead|(?:dont|do not) want to (?:be alive|exist|wake up)|no (?:point|reason) (?:in |to )?(?:living|live|go on|going on|be alive)|(?:id|i would) rather not (?:exist|be alive|be here|live)|wish i (?:didnt|did not) exist)\b`,
    // Thirty-third round: "my father wants to die at home" beside his illness or its care.
    unless: [endOfLifeCare],
  },
  // "I don't want to live anymore", "want to stop living"; not "live here" or "living on benefits".
  {
    id: 'suicide.not-live-en',
    kind: 'suicide',
    pattern:
      /\b(?:(?:dont|do not|dont) (?:want|wanna) to live|want to stop living|cant go on living|tired of (?:living|life|being alive))\b(?! (?:here|there|in|with|on|at|near|alone|together|like|off))/,
  },
  // Youth chat shorthand for "kill myself".
  {
    id: 'suicide.kms',
    kind: 'suicide',
    pattern: /\b(?:want to|wanna|going to|gonna|will|should|might|to|ga|wil) kms\b/,
  },
  // Stockpiling medicine is a plan: "pillen sparen", "ik spaar al een tijdje pillen".
  {
    id: 'suicide.saving-pills',
    kind: 'suicide',
    pattern: re`\b(?:(?:spaar|spaart|sparen|gespaard|opsparen|verzamel|verzamelt|verzamelen|verzameld|hamster|hamsteren)\b (?:[a-z]+ ){0,3}${pillsNl}|${pillsPluralNl}\b (?:[a-z]+ ){0,3}(?:sparen|gespaard|opsparen|verzamelen|verzameld)|(?:saving|saved|stockpiling|hoarding|collecting)(?: up)? (?:[a-z]+ ){0,2}(?:${pillsEn}|medication))\b`,
  },
  // Taking too many pills on purpose is the most common attempt; 112 comes first (danger.overdose),
  // 113 belongs in the same reply.
  {
    id: 'suicide.overdose-taken',
    kind: 'suicide',
    pattern: re`\b(?:(?:heb|had|ik)\b (?:[a-z]+ ){0,3}(?:veel|te veel|teveel|alle|al mijn|hele strip|een strip|een doos|een pot|(?:een )?(?:hele|halve|volle) (?:pot|potje|doos|doosje|strip|fles|flesje|zak)|handvol|hand vol)\b (?:[a-z]+ )?${pillsNl}\b (?:[a-z]+ )?(?:genomen|ingenomen|geslikt|opgegeten)|(?:took|taken|swallowed) (?:a lot of|too many|all my|all of my|a whole (?:pack|box|bottle) of|loads of) ${pillsEn})\b|${poisonDrunk}`,
    unless: [doseAsPrescribed],
  },
  // Asking for a method: "snelste manier om dood te gaan", "hoeveel paracetamol om dood te gaan".
  {
    id: 'suicide.method-question',
    kind: 'suicide',
    pattern:
      /\b(?:(?:manier|hoe|hoeveel)\b[^.]{0,50}\b(?:dood te gaan|dood gaan|doodgaan|te sterven|sterf je|ga je dood|niet meer wakker|zelfmoord)|(?:painless|quickest|fastest|easiest|best) way to die|how (?:many|much)\b[^.]{0,40}\b(?:to die|to overdose|is lethal|to kill myself))\b/,
    unless: [
      /\bdood (?:van|aan) (?:de |het )?(?:verveling|hitte|kou|honger|dorst|schaamte|stress|lachen)\b/,
    ],
  },
  // Method words with a reflexive: "me ophangen", "mezelf verhangen", and (session 8) every
  // present and future form of hanging oneself, which only the model caught: "zichzelf ophangt",
  // "hangt zich op", "hang me op", "hang himself". The past ("heeft zich opgehangen", "hanged
  // himself") is left to the model: a death told in grief is not a crisis now.
  {
    id: 'suicide.hanging',
    kind: 'suicide',
    pattern: re`\b(?:(?:me|mij|zich|${reflexive}) (?:[a-z]+ )?(?:op ?hangen|op te hangen|op ?hangt|op ?hang|verhangen|verhangt|verhang)|(?:hang|hangt|hangen) (?:(?:ik|hij|ze|zij) )?(?:me|mij|zich|${reflexive}) (?:[a-z]+ )?op|verhangen|(?:hang|hanging|hangs) (?:myself|himself|herself|themselves|yourself))\b`,
    // "wie kan er een lamp voor mij ophangen": hanging things up for someone.
    unless: [
      /\b(?:lamp|lampje|schilderij|schilderijen|gordijn|gordijnen|plank|planken|kapstok|foto|fotos|poster|wasgoed|spiegel|klok|vogelhuisje|rookmelder|slinger|slingers|kerstverlichting)\b/,
      /\bvoor (?:mij|me|ons) (?:[a-z]+ )?(?:ophangen|op te hangen)\b/,
      // Someone in general, as a song, a story or a lesson tells it: "een liedje over iemand die
      // zichzelf ophangt", "a film about a man who hangs himself". A person one knows is named.
      /\b(?:over|about) (?:iemand|een (?:man|vrouw|jongen|meisje)|mensen|someone|somebody|a (?:man|woman|boy|girl)|people) (?:die|that|who)\b/,
      // "hij hangt zich op aan details": to fixate on something.
      /\b(?:op|ophangen|ophangt) aan (?:details?|kleinigheden|kleine dingen|dat woord|woorden|regeltjes|regels|fouten|die fout|punten en komma's|komma's)\b/,
    ],
  },
  // "mezelf van kant maken": an old, still common phrase.
  {
    id: 'suicide.van-kant',
    kind: 'suicide',
    // Also with a verb in between ("zich van kant wil maken", docs/adr/0012-safety-net.md).
    pattern: re`\b(?:me|mij|zich|${reflexive}) (?:[a-z]+ )?van kant (?:[a-z]+ )?(?:te )?(?:maken|maak|maakt|gemaakt)\b`,
  },
  // Jumping from a height or in front of a train: "van de brug springen", "voor de trein".
  // Twenty-sixth round (docs/adr/0012-safety-net.md): someone on a height or at its edge now
  // (edgeNow: "ik sta op de brug", "im on top of the car park", "zit op de reling van de brug"),
  // where danger.at-the-edge gives 112 and the concern model alone decided on 113; work on a roof,
  // an animal, a view or a wait are guarded (edgeInnocent, which never holds beside a word of
  // jumping). Session 17: a roof named by a compound or its gutter ("staat bij de dakgoot en roept
  // dat hij springt").
  {
    id: 'suicide.jump',
    kind: 'suicide',
    pattern: re`\b(?:(?:brug|flat|dak|[a-z]+dak|dakgoot|dakrand|spoor|balkon|gebouw|toren|raam|rand|trein|snelweg)\b[^.]{0,40}\b(?:springen|spring|springt)|(?:springen|spring)\b (?:[a-z]+ ){0,2}(?:van|voor|onder|af) (?:de|het|een|mijn)? ?(?:brug|flat|dak|trein|spoor|balkon|gebouw)|voor de trein (?:springen|gaan liggen|gaan staan|lopen)|jump (?:off|from|in front of))\b|${edgeNow}`,
    unless: [edgeInnocent, youngChildAtTheEdge, animalJumps, lookingDownAtAThing],
  },
  // A farewell: "afscheidsbrief", "dit is mijn laatste bericht".
  {
    id: 'suicide.farewell',
    kind: 'suicide',
    pattern:
      /\b(?:afscheids ?brief|afscheidsbriefje|mijn laatste bericht|mn laatste bericht|suicide note|goodbye letter|my last message|vaarwel (?:allemaal|iedereen|wereld)|goodbye (?:everyone|world|all))\b/,
    // Thirty-first round: the last message in a group chat, and leaving the group.
    unless: [
      /\b(?:vandaag|voor vandaag|morgen|straks|collega|werk|baan|pensioen|school)\b/,
      lastMessageInAGroup,
    ],
  },
  // Session 17: a farewell said as the writer's own now, without a word for death ("dit is mijn
  // afscheid", "tonight is my last night", farewellSigns.ts); a job, a stay, a move or a hospital
  // stay beside it is guarded.
  {
    id: 'suicide.farewell-said',
    kind: 'suicide',
    pattern: re`\b${farewellSaid}`,
    unless: [re`\b${farewellSaidEveryday}\b`, re`\b${givingAwayEveryday}\b`],
  },
  // "ik zie geen uitweg meer", "ik wil dat het ophoudt": hopelessness without an object.
  {
    id: 'suicide.no-way-out',
    kind: 'suicide',
    pattern:
      /\b(?:zie geen uitweg(?: meer)?(?! (?:meer )?(?:uit|met|voor|in|bij)\b)|geen uitweg meer(?! (?:uit|met|voor|in|bij)\b)|wil dat (?:het|alles) (?:op ?houdt|ophoud|stopt|ophoudt)|see no way out|want it all to stop)\b/,
    // "mijn man slaat me al jaren, ik wil dat het stopt": the violence must stop, Veilig Thuis.
    // Twenty-fourth round: "ik wil dat het stopt" after a noise, a quarrel, a leak or a pile of
    // letters is that nuisance (nuisanceMustStop).
    unlessInMessage: [re`\b(?:${hitVerb}|${hitVerbEn})\b`, nuisanceMustStop],
    // Session 18: a child's conduct a parent wants stopped ("mijn zoon spijbelt, ik wil dat het
    // ophoudt") asks instead (ordinaryWorries.ts).
    askUnless: [childsConductMustStop],
  },
  // "ik zie het niet meer zitten": in Dutch the standard way to say life feels hopeless. It also
  // fires with an object ("met die administratie"); see docs/adr/0005-crisis-detection.md.
  {
    id: 'suicide.zie-het-niet-meer-zitten',
    kind: 'suicide',
    pattern:
      /\bzie (?:het|t|het leven)? ?(?:echt |allemaal |helemaal |gewoon |gwn |even )?(?:niet|nie) meer zitten\b/,
    // "niet meer zitten met die studie": about one thing that can change, not about living.
    unless: [
      /\bniet meer zitten (?:met|in|op) (?:die|de|dat|het|mijn|mn|deze|dit) (?:studie|opleiding|baan|werk|school|stage|huis|verbouwing|auto|tuin|computer|buren|wijk|planning|project|cursus|sport|club|team|vereniging)\b/,
    ],
    // Tenth round: "ik zie het niet meer zitten met al die rekeningen": with a thing after it the
    // words may be about that thing or about living, and money worries are both. The rule asks.
    askUnless: [
      /\bniet meer zitten (?:met|in|op|door|vanwege|om) (?:al )?(?:die|de|dat|het|mijn|mn|deze|dit|onze|ons|zo n|zon)\b/,
      // Session 16: the writer says in the same clause that they will not act on it ("niet dat ik
      // iets ga doen hoor", "ik ga mezelf niks aandoen"): hopelessness that a calm question fits.
      // It asks, firmly and with every line; it never goes quiet. A denial with a limit in time or
      // a condition after it ("vandaag", "zolang de kinderen thuis zijn", "nog niet") is none.
      /\b(?:niet dat ik (?:(?:mezelf|mijzelf|mij|iets|wat) ){1,2}(?:ga|zal|wil|zou) (?:doen|aandoen)|ik (?:ga|zal|wil) (?:mezelf|mijzelf|mij) (?:heus |echt )?(?:niets|niks) aandoen|ik doe (?:mezelf|mijzelf|mij) (?:heus |echt )?(?:niets|niks) aan)\b(?![^.]*\b(?:vandaag|vanavond|vannacht|nu nog|nog niet|voorlopig|zolang|tot|totdat|als|behalve|morgen|straks|later|wie weet|nog even|eerst)\b)/,
    ],
  },
  // Asking to call 113 is a signal in itself; volunteering or a school project does not say "bel".
  {
    id: 'suicide.calls-113',
    kind: 'suicide',
    pattern:
      /\b(?:(?:bel|bellen|gebeld|call|called|calling) (?:naar )?(?:113|zelfmoordpreventie)|(?:113|zelfmoordpreventie) (?:bellen|gebeld|gebeld heb))\b/,
  },
  // Word order with the verb first: "ik maak er een eind aan", "hij maakt er een punt achter".
  {
    id: 'suicide.end-it-verb-first',
    kind: 'suicide',
    pattern:
      /\b(?:maak|maakt|maken|zet|zetten)\b (?:ik |hij |ze |zij )?(?:er )?(?:nu |vannacht |vandaag |gewoon |echt |zelf )?(?:er )?(?:een |n )?(?:eind|einde|punt) (?:aan|achter)\b(?! (?:de|het|die|dat|deze|mijn|zijn|haar|ons|onze)\b)/,
    with: [/\ber\b/],
  },
  // "ik wil springen", "ik ga springen": with nothing after it that makes it a game or sport.
  // Twenty-fifth round (docs/adr/0012-safety-net.md): the English "im going to jump" and "jumping
  // off the roof now" as the whole message only: in a sentence "jump" and "jumping off" have
  // everyday senses (a pier in summer, a queue, a call, out of one's skin).
  {
    id: 'suicide.want-to-jump',
    kind: 'suicide',
    pattern:
      /\b(?:wil|wilt|ga|gaat|gaan)\b (?:nu |echt |gewoon |straks |vannacht )?(?:springen|spring)\b(?! (?:op|in|over|met|touwtje|touwtjes)\b)|^(?:im|i am|ill|i will|i want to|i wanna) (?:going to |gonna |about to )?jump(?: now| tonight)?$|^(?:im )?jumping (?:off|from) (?:the|a|this) (?:roof|bridge|building|balcony|tower)(?: now| tonight)?$/,
  },
  // Hoping not to see the morning: "ik hoop dat ik de ochtend niet haal", "dat ik de nacht niet
  // doorkom", "hope I don't make it through the night". A passive death wish without a death word.
  {
    id: 'suicide.not-see-morning',
    kind: 'suicide',
    pattern:
      /\b(?:hoop|hoopte|wou|wens|zou willen)\b[^.]{0,30}\b(?:de ochtend|de morgen|morgen|de nacht|het weekend|volgend jaar)\b (?:[a-z]+ )?(?:niet|nooit) (?:meer )?(?:haal|halen|haalt|doorkom|doorkomen|meemaak|meemaken|zie|zien)\b|\bhope i (?:dont|do not) (?:make it through|see) (?:the night|the morning|tomorrow)\b/,
  },
  // An overdose taken: 112 first (danger.overdose), and 113 in the same reply, since most are
  // taken on purpose; a small child who swallowed pills is danger.child-ingested.
  {
    id: 'suicide.overdose',
    kind: 'suicide',
    pattern: overdoseTaken,
    unless: [doseAsPrescribed, resupplyOnly],
  },
  // Looking up a method: "heeft gegoogeld hoe lang het duurt om te verdrinken", "zoekt naar
  // hoogste gebouw en pijnloos", "searching how to hang yourself". A school project is guarded.
  {
    id: 'suicide.method-search',
    kind: 'suicide',
    pattern:
      /\b(?:gegoogeld|googelt|googlet|googlen|opgezocht|zoekt op|zocht op|zoekt naar|zocht naar|searching|searched|googled|googling|looked up|looking up)\b[^.]{0,60}\b(?:verdrinken|ophangen|verhangen|stikken|sterven|dood (?:te )?gaan|doodgaan|pijnloos|dodelijke?|hoogste (?:gebouw|brug|flat)|hang (?:yourself|myself|himself|herself)|to die|overdose|lethal|painless)\b/,
    unless: [informationalContext],
  },
  // Self-harm again, in English: "I've started cutting again", "I keep cutting".
  {
    id: 'suicide.self-harm-en',
    kind: 'suicide',
    pattern:
      /\b(?:(?:started|start|keep|kept|been|am|im) (?:cutting|burning|scratching|harming)(?: again| myself)?|cutting again|cut again|self ?harming again|relapsed into self ?harm)\b/,
    unless: [
      /\b(?:hair|vegetables|onions|paper|coupons|costs|back on|down on|grass|wood|accident|accidentally)\b/,
    ],
  },
  // A weapon or means kept "for himself": "hij heeft zijn pistool gepakt en zegt dat het voor
  // hemzelf is".
  {
    id: 'suicide.means-for-self',
    kind: 'suicide',
    pattern: re`\b(?:${knifeDutch}|pistool|wapen|geweer|touw|pillen|gun|knife|rope|pills)\b[^.]{0,60}\b(?:voor (?:hemzelf|haarzelf|mezelf|mijzelf|zichzelf)|for (?:himself|herself|myself))\b`,
    // Thirty-fifth round: the everyday "for myself" (bought, cooked, climbed, a headache).
    unless: [meansEveryday],
  },
  // Hopelessness with one final way out: "ik zie maar één oplossing en die is definitief".
  {
    id: 'suicide.final-solution',
    kind: 'suicide',
    pattern:
      /\b(?:(?:oplossing|uitweg) (?:[a-z]+ ){0,3}(?:is|was) (?:definitief|permanent)|definitieve oplossing(?! (?:voor|van|bij|in)\b)|permanent solution(?! (?:for|to)\b))\b/,
  },
  // Not being here soon: "ik ben er volgende week niet meer", "ze zei: ik ben er morgen niet meer".
  // Moving house, a holiday or a job are guarded.
  {
    id: 'suicide.not-here-soon',
    kind: 'suicide',
    pattern:
      /\b(?:(?:ik ben|ben ik|hij is|is hij|ze is|zij is|is ze)\b er|(?:ik|hij|ze|zij) er) (?:[a-z]+ ){0,2}(?:morgen|straks|binnenkort|volgende week|na het weekend|na vandaag|vanaf morgen|over een paar dagen|over een week|niet lang) (?:[a-z]+ )?(?:niet|nie) meer\b/,
    unless: [
      /\b(?:verhuis|verhuist|verhuizen|verhuizing|vakantie|op reis|werk|kantoor|ontslag|baan|school|ziekenhuis|opname|operatie|bereikbaar)\b/,
    ],
  },
  // A car as the method: "ik ga de auto tegen een boom rijden", "een slang aan de uitlaat".
  {
    id: 'suicide.car-method',
    kind: 'suicide',
    pattern:
      /\b(?:slang\b[^.]{0,30}\buitlaat|uitlaatgassen (?:inademen|in de auto)|tegen een (?:boom|muur|pilaar|viaduct) (?:aan )?(?:te )?(?:rijden|rij|rijd|knallen)\b[^.]{0,40}\b(?:ongeluk|expres|dood|nooit meer|einde))\b/,
  },
  // A rope where someone sits alone and does not answer: "hij zit in de schuur met een touw en
  // reageert niet". 112 comes from danger.unresponsive; 113 belongs in the same reply.
  {
    id: 'suicide.rope',
    kind: 'suicide',
    pattern: /\b(?:met|aan) (?:een|het|zijn|haar) (?:touw|strop)\b/,
    with: [/\b(?:reageert (?:niet|nie)|schuur|zolder|garage|zegt niks|neemt niet op|hangt)\b/],
    unless: [/\b(?:was|wasgoed|klimmen|klimmuur|boot|hond|springtouw|touwtrekken|schommel)\b/],
  },
  // Thirtieth round (docs/adr/0012-safety-net.md): food or drink refused in order to die.
  {
    id: 'suicide.refuses-food',
    kind: 'suicide',
    pattern: noFoodOrDrink,
    with: [refusedToDie],
    unless: [guidedDyingOrFasting, hungerFigureOrJest],
  },
  // Thirtieth round: "zo kan ik niet verder leven", "dan stop ik liever met leven".
  {
    id: 'suicide.not-live-inverted',
    kind: 'suicide',
    pattern: notLiveInverted,
    // "ik stop liever met leven dan met roken haha": a comparison said as a joke.
    unless: [/\b(?:haha|hihi|lol|grapje|geintje|dan met)\b/],
  },
  // Thirtieth round: a young person blackmailed with intimate pictures who would rather die.
  {
    id: 'suicide.sextortion-despair',
    kind: 'suicide',
    pattern: sextortionThreat,
    with: [ratherDie],
  },
  // Thirty-second round (docs/adr/0012-safety-net.md): belongings given away beside a farewell,
  // without a word for death (farewellSigns.ts); a move, a retirement, a shop, a group are guarded.
  {
    id: 'suicide.giving-away-farewell',
    kind: 'suicide',
    pattern: re`\b${belongingsGiven}\b`,
    with: [re`\b${farewellBeside}\b`],
    unless: [informationalContext, pastAndWell, re`\b${givingAwayEveryday}\b`],
  },
  // Thirty-fifth round (docs/adr/0012-safety-net.md): a weapon, a rope or pills in hand, turned
  // on the writer now or with the intention ("wil het vannacht op mezelf richten", "going to use
  // it on myself tonight"); pills "voor mezelf gebruiken" only beside all of them. 112 is shown
  // in every crisis reply. Session 17: fireworks or explosives set off on oneself (explosive).
  {
    id: 'suicide.means-turned-on-self',
    kind: 'suicide',
    pattern: re`\b(?:${meansForSelf}|${explosive})\b[^.]{0,80}\b(?:${turnedOnSelf}|voor (?:mezelf|mijzelf) (?:[a-z]+ )?gebruiken\b[^.]{0,30}\b${everyPill})\b`,
    with: [re`\b${intentOrNow}\b`],
    unless: [informationalContext, hypotheticalGeneric, pastAndWell, meansEveryday],
  },
  // Thirty-fifth round: every pill already taken, said to be real ("geen geintje, ik heb de
  // tabletten al ingenomen, alle strips", "not a joke, i already took the tablets, every single
  // one"): an overdose now. The day's dose as prescribed is guarded.
  {
    id: 'suicide.all-pills-for-real',
    kind: 'suicide',
    pattern: re`\b${pillsTaken}\b`,
    with: [re`\b${everyPill}\b`, re`\b${saidToBeReal}\b`],
    unless: [doseAsPrescribed, informationalContext, hypotheticalGeneric, pastAndWell],
  },
  // Thirty-sixth round: someone else's weapon or pills out or ready, beside their wish not to live
  // or not to be here ("mijn oom heeft zijn revolver uit de la gehaald en zegt dat hij er niet meer
  // wil zijn"). A film, a question about how to respond, a past told as over are guarded.
  {
    id: 'suicide.others-means-death-wish',
    kind: 'suicide',
    pattern: othersMeansWithDeathWish,
    unless: othersWishGuards,
  },
  // Session 19, part 5: someone with a weapon, a rope or pills at hand, in tears, who says he will
  // "het afmaken" ("mijn oom zit met een mes in de schuur te huilen en zegt dat hij het gaat
  // afmaken"). A job, a piece of work or an animal finished is guarded.
  {
    id: 'suicide.others-means-finish-it',
    kind: 'suicide',
    pattern: re`\b${othersMeansAtHand}\b`,
    with: [re`\b${finishIt}\b`, re`\b${inDespair}\b`],
    unless: [...othersWishGuards, re`\b${jobOrAnimalFinished}\b`, re`\b${taskNamed}\b`],
  },
  // Session 17: a relative who says plainly not to want to go on, with a weapon, a rope or pills
  // of their own at hand though not out ("zegt dat ze niet meer wil, en ze heeft een mes op haar
  // kamer"): 113. 112 only where a danger rule reads more (danger.weapon, a means out or ready).
  {
    id: 'suicide.others-wish-beside-means',
    kind: 'suicide',
    pattern: othersWishBesideMeans,
    unless: [...othersWishGuards, meansEveryday],
  },
  // Session 19, second gaps (ownPassiveWishEn.ts): the writer's own passive wish in English, "i
  // dont want to be here anymore", "on this earth". The everyday "here" of a town, a house or a job,
  // with no word of life, death or not coping in the message, is guarded.
  {
    id: 'suicide.not-be-here-en',
    kind: 'suicide',
    pattern: re`\b${notBeHereEn}\b`,
    unlessInMessage: [everydayHereInMessage],
  },
  // "i just want to disappear for good", "vanish forever and never be found"; not from something.
  {
    id: 'suicide.disappear-for-good-en',
    kind: 'suicide',
    pattern: re`\b${disappearForGoodEn}\b`,
  },
  // "every night i pray i wont wake up": suicide.death-wish reads a hope or a wish, not a prayer.
  {
    id: 'suicide.pray-not-wake-en',
    kind: 'suicide',
    pattern: re`\b${prayNotWakeEn}`,
  },
  // Session 20 (docs/adr/0012-safety-net.md, dangers told plainly): a painless way to die searched,
  // asked about or found written down (painlessWay.ts); a pet, a treatment or an end of life in
  // care is the model's to read.
  {
    id: 'suicide.painless-way',
    kind: 'suicide',
    pattern: re`\b${painless}\b`,
    with: [re`\b${deathOrDoingIt}\b`],
    unless: [re`\b${painlessEveryday}\b`],
  },
  // Session 20: stood or sat at a height thinking about jumping, the height told first (English).
  {
    id: 'suicide.stood-thinking-of-jumping-en',
    kind: 'suicide',
    pattern: re`\b${stoodThinkingOfJumpingEn}`,
    unless: [re`\b${jumpInnocentEn}\b`, re`\b${jumpSportEn}\b`],
  },
  // Session 21: crises told indirectly, in residents' everyday words (toldIndirectly.ts).
  ...toldIndirectlySuicide,
  // Session 22: crises in acute moments, told in lay words (acuteBody, acuteEdge, acuteOthers).
  ...acuteEdgeSuicide,
  // Acute moments told by their structure (acuteNow.ts; written in session 23, landed in 24).
  ...acuteNowSuicide,
  // Session 25: crises in classes no earlier rule named, read by their structure (unforeseenNow.ts).
  ...unforeseenNowSuicide,
];
