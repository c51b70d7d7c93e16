import type { Voorziening } from '../knowledge/catalogue.js';
import type { LinearModel } from '../understanding/linearModel.js';
import { levensgebiedOfNeed } from '../understanding/needs.js';

/**
 * The learned layer inside the search index (issue 11): every entry's needs as the model reads
 * its own text (name, keywords, description, target group), limited to the levensgebieden the
 * partner gave it. A question's needs then find entries that share no word with it ("ik zie de
 * hele week niemand" reaches a Huiskamer that says "ontmoeten" and "koffie"), in any sociale kaart
 * in the project's format, because nothing here depends on the entries the model was trained
 * beside. Built once per index, like the rest of it.
 */
export interface NeedIndex {
  readonly model: LinearModel;
  /** Per label: its levensgebied, or undefined for `vaag` and `geen`. */
  readonly labelDomain: readonly (string | undefined)[];
  /** Per label: the entries with that need, ascending, and the share of the entry's profile. */
  readonly postingDocs: readonly Int32Array[];
  readonly postingWeights: readonly Float32Array[];
  /** Per entry: label → share, for agreement between a question and its best entry. */
  readonly profiles: readonly ReadonlyMap<number, number>[];
}

/** How many needs one entry's profile keeps, and the least share a need must have. */
export const PROFILE_SIZE = 4;
export const MIN_PROFILE_SHARE = 0.08;
/**
 * An entry's description names a few needs, but the entry serves its whole levensgebied a little:
 * a rechtswinkel that says "advies" also helps with unpaid wages. So the profile mixes the model's
 * reading with an even spread over the needs of the entry's levensgebieden.
 */
export const SPREAD_SHARE = 0.5;

export function entryText(entry: Voorziening): string {
  return [
    entry.naam,
    entry.trefwoorden.join(', '),
    entry.omschrijving,
    entry.doelgroep.kenmerken.map((kenmerk) => kenmerk.replace(/-/g, ' ')).join(', '),
  ].join('. ');
}

export function buildNeedIndex(model: LinearModel, docs: readonly Voorziening[]): NeedIndex {
  const labelDomain = model.labels.map((label) => levensgebiedOfNeed(label));
  const lists = model.labels.map(() => ({ docs: [] as number[], weights: [] as number[] }));
  const profiles: Map<number, number>[] = [];
  docs.forEach((entry, doc) => {
    const probabilities = model.predict(entryText(entry));
    // The partner's levensgebieden are reliable: only needs inside them count. A kaart whose
    // levensgebied ids the model does not know falls back to every need.
    const own = new Set(entry.levensgebieden);
    let allowed = labelDomain.map((domain) => domain !== undefined && own.has(domain));
    if (!allowed.some(Boolean)) allowed = labelDomain.map((domain) => domain !== undefined);
    const ranked: { label: number; p: number }[] = [];
    labelDomain.forEach((_, label) => {
      if (allowed[label] === true) ranked.push({ label, p: probabilities[label] as number });
    });
    ranked.sort((a, b) => b.p - a.p || a.label - b.label);
    const total = ranked.reduce((sum, item) => sum + item.p, 0) || 1;
    const even = 1 / Math.max(1, ranked.length);
    for (const item of ranked) item.p = (1 - SPREAD_SHARE) * (item.p / total) + SPREAD_SHARE * even;
    ranked.sort((a, b) => b.p - a.p || a.label - b.label);
    const profile = new Map<number, number>();
    let kept = 0;
    for (const item of ranked.slice(0, PROFILE_SIZE)) {
      const share = item.p;
      if (share < MIN_PROFILE_SHARE && profile.size > 0) break;
      profile.set(item.label, share);
      kept += share;
    }
    for (const [label, share] of profile) {
      const normalised = share / kept;
      profile.set(label, normalised);
      const list = lists[label] as { docs: number[]; weights: number[] };
      list.docs.push(doc);
      list.weights.push(normalised);
    }
    profiles.push(profile);
  });
  return {
    model,
    labelDomain,
    postingDocs: lists.map((list) => Int32Array.from(list.docs)),
    postingWeights: lists.map((list) => Float32Array.from(list.weights)),
    profiles,
  };
}
