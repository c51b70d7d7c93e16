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
  /** Per entry: label → share (0..1), for agreement between a question and its best entry. */
  readonly profiles: readonly ReadonlyMap<number, number>[];
}

/**
 * An entry's description names a few needs, but the entry serves its whole levensgebied: a
 * rechtswinkel that says "advies" also helps with unpaid wages. So every need of the entry's
 * levensgebieden gets at least FLOOR_SHARE, and the model's reading of the text (normalised over
 * those needs) adds the rest: share = FLOOR_SHARE + (1 − FLOOR_SHARE) × model share.
 */
export const FLOOR_SHARE = 0.25;

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
    const total = ranked.reduce((sum, item) => sum + item.p, 0) || 1;
    const profile = new Map<number, number>();
    for (const item of ranked) {
      const share = FLOOR_SHARE + (1 - FLOOR_SHARE) * (item.p / total);
      profile.set(item.label, share);
      const list = lists[item.label] as { docs: number[]; weights: number[] };
      list.docs.push(doc);
      list.weights.push(share);
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
