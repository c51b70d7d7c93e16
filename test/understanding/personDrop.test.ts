import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/syntheticKnowledge.js';
import {
  DEFAULT_SETTINGS,
  settingsFromEnvironment,
  toExample,
  trainingTexts,
  trainLinear,
} from '../../training/linearTrainer.js';

/**
 * The situation taught without the person (ADR 0013, session 22): a corpus line that names a
 * person or an age is also learnt without those words, with its own labels and a weight below 1.
 */
const lines = [
  { text: 'mijn zoon van 12 zoekt een voetbalclub in de wijk', needs: ['meedoen.sport'] },
  { text: 'ik zoek een zwemclub voor volwassenen', needs: ['meedoen.sport'] },
  { text: 'mijn buurvrouw', needs: ['buren.contact'] },
];

describe('the person-dropped copy of a training line', () => {
  it('is off by default and adds nothing then', () => {
    expect(DEFAULT_SETTINGS.personDrop).toBe(0);
    expect(settingsFromEnvironment({}).personDrop).toBe(0);
    expect(settingsFromEnvironment({ TRAIN_PERSON_DROP: '0.3' }).personDrop).toBe(0.3);
    const texts = trainingTexts(lines, [], createRandom(7));
    expect(texts).toHaveLength(6);
    expect(texts.every((item) => item.weight === undefined)).toBe(true);
  });

  it('copies a line that names a person, without the person and the age, at the weight', () => {
    const texts = trainingTexts(lines, [], createRandom(7), 0.3);
    const copies = texts.filter((item) => item.weight !== undefined);
    expect(copies).toEqual([
      { text: 'mijn van zoekt een voetbalclub in de wijk', needs: ['meedoen.sport'], weight: 0.3 },
    ]);
    // A line left with one word ("mijn") gets no copy: the person was all it said.
    expect(copies.some((item) => item.needs.includes('buren.contact'))).toBe(false);
  });

  it('draws the same typos with and without copies (deterministic)', () => {
    const plain = trainingTexts(lines, [], createRandom(7));
    const withCopies = trainingTexts(lines, [], createRandom(7), 0.6);
    expect(withCopies.filter((item) => item.weight === undefined)).toEqual(plain);
    expect(trainingTexts(lines, [], createRandom(7), 0.6)).toEqual(withCopies);
  });

  it('scales the gradient by the weight: an example of weight 0 teaches nothing', () => {
    const labelIndex = new Map([
      ['a', 0],
      ['b', 1],
    ]);
    const settings = { ...DEFAULT_SETTINGS, epochs: 2 };
    const silent = trainLinear(
      [toExample('voetbal', ['a'], labelIndex, 0)],
      2,
      createRandom(1),
      settings,
    );
    expect(Array.from(silent.weights).every((w) => w === 0)).toBe(true);
    expect(Array.from(silent.bias)).toEqual([0, 0]);
    const taught = trainLinear(
      [toExample('voetbal', ['a'], labelIndex, 0.5)],
      2,
      createRandom(1),
      settings,
    );
    expect(taught.bias[0]).toBeGreaterThan(0);
  });
});
