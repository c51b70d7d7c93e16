/**
 * What the English reading probes share (`englishSenseProbe.ts`, `englishShortWordProbe.ts`; ADR
 * 0013, session 19): a phrasing with the levensgebieden it belongs to and the Dutch words its
 * English must (`want`) or must not (`not`) be read as, and the run that reads each phrasing over
 * the wijkwijzer's own knowledge as the product reads a first message in English.
 *
 * - reading: the Dutch words the glossary gives the English words hold one of `want` (when given)
 *   and none of `not`;
 * - levensgebied: one of `gebieden` is among the two levensgebieden the search offers.
 *
 * `targeted` phrasings are the ones a change is for; the others are controls that must not fall.
 */
import path from 'node:path';
import { analyseQuery } from '../src/search/queryAnalysis.js';
import { search } from '../src/search/search.js';
import { PROBE_ROOT, PROBE_TODAY, probeKaart } from './probeKaart.js';

export interface Phrasing {
  readonly text: string;
  readonly gebieden: readonly string[];
  readonly want?: readonly string[];
  readonly not?: readonly string[];
  readonly targeted: boolean;
}

/** A phrasing maker: `phrasing(true)` for targeted lines, `phrasing(false)` for controls. */
export const phrasing =
  (targeted: boolean) =>
  (
    text: string,
    gebieden: readonly string[],
    want?: readonly string[],
    not?: readonly string[],
  ): Phrasing => ({
    text,
    gebieden,
    targeted,
    ...(want === undefined ? {} : { want }),
    ...(not === undefined ? {} : { not }),
  });

/** The Dutch words the glossary read into an English message (its own words, not the kaart's). */
function glossed(text: string, terms: ReturnType<typeof analyseQuery>['terms']): string[] {
  const lower = text.toLowerCase();
  return [
    ...new Set(
      terms.flatMap((term) =>
        term.via.kind === 'synonym' && lower.includes(term.via.phrase.split(' ')[0] ?? '')
          ? [term.word]
          : [],
      ),
    ),
  ];
}

/**
 * Reads every phrasing and prints the misses (every phrasing with PROBE_SHOW=1), then the tallies
 * of targeted lines and controls. `markKind` puts T or C before each printed line.
 */
export async function runEnglishReadingProbe(
  phrasings: readonly Phrasing[],
  options: { readonly markKind?: boolean } = {},
): Promise<void> {
  const show = process.env.PROBE_SHOW === '1';
  const { index } = await probeKaart(path.join(PROBE_ROOT, 'knowledge'));
  const tally = {
    targeted: { n: 0, reading: 0, gebied: 0 },
    control: { n: 0, reading: 0, gebied: 0 },
  };
  for (const p of phrasings) {
    const words = glossed(p.text, analyseQuery(index.internals, p.text, 'en').terms);
    const found = search(index, {
      text: p.text,
      audience: 'resident',
      today: PROBE_TODAY,
      top: 3,
      language: 'en',
    });
    const two = found.domains.slice(0, 2).map((d) => d.slug);
    const readingOk =
      (p.want === undefined || p.want.some((w) => words.includes(w))) &&
      (p.not ?? []).every((w) => !words.includes(w));
    const gebiedOk = two.some((slug) => p.gebieden.includes(slug));
    const into = p.targeted ? tally.targeted : tally.control;
    into.n += 1;
    if (readingOk) into.reading += 1;
    if (gebiedOk) into.gebied += 1;
    if (show || !readingOk || !gebiedOk) {
      const kind = options.markKind === true ? `${p.targeted ? 'T' : 'C'} ` : '';
      console.log(
        `${kind}${readingOk ? '  ' : 'R!'} ${gebiedOk ? '  ' : 'G!'} ${p.text}\n      read ${words.join(' ') || '-'} | offered ${two.join(', ') || '-'} (want ${p.gebieden.join('/')})`,
      );
    }
  }
  for (const [name, t] of [
    ['targeted', tally.targeted],
    ['controls', tally.control],
  ] as const) {
    console.log(
      `${name}: reading ${String(t.reading)}/${String(t.n)}, levensgebied top two ${String(t.gebied)}/${String(t.n)}`,
    );
  }
}
