import { describe, expect, it } from 'vitest';
import { isKeptApart } from '../../scripts/safety/keptApart.js';

describe('which files the safety scripts keep apart', () => {
  it('refuses the kaart fixture folders, however the path is written', () => {
    expect(isKeptApart('test/fixtures/kaart-hengelo/questions.txt')).toBe(true);
    expect(isKeptApart('./test/fixtures/kaart-noordmark/nl.jsonl')).toBe(true);
    expect(isKeptApart('test/fixtures/../fixtures/kaart-noordmark/nl.jsonl')).toBe(true);
  });

  it('refuses the frozen split and the unseen rounds', () => {
    expect(isKeptApart('corpus/safety/split/test.jsonl')).toBe(true);
    expect(isKeptApart('corpus/safety/unseen/round-07.txt')).toBe(true);
  });

  it('allows a training-only file whose name says kaart', () => {
    expect(isKeptApart('corpus/safety/train-only/kaart-style-questions.txt')).toBe(false);
    expect(isKeptApart('corpus/safety/train-only/ordinary-kaartvragen.txt')).toBe(false);
    expect(isKeptApart('corpus/safety/dev/crisis-classes-probe.txt')).toBe(false);
  });
});
