import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldOf, type TrainingExample } from '../../scripts/safety/concernExamples.js';
import {
  buildUpConversations,
  buildUpFile,
  classCrisisExamples,
  floorSetExamples,
  isConversationFormat,
  parseConversations,
} from '../../scripts/safety/floorSets.js';
import { classRoundCrises } from '../../scripts/safety/roundClassSets.js';
import {
  chooseCheck,
  floorSetFigures,
  floorSetsOf,
  readingOf,
  type Point,
} from '../../scripts/safety/tuneConcern.js';
import { weakMessages } from './weakMessages.js';

// A message no rule reads; the points below carry their own word counts and scores.
const quiet = readingOf('de bus naar het station rijdt vandaag een kwartier later').rules;

let serial = 0;
function point(label: TrainingExample['label'], concern: number, words: number, cls = 'x'): Point {
  serial += 1;
  return {
    example: {
      key: `p${serial}`,
      text: `bericht ${serial}`,
      label,
      kinds: label === 'crisis' ? ['suicide'] : [],
      origin: cls === 'x' ? 'corpus' : 'floor-set',
      class: cls,
    },
    rules: quiet,
    words,
    score: { crisis: concern, kinds: { danger: 0, suicide: 0, abuse: 0 }, concern, strongest: [] },
  };
}
const many = (n: number, make: () => Point) => Array.from({ length: n }, make);

// Crises at 0.2, ordinary questions and near misses far below, short help questions at 0.15 and
// long ones spread from 0.03 to 0.15: alone, the corpus lets the checks rise just past them.
const corpus = [
  ...many(100, () => point('crisis', 0.2, 12)),
  ...many(100, () => point('ordinary', 0.01, 12)),
  ...many(10, () => point('near-miss', 0.02, 12)),
];
const help = [
  ...many(50, () => point('ordinary', 0.15, 5)),
  ...[0.03, 0.05, 0.07, 0.09, 0.11, 0.13, 0.15].flatMap((concern) =>
    many(5, () => point('ordinary', concern, 12)),
  ),
];

describe("the tuner's recall floor on the short crises and the build-up", () => {
  it('raises the checks past the help questions when only the corpus counts', () => {
    expect(chooseCheck(corpus, help, 0.994)).toEqual({
      check: 0.16,
      checkShort: 0.16,
      keepsFloorSets: true,
    });
  });

  it('keeps a four-word crisis the corpus does not see asked about', () => {
    const sets = floorSetsOf([point('crisis', 0.14, 4, 'short')], corpus);
    expect(chooseCheck(corpus, help, 0.994, sets)).toEqual({
      check: 0.14,
      checkShort: 0.14,
      keepsFloorSets: true,
    });
  });

  it('keeps a crisis told over three weak turns building up to a check', () => {
    // 0.05 a turn: at a check of 0.10 the third turn reaches 1 (0.5 + 0.35 + 0.245 carried), at
    // 0.11 it stays under.
    const turns = [0, 1, 2].map((t) => point('crisis', 0.05, 12, `conversation:0:${t}`));
    const sets = floorSetsOf(turns, corpus);
    const chosen = chooseCheck(corpus, help, 0.994, sets);
    expect(chosen).toEqual({ check: 0.1, checkShort: 0.16, keepsFloorSets: true });
    const thresholds = {
      crisis: null,
      check: chosen.check,
      checkShort: chosen.checkShort,
      kind: 0.05,
      behindDanger: 0.5,
      weakSignal: 0,
      carryOver: 0.7,
      firmCheck: 1,
      firmCheckShort: 1,
    };
    expect(floorSetFigures(sets, thresholds)).toMatchObject({
      conversations: 1,
      conversationsCaught: 1,
      conversationsCaughtOnlyByBuildUp: 1,
    });
  });

  it('keeps a long class-round crisis the corpus does not see asked about (--class-floor)', () => {
    const sets = floorSetsOf([point('crisis', 0.12, 12, 'class-crisis')], corpus);
    expect(sets.classCrises).toHaveLength(1);
    expect(chooseCheck(corpus, help, 0.994, sets)).toEqual({
      check: 0.12,
      checkShort: 0.16,
      keepsFloorSets: true,
    });
  });

  it('says so when no pair keeps the dev sets, and keeps the corpus choice', () => {
    // A short crisis with no concern at all can only be missed.
    const sets = floorSetsOf([point('crisis', 0, 4, 'short')], corpus);
    expect(chooseCheck(corpus, help, 0.994, sets)).toEqual({
      check: 0.16,
      checkShort: 0.16,
      keepsFloorSets: false,
    });
  });
});

describe('the build-up conversations', () => {
  it('reads kinds and turns, and refuses a file it cannot read', () => {
    const text = [
      '# comment',
      '@conversation abuse suicide',
      'de eerste beurt van het gesprek',
      'de tweede beurt van het gesprek',
      '',
      '@conversation danger',
      'een beurt',
      'nog een beurt',
    ].join('\n');
    expect(parseConversations('t', text)).toEqual([
      {
        kinds: ['abuse', 'suicide'],
        turns: ['de eerste beurt van het gesprek', 'de tweede beurt van het gesprek'],
      },
      { kinds: ['danger'], turns: ['een beurt', 'nog een beurt'] },
    ]);
    expect(() => parseConversations('t', '@conversation brand\na\nb')).toThrow(/t:1/);
    expect(() => parseConversations('t', 'een beurt zonder gesprek')).toThrow(/before/);
    expect(() => parseConversations('t', '@conversation suicide\nmaar een beurt')).toThrow(
      /fewer than two/,
    );
  });

  it('tells a conversation file from one in the written format', () => {
    expect(isConversationFormat('# kop\n\n@conversation suicide\neen beurt\nnog een')).toBe(true);
    expect(isConversationFormat('@label crisis\n@kinds suicide\neen zin')).toBe(false);
    expect(isConversationFormat('@conversations gaat over iets anders')).toBe(false);
    expect(isConversationFormat(readFileSync(buildUpFile, 'utf8'))).toBe(true);
  });

  it('starts with the transcript test and keeps each conversation in one fold', () => {
    const conversations = buildUpConversations();
    expect(conversations[0]?.turns).toEqual([...weakMessages]);
    expect(conversations.length).toBeGreaterThan(10);
    const turns = floorSetExamples().filter((e) => e.class.startsWith('conversation:'));
    const folds = new Map<string, Set<number>>();
    for (const turn of turns) {
      const n = turn.class.split(':')[1] ?? '';
      folds.set(n, (folds.get(n) ?? new Set()).add(foldOf(turn.key, 5)));
    }
    expect(folds.size).toBe(conversations.length);
    for (const set of folds.values()) expect(set.size).toBe(1);
  });
});

describe("the class rounds' crises as a floor set", () => {
  it('holds every crisis of rounds 26 to 36 once, with its kinds, scored only', () => {
    const all = classRoundCrises();
    expect(new Set(all.map((c) => c.round))).toEqual(
      new Set(['26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36']),
    );
    expect(new Set(all.map((c) => c.text)).size).toBe(all.length);
    for (const crisis of all) expect(crisis.kinds.length).toBeGreaterThan(0);
    const examples = classCrisisExamples();
    expect(examples).toHaveLength(all.length);
    for (const example of examples) {
      expect(example).toMatchObject({
        label: 'crisis',
        origin: 'floor-set',
        class: 'class-crisis',
      });
    }
  });
});
