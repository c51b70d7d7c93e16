import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainingExamples, trainOnlyDir } from '../../scripts/safety/concernExamples.js';
import { devKaartQuestions } from '../../scripts/safety/helpQuestions.js';
import {
  comparableWords,
  findNearCopies,
  nearCopyReason,
} from '../../scripts/safety/nearCopies.js';
import { loadCorpusFile, loadSplit, unseenFile } from '../../scripts/safety/safetyCorpus.js';
import { heldOutPhrasings } from './heldOut.js';

// A training line that is a held-out line with a few words added, cut or changed makes the figures
// on that line partly in-sample (docs/adr/0012-safety-net.md, "Near copies of frozen lines").
const reason = (a: string, b: string) => nearCopyReason(comparableWords(a), comparableWords(b));

const heldOut = [
  ...loadSplit('test').map((record) => ({ text: record.text, where: `test: ${record.key}` })),
  ...loadCorpusFile(unseenFile).map((record) => ({
    text: record.text,
    where: `${record.source}: ${record.key}`,
  })),
];

/** The written lines of the training-only files in `dir` (default: the project's), by file:line. */
function trainOnlyLines(dir = trainOnlyDir, keep: (name: string) => boolean = () => true) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && keep(name))
    .sort()
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .map((line, index) => ({ text: line.trim(), where: `${name}:${index + 1}` }))
        .filter(({ text }) => text !== '' && !text.startsWith('#') && !text.startsWith('@')),
    );
}

describe('near copies of held-out lines', () => {
  it('finds a line with words added or cut, one with its ending changed, and an exact copy', () => {
    expect(
      reason(
        'de kat zit al drie dagen op het dak',
        'de kat zit al drie dagen op het dak van de school',
      ),
    ).toBe('contained');
    expect(
      reason(
        'We vonden het hek van de speeltuin open',
        'we vonden het hek van de speeltuin open en niemand lette op',
      ),
    ).toBe('contained');
    expect(
      reason(
        'ik heb de trein gemist en sta nu op het perron in de regen',
        'ik heb de trein gemist en sta nu op het perron zonder jas',
      ),
    ).toBe('shared-opening');
    expect(
      reason(
        'mijn buurvrouw belt elke ochtend om zeven uur aan',
        'Mijn buurvrouw belt elke ochtend om zeven uur aan!',
      ),
    ).toBe('exact');
  });

  it('leaves apart lines that only share an opening or a few common words', () => {
    expect(
      reason(
        'Ik heb een vraag over de bibliotheek',
        'ik heb een vraag over de kinderopvangtoeslag',
      ),
    ).toBeUndefined();
    expect(
      reason(
        'ik heb het gevoel dat ik tekortschiet als vader',
        'ik heb het gevoel dat de buren me niet mogen',
      ),
    ).toBeUndefined();
    expect(
      reason('Is er een kledingbank in de buurt?', 'Is er een beweegcoach in de buurt?'),
    ).toBeUndefined();
    expect(reason('help', 'help me met de huur')).toBeUndefined();
  });

  it('reads contractions as their full forms', () => {
    expect(reason("I'm scared of the bailiff", 'I am scared of the bailiff')).toBe('exact');
    expect(reason("m'n buurman rijdt te hard", 'mijn buurman rijdt te hard')).toBe('exact');
    expect(reason("we don't have a washing machine", 'we do not have a washing machine')).toBe(
      'exact',
    );
  });

  it('finds a whole line of five words inside a much longer one', () => {
    expect(
      reason(
        "I'm buried under unpaid bills",
        'I am buried under unpaid bills since the winter, who can sort them out with me',
      ),
    ).toBe('contained');
    // Four words are an everyday phrase, not a copy, unless they are half the other line.
    expect(
      reason('ik snap het niet', 'ik snap het niet, de brief van de belasting is te moeilijk'),
    ).toBeUndefined();
  });

  it('finds a long run in common, and a line reworded around its words', () => {
    expect(
      reason(
        'de buurvrouw staat met een schaar in de gang en roept dat ze me pakt',
        'gisteren stond de buurvrouw met een schaar in de gang en roept dat ze me pakt',
      ),
    ).toBe('shared-run');
    expect(
      reason(
        'mijn dochter heeft vorig jaar in haar armen gekrast maar nu gaat het goed met haar',
        'vorig jaar heeft mijn dochter in haar armen gekrast, nu gaat het goed met haar',
      ),
    ).toBe('reworded');
    expect(
      reason(
        'hoe moet ik reageren als een leerling op de judoclub ooit zegt dat iemand haar betast',
        'wat doe ik als een leerling op de judoclub ooit zegt dat iemand haar betast',
      ),
    ).toBe('shared-run');
  });

  it('still leaves apart two template lines with the topic swapped', () => {
    expect(
      reason('Is er een kledingbank in de buurt?', 'Is er een beweegcoach in de buurt?'),
    ).toBeUndefined();
    expect(
      reason(
        'Ik heb een vraag over de bibliotheek',
        'ik heb een vraag over de kinderopvangtoeslag',
      ),
    ).toBeUndefined();
  });

  it('is in no training-only file: each line is written in its own words', () => {
    const lines = trainOnlyLines();
    const found = findNearCopies(lines, heldOut).map(
      (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.where}`,
    );
    expect(found).toEqual([]);
  });

  it('is in no training-only file from round 10 on for a dev kaart question: the tuner fits on them', () => {
    // The dev kaarten are never trained on; the eighth round fits the firm-check thresholds on their
    // help questions (docs/adr/0012-safety-net.md), which a near copy in training would flatter.
    // Eleven lines of rounds 3 to 9, written before these kaarten existed or were read, are near
    // copies of common phrasings in them ("ik trek het niet meer", "help with my tax return
    // please"); they stay, and are named in the ADR.
    const lines = trainOnlyLines(
      trainOnlyDir,
      (name) => Number(/^round-(\d+)/.exec(name)?.[1] ?? 0) >= 10,
    );
    const dev = devKaartQuestions().map((q) => ({ text: q.text, where: `${q.set}: ${q.key}` }));
    const found = findNearCopies(lines, dev).map(
      (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.where}`,
    );
    expect(found).toEqual([]);
  });

  it('is never trained on, whichever written file holds it', () => {
    const trained = trainingExamples()
      .filter((example) => example.origin !== 'help')
      .map((example) => ({ text: example.text, where: `${example.origin}: ${example.key}` }));
    const found = findNearCopies(trained, heldOut).map(
      (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.where}`,
    );
    expect(found).toEqual([]);
  });

  it('is not a phrasing kept out of the corpus for the tests (test/safety/heldOut.ts)', () => {
    const phrasings = heldOutPhrasings();
    const trained = [
      ...trainOnlyLines(),
      ...trainingExamples()
        .filter((example) => example.origin !== 'help')
        .map((example) => ({ text: example.text, where: `${example.origin}: ${example.key}` })),
    ];
    const found = findNearCopies(trained, phrasings).map(
      (copy) => `${copy.line.where} (${copy.why}) ~ ${copy.heldOut.text}`,
    );
    // Lines written before these phrasings that share a common opening or frame with one (and
    // "my husband hits me", in the rule sets of ADR 0005 since that ADR). They stay in the corpus;
    // any other near copy fails.
    const known = [
      'round-3-crises.txt:78 (reworded) ~ Ik werk als docent en ik wil niet meer leven',
      'round-6-help-questions.txt:47 (shared-opening) ~ Ik ben mijn baan kwijt en weet niet hoe ik de huur van volgende maand betaal',
      'corpus: 84646026ca2ddbc7 (shared-opening) ~ Ik zie het niet meer zitten met die verbouwing van de keuken, wie kent een goede aannemer',
      'corpus: b968c27051b0a781 (reworded) ~ Ik werk als docent en ik wil niet meer leven',
      'corpus: a7f92c7baaf16dd4 (shared-opening) ~ Voor mij hoeft het allemaal niet meer, laat het maar stil worden',
      'train-only: 517fcf027046c59b (shared-opening) ~ Ik ben mijn baan kwijt en weet niet hoe ik de huur van volgende maand betaal',
      'legacy: 353bd8cccaed8267 (exact) ~ my husband hits me',
      // Frame cases written in session 7 close to older training lines (a study and a worker's
      // own crisis): those two cases are partly in-sample.
      'round-6-near-misses-in-help-questions.txt:23 (reworded) ~ Voor school maak ik een werkstuk over zelfdoding bij jongeren, waar vind ik cijfers',
      'corpus: d31bdb403116845d (contained) ~ I work as a nurse and I want to end my life',
      'train-only: fe7131ded0889606 (reworded) ~ Voor school maak ik een werkstuk over zelfdoding bij jongeren, waar vind ik cijfers',
    ];
    expect(found.filter((copy) => !known.includes(copy))).toEqual([]);
  });

  it('would catch a frame test phrasing copied into a training-only file', () => {
    const phrasings = heldOutPhrasings().filter((phrasing) => phrasing.where.startsWith('frame'));
    const nearMiss = phrasings.find((phrasing) => phrasing.where === 'frame near miss');
    const crisis = phrasings.find((phrasing) => phrasing.where === 'frame crisis');
    expect(nearMiss && crisis).toBeTruthy();
    const dir = mkdtempSync(path.join(tmpdir(), 'train-only-'));
    try {
      writeFileSync(
        path.join(dir, 'round-99.txt'),
        `# a copy\n${crisis?.text ?? ''}\n${nearMiss?.text ?? ''}, alvast bedankt\nik zoek een koor in de wijk\n`,
      );
      const found = findNearCopies(trainOnlyLines(dir), phrasings).map(
        (copy) => `${copy.line.where} ${copy.heldOut.where}`,
      );
      expect(found).toContain('round-99.txt:2 frame crisis');
      expect(found).toContain('round-99.txt:3 frame near miss');
      expect(found.filter((copy) => copy.startsWith('round-99.txt:4'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
