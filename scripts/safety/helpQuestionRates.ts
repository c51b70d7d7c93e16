/**
 * The check and crisis rates on ordinary resident help questions the safety work never trained or
 * tuned on (scripts/safety/helpQuestions.ts), each message as the first of a new chat. Printed by
 * `npm run bench:safety` as one block, by set and language only: the evaluation sets are read for
 * figures, never for single messages (docs/adr/0012-safety-net.md).
 */
import path from 'node:path';
import { assessSafety } from '../../src/safety/assessSafety.js';
import type { ConcernModel } from '../../src/safety/concernModel.js';
import {
  evaluationHelpSets,
  readDevKaarten,
  type HelpLanguage,
  type HelpQuestion,
} from './helpQuestions.js';

export interface HelpRates {
  readonly questions: number;
  readonly checks: number;
  /** Checks that hold up the search until answered (docs/adr/0012-safety-net.md, fourth round). */
  readonly firmChecks: number;
  readonly crises: number;
}

export function helpRates(questions: readonly HelpQuestion[], model: ConcernModel): HelpRates {
  let checks = 0;
  let firmChecks = 0;
  let crises = 0;
  for (const question of questions) {
    const { outcome, checkStrength } = assessSafety(question.text, { model });
    if (outcome === 'check') checks += 1;
    if (checkStrength === 'firm') firmChecks += 1;
    if (outcome === 'crisis') crises += 1;
  }
  return { questions: questions.length, checks, firmChecks, crises };
}

const pct = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

const languages: readonly [HelpLanguage, string][] = [
  ['nl', 'Dutch'],
  ['en', 'English'],
];

/** The block's lines: per evaluation set and language, then all sets together. */
export function helpRateLines(model: ConcernModel, options: { frozen: boolean }): string[] {
  const sets = evaluationHelpSets(options);
  const lines = [
    '',
    'Ordinary help questions never trained or tuned on (first message of a new chat; target ≤ 5% check or crisis; a firm check or crisis holds up the search, a soft check does not):',
    `| ${'set'.padEnd(44)} | ${'language'.padEnd(8)} | ${'check or crisis'.padEnd(17)} | ${'firm check or crisis'.padEnd(20)} | ${'crisis reply'.padEnd(15)} |`,
    `| ${'---'.padEnd(44)} | ${'---'.padEnd(8)} | ${'---'.padEnd(17)} | ${'---'.padEnd(20)} | ${'---'.padEnd(15)} |`,
  ];
  const all = sets.flatMap(([, questions]) => questions);
  // The rounds before the third to twenty-fifth kaart reported Hengelo and the two frozen splits
  // together; that sum stays beside the sum of all sets so the figures remain comparable.
  const earlier = sets
    .filter(
      ([name]) =>
        !/Vechtstede|Reggedal|Elsenvoorde|Hoolterveen|Dalmolen|Kolthoorn|Hesselbroek|Brakelveen|Ravelsloo|Wolderbeek|Lindewaard|Weversdal|Kuipersveld|Smidsbroek|Vlasmarke|Biezendijk|Hazelbrink|Tichelhorst|Korfhuizen|Slikkerwaard|Rietmonde|Touwhoven|Turfhaven/.test(
          name,
        ),
    )
    .flatMap(([, questions]) => questions);
  const totals: [string, HelpQuestion[]][] = [
    ...(options.frozen ? [['Hengelo and frozen splits', earlier] as [string, HelpQuestion[]]] : []),
    ['all sets', all],
  ];
  // Vechtstede and Reggedal are dev sets since the seventh round (docs/adr/0012-safety-net.md),
  // Elsenvoorde since 2026-12-02 session 6, Hoolterveen since session 7, Dalmolen since session 8,
  // Kolthoorn since session 9, Hesselbroek since session 10, Brakelveen since session 11,
  // Ravelsloo since session 12, Wolderbeek since session 13, Lindewaard since session 14, Weversdal
  // since session 15, Kuipersveld since session 16, Smidsbroek since session 17, Vlasmarke since
  // session 18, Biezendijk since session 19, Hazelbrink since session 20, Tichelhorst since session
  // 21, Korfhuizen since session 22, Slikkerwaard since session 23, Rietmonde since session 24,
  // Touwhoven since session 25: their help questions may be read to choose changes, so their rows
  // say so (readDevKaarten; Turfhaven is the apart kaart).
  const isDev = (name: string) =>
    readDevKaarten.some((kaart) => name.toLowerCase().startsWith(kaart));
  for (const [title, questions] of [...sets, ...totals]) {
    const name = isDev(title) ? `${title.replace(/ \(.*\)$/, '')} (dev)` : title;
    for (const [lang, label] of languages) {
      const r = helpRates(
        questions.filter((q) => q.lang === lang),
        model,
      );
      lines.push(
        `| ${name.padEnd(44)} | ${label.padEnd(8)} | ${pct(r.checks + r.crises, r.questions).padEnd(17)} | ${pct(r.firmChecks + r.crises, r.questions).padEnd(20)} | ${pct(r.crises, r.questions).padEnd(15)} |`,
      );
    }
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const { loadConcernModel } = await import('../../src/safety/concernModel.js');
  console.log(
    helpRateLines(loadConcernModel(), { frozen: !process.argv.includes('--unseen-only') }).join(
      '\n',
    ),
  );
}
