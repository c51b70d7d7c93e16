import type { CrisisRule } from '../crisisRule.js';
import { re } from '../crisisRule.js';
import { acuteMomentGuards } from './acuteGuards.js';
import {
  jestBesideOwnWords,
  pastOnly,
  professionalSetting,
  saidInJest,
  smallTrigger,
} from './frames.js';
import { hypotheticalGeneric, informationalSetting, pastAndWell, whatIfOneDay } from './lexicon.js';

/**
 * A wish to die told through the place and the means rather than the words (ADR 0012, session 22,
 * "crises in acute moments"): legs over the edge of a roof or a balcony, "I jump" at a bridge or a
 * platform, an engine running in a shut garage, insulin stopped on purpose, a bath with the blades
 * beside it, a farewell from the tracks or the cliffs. Each is a life in danger now and a wish to
 * die, so each rule stands in the danger and in the suicide list (112 and 113). They only add.
 */

/** Over the edge: "benen over het muurtje", "on the wrong side of the railing". */
export const overTheEdge =
  /(?:(?:benen|beentjes) (?:hangen |bungelen )?over (?:het|de) (?:muurtje|rand|reling|balustrade|hek|leuning)|(?:aan|op) de verkeerde kant van (?:de|het) (?:reling|balustrade|leuning|hek)|(?:on|at) the wrong side of the (?:railing|barrier|fence|rail)|legs (?:hanging |dangling )?over the (?:edge|ledge|railing|wall))/;

/** A height: a roof, a car park deck, a balcony, a bridge, a floor number. */
const height =
  /(?:dak|parkeerdek|parkeergarage|balkon|brug|flat|verdieping|hoog|toren|viaduct|roof|balcony|bridge|floor|storey|tower|car park|parking|ledge)/;

/** Sitting on an edge for the view, a photo or fishing. */
const edgeEveryday =
  /\b(?:vissen|hengel|zonnetje|picknick|uitzicht|foto|selfie|kade|steiger|zwembad|fishing|sunset|view|photo|picnic|pool)\b/;

/** The step itself, in the first person: "ik spring", "laat ik me vallen", "stap ik naar voren". */
export const ownLastStep =
  /(?:ik spring(?! (?:een|in|op|over|rond|bij|uit|van|even|zo|straks|morgen|nog|langs|binnen|bijna|haast|achterop))|spring ik(?! (?:in|op|over|even|zo|bij|nog|langs|binnen|achterop))|(?:laat ik me|laat me) vallen|stap ik (?:naar voren|ervoor)|ill jump(?! (?:on|in|into|over|at|up|to|ahead|back|off the bus))|im (?:going to|gonna) jump(?! (?:on|in|into|over|at|up|to|ahead|back))|step (?:in front of|off the (?:roof|bridge|ledge|edge|balcony)))/;

/** Where the step is taken, or the despair it is said with. */
const placeOrDespair =
  /(?:dak|parkeerdek|brug|perron|spoor|balkon|flat|rand|reling|muurtje|trein|intercity|sprinter|hou (?:het )?niet meer vol|kan niet meer|ben klaar met|roof|bridge|platform|tracks|train|balcony|ledge|edge|cant (?:do this|take it) anymore)/;

/** An engine running in a shut garage. */
export const engineInShutGarage =
  /(?:garage(?:deur)? (?:is |zit |staat |gaat )?dicht|dichte garage|(?:closed|shut) garage|garage door (?:is )?(?:closed|shut|down))/;
const engineRunning =
  /(?:motor (?:laat |laten )?(?:lopen|loopt|draait|aan|draaien)|laat (?:de|het) motor|engine (?:running|on|is running|is on))/;
const engineEveryday =
  /\b(?:warmdraaien|opwarmen|ontdooien|vriest|monteur|repareren|sleutelen|apk|warm up|defrost|mechanic|fixing)\b/;

/** Medicine stopped to end it: "gestopt met mijn insuline, met opzet". */
export const medicineStopped =
  /(?:met (?:mijn |mn |zijn |haar )?(?:insuline|medicijnen|medicatie|pillen|hartpillen|bloedverdunners|dialyse) (?:[a-z]+ )?gestopt|(?:gestopt|stop|stopt|stoppen) (?:[a-z]+ ){0,2}met (?:mijn |mn |zijn |haar )?(?:insuline|medicijnen|medicatie|pillen|hartpillen|bloedverdunners|dialyse)|(?:stopped|quit|stopping) (?:taking )?(?:my |his |her )?(?:insulin|meds|medication|pills|dialysis))/;
const onPurposeToEnd =
  /(?:dan is het (?:klaar|over|voorbij|gedaan)|dan ben ik (?:weg|er niet meer)|zodat (?:ik doodga|ik dood ga|het (?:klaar|over|voorbij) is|ik er niet meer ben)|so (?:that )?(?:it ends|i die|ill die|its over)|to end it|be over)/;
const stoppedWithDoctor = /\b(?:dokter|arts|huisarts|specialist|in overleg|doctor|gp)\b/;

/** Insulin or dialysis stopped: life in danger within days. */
const lifeMedicine = /(?:insuline|dialyse|insulin|dialysis)/;

/** In the bath with blades beside. */
export const bathWithBlades =
  /(?:in (?:het |t |de )?bad|in de badkuip|in (?:the )?bath|in the tub)\b[^.]{0,50}\b(?:scheermesjes|mesjes|scheermes|razor|razors|razor blades|blades)/;
/** Blades for shaving, bought or run out: a bath is also where one shaves. */
const shaving =
  /\b(?:scheren|benen scheren|kopen|gekocht|winkel|bestellen|zijn op|bot|shave|shaving|buy|bought|order|blunt|ran out)\b/;

/** A farewell from a place of ending: "afscheid nemen ... op het spoor", "look after mum ... cliffs". */
export const farewellFromEdge =
  /(?:afscheid (?:te )?nemen|neemt afscheid|nam afscheid|saying goodbye|said goodbye|to say goodbye|look after (?:mum|mom|dad|the kids)|zorg (?:goed )?voor (?:mama|papa|de kinderen))/;
const placeOfEnding =
  /(?:op het spoor|bij het spoor|op de brug|op het dak|op de rand|bij de kliffen|at the cliffs|on the bridge|on the tracks|on the roof|on the ledge|cliff|cliffs)/;
const farewellEveryday =
  /\b(?:vakantie|emigreert|emigreren|verhuist|verhuizen|vertrek|reis|trip|holiday|moving|flight)\b/;

/**
 * The same rule as a danger (112) and a suicide (113) rule. The danger twin carries the guards every
 * suicide rule shares (detectCrisis.withSharedGuards): a joke said so, a past told as over, a course,
 * an imagined telling quiet it; a joke beside one's own words, a bare past, a worker's case and a
 * small trigger lower it to a check. So it never answers where its suicide twin would not.
 */
function both(id: string, rule: Omit<CrisisRule, 'id' | 'kind'>): CrisisRule[] {
  return [
    {
      id: `danger.${id}`,
      kind: 'danger',
      ...rule,
      unless: [
        ...(rule.unless ?? []),
        saidInJest,
        pastAndWell,
        informationalSetting,
        hypotheticalGeneric,
        whatIfOneDay,
      ],
      askUnless: [
        ...(rule.askUnless ?? []),
        jestBesideOwnWords,
        pastOnly,
        professionalSetting,
        smallTrigger,
      ],
    },
    { id: `suicide.${id}`, kind: 'suicide', ...rule },
  ];
}

const rules: readonly CrisisRule[] = [
  ...both('over-the-edge-high', {
    pattern: re`\b${overTheEdge}\b`,
    with: [re`\b${height}\b`],
    unless: [...acuteMomentGuards, edgeEveryday],
  }),
  ...both('own-last-step', {
    pattern: re`\b${ownLastStep}\b`,
    with: [re`\b${placeOrDespair}\b`],
    unless: acuteMomentGuards,
  }),
  ...both('engine-in-shut-garage', {
    pattern: re`\b${engineInShutGarage}\b`,
    with: [re`\b${engineRunning}\b`],
    unless: [...acuteMomentGuards, engineEveryday],
  }),
  ...both('bath-with-blades', {
    pattern: re`\b${bathWithBlades}\b`,
    unless: [...acuteMomentGuards, shaving],
  }),
  ...both('farewell-from-edge', {
    pattern: re`\b${farewellFromEdge}\b`,
    with: [re`\b${placeOfEnding}\b`],
    unless: [...acuteMomentGuards, farewellEveryday],
  }),
  {
    id: 'suicide.medicine-stopped-to-end',
    kind: 'suicide',
    pattern: re`\b${medicineStopped}\b`,
    with: [re`\b${onPurposeToEnd}\b`],
    unless: [...acuteMomentGuards, stoppedWithDoctor],
  },
  {
    id: 'danger.life-medicine-stopped-to-end',
    kind: 'danger',
    pattern: re`\b${medicineStopped}\b`,
    with: [re`\b${onPurposeToEnd}\b`, re`\b${lifeMedicine}\b`],
    unless: [...acuteMomentGuards, stoppedWithDoctor],
  },
];

export const acuteEdgeDanger = rules.filter((rule) => rule.kind === 'danger');
export const acuteEdgeSuicide = rules.filter((rule) => rule.kind === 'suicide');
