/**
 * The dev sets the tuner's recall floor counts beside the corpus crises (docs/adr/0012-safety-net.md,
 * session 17): the twenty-fifth round's very short crises, and conversations in which a crisis is
 * told a little at a time, each message weak on its own (the build-up transcript's three weak
 * messages and corpus/safety/dev/build-up-conversations.txt). Out of fold the corpus floor sees
 * single messages only, so thresholds it allows could leave a short crisis or a build-up unasked.
 * Both sets are scored by the tuner's fold models and never trained on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { crisisKindsByUrgency } from '../../src/safety/crisisKind.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { shortCrises } from '../../test/safety/rules/veryShortMessagePhrasings.js';
import { weakMessages } from '../../test/safety/weakMessages.js';
import type { TrainingExample } from './concernExamples.js';
import { classRoundCrises } from './roundClassSets.js';
import { corpusKey } from './safetyCorpus.js';

export const buildUpFile = path.join(
  findProjectRoot(),
  'corpus',
  'safety',
  'dev',
  'build-up-conversations.txt',
);

export interface Conversation {
  readonly kinds: readonly string[];
  readonly turns: readonly string[];
}

const kindsSchema = z.array(z.enum(crisisKindsByUrgency)).min(1);

/**
 * Conversations of the build-up file: "@conversation KINDS" starts one, each line after it is a
 * turn; "#" lines and blank lines are skipped. A conversation of fewer than two turns cannot build
 * up, and a turn before any "@conversation" has no kinds: both stop the run with the line number.
 */
export function parseConversations(source: string, content: string): Conversation[] {
  const conversations: { kinds: string[]; turns: string[] }[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const start = /^@conversation\s+(.+)$/.exec(line);
    if (start !== null) {
      const kinds = kindsSchema.safeParse((start[1] ?? '').split(/\s+/));
      if (!kinds.success) throw new Error(`${source}:${index + 1}: unknown kinds in "${line}"`);
      conversations.push({ kinds: kinds.data, turns: [] });
      return;
    }
    const current = conversations.at(-1);
    if (current === undefined)
      throw new Error(`${source}:${index + 1}: a turn before @conversation`);
    current.turns.push(line);
  });
  const short = conversations.findIndex((c) => c.turns.length < 2);
  if (short !== -1)
    throw new Error(`${source}: conversation ${short + 1} has fewer than two turns`);
  return conversations;
}

/**
 * True for a file in the conversation format above (a line "@conversation KINDS"), which the
 * written format's readers (parseWritten) cannot read: each of its turns means something only after
 * the turns before it.
 */
export function isConversationFormat(content: string): boolean {
  return content.split('\n').some((line) => /^@conversation(?:\s|$)/.test(line.trim()));
}

/** The transcript test's three weak messages first, then the dev file's conversations. */
export function buildUpConversations(): Conversation[] {
  return [
    { kinds: ['suicide'], turns: [...weakMessages] },
    ...parseConversations(path.basename(buildUpFile), readFileSync(buildUpFile, 'utf8')),
  ];
}

/** A scored-only example of the floor sets; `set` names it in the tuner's points. */
const floorExample = (key: string, text: string, kinds: readonly string[], set: string) =>
  ({
    key,
    text,
    label: 'crisis',
    kinds,
    origin: 'floor-set',
    class: set,
  }) satisfies TrainingExample;

/**
 * Every message of both sets as a scored-only example. The fold is read from a key's characters
 * 8 to 16 (foldOf), so each turn of a conversation carries its conversation's key there and the
 * turn number after it: one fold model scores the whole conversation, as one model answers a
 * resident. `class` is "short" or "conversation:N:T" (conversation N, turn T).
 */
export function floorSetExamples(): TrainingExample[] {
  const short = shortCrises.map(({ text, kinds }) =>
    floorExample(`${corpusKey(text)}:short`, text, kinds, 'short'),
  );
  const turns = buildUpConversations().flatMap((conversation, n) => {
    const key = corpusKey(conversation.turns.join('\n'));
    return conversation.turns.map((text, t) =>
      floorExample(`${key}:turn-${t}`, text, conversation.kinds, `conversation:${n}:${t}`),
    );
  });
  return [...short, ...turns];
}

/**
 * The class rounds' crises (26 to 36, roundClassSets.ts) as scored-only examples, class
 * "class-crisis": a third floor set the tuner counts with `--class-floor` (session 17, safety42),
 * each message a first message, as the short crises.
 */
export function classCrisisExamples(): TrainingExample[] {
  return classRoundCrises().map(({ round, text, kinds }) =>
    floorExample(`${corpusKey(text)}:class-${round}`, text, kinds, 'class-crisis'),
  );
}

/** The floor sets' scored points, regrouped: the short crises, and each conversation's turns in order. */
export function groupFloorSets<P extends { readonly example: TrainingExample }>(
  points: readonly P[],
): { short: P[]; conversations: P[][]; classCrises: P[] } {
  const short = points.filter((p) => p.example.class === 'short');
  const classCrises = points.filter((p) => p.example.class === 'class-crisis');
  const byConversation = new Map<number, { turn: number; point: P }[]>();
  for (const point of points) {
    const match = /^conversation:(\d+):(\d+)$/.exec(point.example.class);
    if (match === null) continue;
    const n = Number(match[1]);
    const list = byConversation.get(n) ?? [];
    list.push({ turn: Number(match[2]), point });
    byConversation.set(n, list);
  }
  const conversations = [...byConversation.keys()]
    .sort((a, b) => a - b)
    .map((n) =>
      (byConversation.get(n) ?? []).sort((a, b) => a.turn - b.turn).map(({ point }) => point),
    );
  return { short, conversations, classCrises };
}
