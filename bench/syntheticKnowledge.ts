import type { Catalogue, Voorziening } from '../src/knowledge/catalogue.js';
import { tokenize } from '../src/text/normalise.js';

/** A small, seedable PRNG (mulberry32): the same synthetic knowledge on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A catalogue of `size` entries made from the real knowledge: names, keywords and sentences are
 * recombined from real entries, levensgebieden, areas and ages are drawn from the real ones, and
 * one word in eight becomes a new compound of two real words (buurt + koffie), so the vocabulary
 * grows with the size as it would with more partners. Meant for timing, not for quality.
 */
export function syntheticCatalogue(real: Catalogue, size: number, seed = 42): Catalogue {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const entries = real.voorzieningen;
  const words = [
    ...new Set(entries.flatMap((entry) => tokenize(`${entry.naam} ${entry.omschrijving}`))),
  ].filter((word) => word.length >= 4);
  const sentences = entries.flatMap((entry) =>
    entry.omschrijving.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.length > 10),
  );
  const keywords = [...new Set(entries.flatMap((entry) => entry.trefwoorden))];
  const stadsdelen = real.areas.stadsdelen.map((stadsdeel) => stadsdeel.naam);
  const wijken = real.areas.wijken.map((wijk) => wijk.naam);
  const mutate = (text: string): string =>
    text
      .split(' ')
      .map((word) => (random() < 0.125 && word.length > 3 ? `${word}${pick(words)}` : word))
      .join(' ');

  const voorzieningen: Voorziening[] = [];
  for (let i = 0; i < size; i += 1) {
    const template = pick(entries);
    const gebiedRoll = random();
    const gebied =
      gebiedRoll < 0.6
        ? ('heel-de-gemeente' as const)
        : gebiedRoll < 0.8
          ? { stadsdelen: [pick(stadsdelen)] }
          : gebiedRoll < 0.95
            ? { wijken: [pick(wijken)] }
            : ('landelijk' as const);
    const minAge = random() < 0.25 ? Math.floor(random() * 70) : undefined;
    voorzieningen.push({
      ...template,
      id: `synthetisch-${i}`,
      naam: mutate(`${template.naam} ${pick(words)}`).slice(0, 80),
      omschrijving: mutate([pick(sentences), pick(sentences), pick(sentences)].join(' ')).slice(
        0,
        400,
      ),
      trefwoorden: Array.from({ length: 3 + Math.floor(random() * 6) }, () => pick(keywords)),
      levensgebieden: [
        pick(entries).levensgebieden[0] as string,
        ...template.levensgebieden.slice(0, 1),
      ],
      gebied,
      doelgroep: {
        kenmerken: template.doelgroep.kenmerken,
        ...(minAge === undefined ? {} : { leeftijd: { min: minAge, max: minAge + 20 } }),
      },
    });
  }
  const byId = new Map(voorzieningen.map((entry) => [entry.id, entry]));
  return {
    ...real,
    version: `synthetic-${size}-${seed}`,
    voorzieningen,
    voorziening: (id) => byId.get(id),
  };
}
