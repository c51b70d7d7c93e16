/**
 * What the safety check decides on every dev message, as one SHA-256 per set: a speed change to
 * the check (src/safety/) must leave every decision as it was (docs/benchmarks.md, "Safety check").
 * `npx tsx scripts/safety/assessDigest.ts` writes test/safety/assessDigest.json from the shipped
 * models; test/safety/assessDigest.integration.test.ts recomputes it and fails on any difference.
 * After a retrain (`npm run train:safety`, scripts/safety/trainFrames.ts), a rule change or new
 * corpus lines the digest is expected to move: regenerate it (a generated file, committed apart
 * from hand-written changes, like the models).
 *
 * Sets: the safety corpus's train and dev splits, the training-only rounds, the frame corpus, the
 * rule fixtures of test/safety/ and the questions of the dev kaarten. Never the frozen test split
 * nor the unseen rounds. The digest holds hashes only: no message, no score per message.
 *
 * Each message is read in three ways: as the first message of a chat; inside a made-up conversation
 * (the set in chunks of five, the concern carried over, the resident's language English), which
 * reaches the build-up of weak signals; and by each layer on its own (rules, concern model with
 * full-precision probabilities, frame reader), so that a change inside a layer is seen even where
 * the decision hides it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  assessSafety,
  type AssessOptions,
  type SafetyAssessment,
} from '../../src/safety/assessSafety.js';
import {
  loadConcernModel,
  shippedModelFile,
  type ConcernModel,
} from '../../src/safety/concernModel.js';
import { detectCrisisNormalised } from '../../src/safety/detectCrisis.js';
import {
  loadFrameReader,
  shippedFrameReaderFile,
  type FrameReader,
} from '../../src/safety/frameReader.js';
import { normalise } from '../../src/safety/normalise.js';
import { noConcern, type ConcernState } from '../../src/safety/concernState.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { frameCorpus } from './frameExamples.js';
import { corpusRoot, loadSplit, parseWritten } from './safetyCorpus.js';

const root = findProjectRoot();

export const digestFile = path.join(root, 'test', 'safety', 'assessDigest.json');

/** The dev kaarten whose questions are read (the frozen and apart kaarten never are). */
export const digestKaarten = [
  'vechtstede',
  'reggedal',
  'elsenvoorde',
  'hoolterveen',
  'dalmolen',
  'kolthoorn',
  'hesselbroek',
  'brakelveen',
  'ravelsloo',
  'wolderbeek',
  'lindewaard',
  'weversdal',
  'kuipersveld',
  'smidsbroek',
  'vlasmarke',
  'biezendijk',
  'hazelbrink',
  'tichelhorst',
  'korfhuizen',
  'slikkerwaard',
  'rietmonde',
  'touwhoven',
] as const;

const textLine = z.object({ text: z.string() });

function jsonlTexts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .map((line) => textLine.parse(JSON.parse(line)).text);
}

function trainOnlyTexts(): string[] {
  const dir = path.join(corpusRoot, 'train-only');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseWritten(name, readFileSync(path.join(dir, name), 'utf8')))
    .map((record) => record.text);
}

/** Every dev set, by name, its messages in file order. */
export function digestSets(): [string, string[]][] {
  const fixtures = path.join(root, 'test', 'safety');
  return [
    ['corpus train', loadSplit('train').map((record) => record.text)],
    ['corpus dev', loadSplit('dev').map((record) => record.text)],
    ['training-only rounds', trainOnlyTexts()],
    ['frame corpus', frameCorpus().map((record) => record.text)],
    [
      'rule fixtures',
      ['crisis', 'near-misses', 'ordinary'].flatMap((name) =>
        jsonlTexts(path.join(fixtures, `${name}.jsonl`)),
      ),
    ],
    ...digestKaarten.map((name): [string, string[]] => [
      `kaart ${name}`,
      jsonlTexts(path.join(root, 'test', 'fixtures', `kaart-${name}`, 'questions.jsonl')),
    ]),
  ];
}

/** Probabilities to twelve decimals: a difference below that is rounding, not a decision. */
const p12 = (x: number) => Number(x.toFixed(12));

function decision(assessment: SafetyAssessment): unknown {
  const { explanation } = assessment;
  return [
    assessment.outcome,
    assessment.kinds,
    assessment.lines.map((line) => line.id),
    assessment.language,
    assessment.checkStrength,
    [
      explanation.source,
      explanation.ruleIds,
      explanation.concern,
      explanation.accumulated,
      explanation.strongest,
      explanation.frame ?? null,
    ],
    assessment.nextConcern,
  ];
}

/** One line per message: what each layer read and what the check decided, without the text. */
export function messageLines(
  texts: readonly string[],
  model: ConcernModel,
  frames: FrameReader,
): string[] {
  const options: AssessOptions = { model, frames };
  let prior: ConcernState = noConcern;
  return texts.map((text, index) => {
    if (index % 5 === 0) prior = noConcern;
    const first = assessSafety(text, options);
    const inConversation = assessSafety(text, { ...options, priorConcern: prior, language: 'en' });
    prior = inConversation.nextConcern;
    const normalised = normalise(text);
    const rules = detectCrisisNormalised(normalised);
    const score = model.scoreNormalised(normalised);
    const frame = frames.readNormalised(normalised);
    return JSON.stringify([
      decision(first),
      decision(inConversation),
      rules,
      [
        p12(score.crisis),
        p12(score.kinds.danger),
        p12(score.kinds.suicide),
        p12(score.kinds.abuse),
      ],
      [p12(score.concern), score.strongest],
      [p12(frame.framed), frame.strongest],
    ]);
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const assessDigestSchema = z.strictObject({
  /** The SHA-256 of the model files the digest was made with: a retrain moves the digest. */
  models: z.strictObject({ concern: z.string(), frame: z.string() }),
  sets: z.array(
    z.strictObject({ name: z.string(), messages: z.number().int(), sha256: z.string() }),
  ),
});
export type AssessDigest = z.infer<typeof assessDigestSchema>;

export function computeDigest(): AssessDigest {
  const model = loadConcernModel();
  const frames = loadFrameReader();
  return {
    models: {
      concern: sha256(readFileSync(shippedModelFile, 'utf8')),
      frame: sha256(readFileSync(shippedFrameReaderFile, 'utf8')),
    },
    sets: digestSets().map(([name, texts]) => ({
      name,
      messages: texts.length,
      sha256: sha256(messageLines(texts, model, frames).join('\n')),
    })),
  };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  writeFileSync(digestFile, `${JSON.stringify(computeDigest(), null, 2)}\n`);
  console.log(`wrote ${path.relative(root, digestFile)}`);
}
