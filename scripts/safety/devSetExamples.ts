/**
 * The dev sets no model trains on, as examples for the rule scripts (rulesOnTraining.ts
 * `--dev-sets`): the class rounds' crises (26 to 36) and near misses (26 to 33), the files of
 * corpus/safety/dev in the written format but the held probes (scripts/safety/heldProbes.ts), and
 * each turn of the build-up conversations (labelled with the conversation's kinds: a rule that
 * caught a turn and no longer does is a loss). Never the frozen test, an unseen round or a kaart
 * written apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TrainingExample } from './concernExamples.js';
import { buildUpConversations, isConversationFormat } from './floorSets.js';
import { heldDevProbes } from './heldProbes.js';
import { classRoundCrises, roundClassSets } from './roundClassSets.js';
import { corpusKey, corpusRoot, parseWritten } from './safetyCorpus.js';

const devDir = path.join(corpusRoot, 'dev');

const example = (
  text: string,
  label: TrainingExample['label'],
  kinds: readonly string[],
  source: string,
  kind: string,
): TrainingExample => ({
  key: corpusKey(text),
  text,
  label,
  kinds,
  origin: 'dev-set',
  class: `${source}/${kind}`,
});

export function devSetExamples(): TrainingExample[] {
  const crises = classRoundCrises().map(({ round, text, kinds }) =>
    example(text, 'crisis', kinds, `class-${round}`, 'crisis'),
  );
  const nearMisses = Object.entries(roundClassSets).flatMap(([round, sets]) =>
    sets.flatMap((set) =>
      set.nearMisses.map((text) => example(text, 'near-miss', [], `class-${round}`, set.name)),
    ),
  );
  const written = readdirSync(devDir)
    // A held probe judges rules by its figures; a rule is never written from its lines.
    .filter((name) => name.endsWith('.txt') && !heldDevProbes.includes(name))
    .flatMap((name) => {
      const content = readFileSync(path.join(devDir, name), 'utf8');
      if (isConversationFormat(content)) return [];
      return parseWritten(name, content).map((record) =>
        example(record.text, record.label, record.kinds, `dev/${name}`, record.class),
      );
    });
  const turns = buildUpConversations().flatMap((conversation, n) =>
    conversation.turns.map((text) =>
      example(text, 'crisis', conversation.kinds, 'dev/build-up', `conversation-${n}`),
    ),
  );
  return [...crises, ...nearMisses, ...written, ...turns];
}
