import { resolve, sep } from 'node:path';

/**
 * True for a file the safety scripts must not score for choosing (COMMON rules, "APART"): the
 * frozen split, an unseen round, or a kaart's fixture folder (`test/fixtures/kaart-*`, where the
 * kaarten written apart live). Only the fixture folders count as kaarten: a training file whose
 * name says "kaart" is not one.
 */
export function isKeptApart(file: string): boolean {
  if (/split|unseen/.test(file)) return true;
  const parts = resolve(file).split(sep);
  return parts.some(
    (part, index) =>
      part.startsWith('kaart-') && parts[index - 1] === 'fixtures' && parts[index - 2] === 'test',
  );
}
