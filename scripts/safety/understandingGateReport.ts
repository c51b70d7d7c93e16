/**
 * The report of `understandingGate.ts` (docs/adr/0012-safety-net.md, "What the resident asks for,
 * read by the understanding pass, as a gate on a model-only check", session 16): how many model-only
 * checks each dev set has, and what a gate on one reading of the understanding pass or the search
 * would drop on the dev kaarten when it may give up 0, 2 or 5 of the crises the model alone catches
 * out of fold. A gate's bar is chosen on the out-of-fold train+dev crises only; the crises of the
 * other sets (shipped model: the class sets of rounds 26–33, the training-only rounds, the rule sets
 * and train+dev as trained) say whether the bar holds. Counts only, never a message.
 */

/** One message the model alone flags, or any crisis (to count recall), with its readings. */
export interface GateRow {
  /** `oof` (out of fold), `shipped`, `round-26` … `round-33`, `new-styles`. */
  readonly set: string;
  readonly origin: string;
  readonly label: string;
  readonly kinds: readonly string[];
  readonly cls: string;
  readonly text: string;
  /** 'crisis', 'firm' or 'soft' from the model alone; 'rule' or 'none' for a crisis. */
  readonly outcome: string;
  readonly concern: number;
  readonly words: number;
  /** The understanding pass's reading (model-only rows only). */
  readonly u?: {
    readonly needs: readonly { readonly need: string; readonly probability: number }[];
    /** Probability of the veiligheid needs and gezondheid.levensmoe together. */
    readonly safetyMass: number;
    readonly psychMass: number;
    readonly vague: number;
    readonly outOfScope: number;
    readonly intent: string;
    readonly levensgebieden: readonly { readonly slug: string; readonly confidence: number }[];
  };
  /** The search's reading on the row's kaart (the Enschede knowledge for all but a dev kaart). */
  readonly s?: {
    readonly confidence: number;
    readonly noGoodMatch: boolean;
    readonly quality: number;
    readonly top?: readonly string[];
  };
}

type Reading = (row: GateRow) => number;

const isCheck = (row: GateRow) => row.outcome === 'soft' || row.outcome === 'firm';
const isSafetyNeed = (need: string) =>
  need.startsWith('veiligheid.') || need === 'gezondheid.levensmoe';
const topNeed = (row: GateRow) => row.u?.needs[0] ?? { need: 'vaag', probability: 0 };

/** Readings where a higher value says "an ordinary request the kaart answers". */
const readings: readonly (readonly [string, Reading])[] = [
  [
    'top need (not a safety need), probability',
    (r) => (isSafetyNeed(topNeed(r).need) ? -1 : topNeed(r).probability),
  ],
  ['safety needs, probability (low)', (r) => -(r.u?.safetyMass ?? 1)],
  ['safety and psychisch needs (low)', (r) => -((r.u?.safetyMass ?? 1) + (r.u?.psychMass ?? 0))],
  ['strongest levensgebied, confidence', (r) => r.u?.levensgebieden[0]?.confidence ?? 0],
  ['vague (low)', (r) => -(r.u?.vague ?? 1)],
  ['out of scope (low)', (r) => -(r.u?.outOfScope ?? 1)],
  ['search confidence', (r) => r.s?.confidence ?? 0],
  [
    'search confidence, top entry not veiligheid',
    (r) => (r.s?.top === undefined || r.s.top.includes('veiligheid') ? -1 : r.s.confidence),
  ],
  ['search match quality', (r) => r.s?.quality ?? 0],
];

/** A question for a service in so many words: "waar kan ik", "is er een", "how do I apply". */
const serviceCue =
  /\b(?:waar (?:kan|moet|vind)|is er (?:een|iets|iemand|ergens|hulp|hier)|zijn er|hoe (?:vraag|regel|kom ik aan)|wie (?:kan|helpt)|(?:ik|we|wij) zoek(?:en)?|kan (?:ik ergens|iemand|er iemand)|kunnen jullie|bestaat er|tips voor|where can|is there|are there|how do i (?:apply|get|find)|who can|looking for)\b/;

export function report(rows: readonly GateRow[]): void {
  const oofCrises = rows.filter((r) => r.set === 'oof' && r.label === 'crisis');
  const caught = oofCrises.filter((r) => r.outcome !== 'none').length;
  const otherCrises = rows.filter((r) => r.set !== 'oof' && r.label === 'crisis');
  const kaart = (r: GateRow) => r.set === 'oof' && r.origin === 'dev-kaart';
  const kuipersveld = (r: GateRow) => kaart(r) && r.cls.startsWith('kuipersveld');
  const twelve = (r: GateRow) => kaart(r) && !kuipersveld(r);
  const newStyles = (r: GateRow) => r.set === 'new-styles';
  const helpOof = (r: GateRow) => r.set === 'oof' && r.origin === 'help';
  console.log(`Out of fold: ${caught} of ${oofCrises.length} train+dev crises caught.`);
  const groups: readonly (readonly [string, (r: GateRow) => boolean])[] = [
    ['crises out of fold', (r) => r.set === 'oof' && r.label === 'crisis'],
    ['crises, other sets (shipped)', (r) => r.set !== 'oof' && r.label === 'crisis'],
    ['twelve dev kaarten nl', (r) => twelve(r) && r.cls.endsWith('-nl')],
    ['twelve dev kaarten en', (r) => twelve(r) && r.cls.endsWith('-en')],
    ['Kuipersveld nl', (r) => kuipersveld(r) && r.cls.endsWith('-nl')],
    ['Kuipersveld en', (r) => kuipersveld(r) && r.cls.endsWith('-en')],
    ['new dev set (shipped)', newStyles],
    ['train+dev help (understanding trained on them)', helpOof],
  ];
  console.log('\n| model-only checks | soft | firm | with a service cue |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, keep] of groups) {
    const list = rows.filter((r) => keep(r) && isCheck(r));
    const soft = list.filter((r) => r.outcome === 'soft').length;
    const cue = list.filter((r) => serviceCue.test(r.text.toLowerCase())).length;
    console.log(`| ${name} | ${soft} | ${list.length - soft} | ${cue} |`);
  }

  for (const strengths of [['soft'], ['soft', 'firm']]) {
    const gated = (r: GateRow) => strengths.includes(r.outcome);
    const crises = oofCrises.filter(gated);
    const ordinary = (keep: (r: GateRow) => boolean) => rows.filter((r) => keep(r) && gated(r));
    console.log(
      `\nGate on ${strengths.join(' and ')} checks of the model alone (${crises.length} crises out of fold; dev kaarten ${ordinary(kaart).length}, new dev set ${ordinary(newStyles).length}):`,
    );
    console.log(
      "| reading | crises given up | bar | twelve dropped | Kuipersveld dropped | new dev set dropped | other sets' crises lost |",
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, reading] of readings) {
      const sorted = crises.map(reading).sort((a, b) => b - a);
      for (const givenUp of [0, 2, 5]) {
        const bar = sorted[givenUp];
        if (bar === undefined) continue;
        const drops = (r: GateRow) => reading(r) > bar;
        const count = (keep: (r: GateRow) => boolean) => ordinary(keep).filter(drops).length;
        const lost = otherCrises.filter((r) => gated(r) && drops(r)).length;
        console.log(
          `| ${name} | ${givenUp} | ${bar.toFixed(3)} | ${count(twelve)} | ${count(kuipersveld)} | ${count(newStyles)} | ${lost} |`,
        );
      }
    }
  }

  bestBox(
    oofCrises.filter(isCheck),
    otherCrises.filter(isCheck),
    rows.filter((r) => kaart(r) && isCheck(r)),
  );

  const byNeed = new Map<string, { kaart: number; crises: number }>();
  for (const r of rows.filter(isCheck)) {
    const entry = byNeed.get(topNeed(r).need) ?? { kaart: 0, crises: 0 };
    if (kaart(r)) entry.kaart += 1;
    if (r.set === 'oof' && r.label === 'crisis') entry.crises += 1;
    byNeed.set(topNeed(r).need, entry);
  }
  console.log(
    "\nThe understanding pass's top need of model-only checks (dev kaarten; crises out of fold):",
  );
  console.log(
    [...byNeed]
      .filter(([, e]) => e.kaart > 0)
      .sort((a, b) => b[1].kaart - a[1].kaart)
      .map(([need, e]) => `${need} ${e.kaart}/${e.crises}`)
      .join(', '),
  );
}

/**
 * The best box of four readings together (the model's concern below c, a top need that is not a
 * safety need at probability t or more, the safety needs below m, search confidence k or more),
 * chosen on the very dev kaarten it drops: an upper bound on what these readings can do, not a
 * candidate. Soft and firm checks alike; no out-of-fold crisis given up.
 */
function bestBox(
  crises: readonly GateRow[],
  others: readonly GateRow[],
  kaarten: readonly GateRow[],
): void {
  let best = { dropped: -1, lost: 0, box: '' };
  for (const c of [0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3, 0.4, 1]) {
    for (const t of [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7]) {
      for (const m of [0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 1]) {
        for (const k of [0, 0.8, 0.9, 0.95]) {
          const drops = (r: GateRow) =>
            r.concern < c &&
            !isSafetyNeed(topNeed(r).need) &&
            topNeed(r).probability >= t &&
            (r.u?.safetyMass ?? 1) < m &&
            (r.s?.confidence ?? 0) >= k;
          if (crises.some(drops)) continue;
          const dropped = kaarten.filter(drops).length;
          if (dropped > best.dropped) {
            best = {
              dropped,
              lost: others.filter(drops).length,
              box: `c<${c} t>=${t} m<${m} k>=${k}`,
            };
          }
        }
      }
    }
  }
  console.log(
    `\nBest box of four readings at no out-of-fold crisis given up (chosen on the dev kaarten): ${best.box}, dev kaarten dropped ${best.dropped} of ${kaarten.length}, other sets' crises lost ${best.lost}.`,
  );
}
