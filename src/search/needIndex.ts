import type { Voorziening } from '../knowledge/catalogue.js';
import type { LinearModel } from '../understanding/linearModel.js';
import { fnv1a } from '../understanding/features.js';
import { levensgebiedOfNeed } from '../understanding/needs.js';
import { runToEnd } from '../shared/timeSlicer.js';
import { ageRangeOf } from './ageRange.js';

/**
 * The learned layer inside the search index (ADR 0013): every entry's needs as the model reads
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
  /** Per levensgebied: its labels. */
  readonly domainLabels: ReadonlyMap<string, readonly number[]>;
  /**
   * The levensgebieden with a need of a mantelzorger: a resident who chooses one asks about
   * caring, whatever the words said (ADR 0013, "for whom"). A property of the model, so read once.
   */
  readonly caringDomains: ReadonlySet<string>;
  /** Per label: the entries with that need, ascending, and the share of the entry's profile. */
  readonly postingDocs: readonly Int32Array[];
  readonly postingWeights: readonly Float32Array[];
  /** Per entry: label → share (0..1), for agreement between a question and its best entry. */
  readonly profiles: readonly ReadonlyMap<number, number>[];
  /**
   * The entries that serve a group need (GROUP_NEEDS) from outside its levensgebied, with those
   * needs, so the search can give them that levensgebied's prior in the share the question reads
   * the need. Sparse: few entries have one, and the ranking asks for every entry it scores.
   */
  readonly groupNeeds: ReadonlyMap<number, readonly number[]>;
}

/**
 * An entry's description names a few needs, but the entry serves its whole levensgebied: a
 * rechtswinkel that says "advies" also helps with unpaid wages. So every need of the entry's
 * levensgebieden gets at least FLOOR_SHARE, and the model's reading of the text (normalised over
 * those needs) adds the rest: share = FLOOR_SHARE + (1 − FLOOR_SHARE) × model share. 0.25 → 0.5
 * on 2026-12-02: the model reads residents' words better than a partner's description of an
 * offer, so the partner's levensgebieden count for more (ADR 0013, third amendment).
 */
export const FLOOR_SHARE = 0.5;

/**
 * Needs that name a group of people rather than a subject of their levensgebied, with when an
 * entry is for that group (ADR 0013, amendment session 25, touwhoven25). A youth centre is filed
 * under ontmoeting or sport by its partner, while the model files a teenager's boredom, hanging
 * about and wish for a place of their own under `opvoeden.jongeren`: such an entry serves that
 * need wherever it is filed, so it gets that one need as if its levensgebied were the entry's own.
 * Young people: the ages the entry is for start at 10 or later and end by 27 (`jongeren`'s upper
 * bound), so a children's club (4–12) or an entry for adults of any age is not one.
 */
export const GROUP_NEEDS: Readonly<
  Record<string, (entry: Pick<Voorziening, 'doelgroep'>) => boolean>
> = {
  'opvoeden.jongeren': (entry) => {
    const range = ageRangeOf(entry);
    return (
      range?.min !== undefined && range.min >= 10 && range.max !== undefined && range.max <= 27
    );
  },
};

/** The labels of GROUP_NEEDS whose group the entry is for. */
function groupNeedsOf(model: LinearModel, entry: Voorziening): number[] {
  return Object.entries(GROUP_NEEDS)
    .filter(([, isFor]) => isFor(entry))
    .map(([need]) => model.labels.indexOf(need))
    .filter((label) => label >= 0);
}

/** The model's needs of a mantelzorger (training/behoeften.yaml: mantelzorg.ontlasten, …). */
export const CARER_NEED_PREFIX = 'mantelzorg.';

/**
 * Profiles of entries read before, by a hash of their text and levensgebieden: a hot reload
 * re-reads only the entries a partner changed (reading 10,000 entries takes about a second). At
 * most MAX_REMEMBERED profiles; past that the memory starts afresh. Tied to one model.
 */
export const MAX_REMEMBERED = 20_000;
let remembered = new Map<string, readonly (readonly [number, number])[]>();
let rememberedModel: LinearModel | undefined;

function profileKey(text: string, levensgebieden: readonly string[]): string {
  const key = `${levensgebieden.join(',')}\u0000${text}`;
  return `${fnv1a(key).toString(36)}.${fnv1a(key, 0x1234567).toString(36)}.${key.length}`;
}

export function entryText(entry: Voorziening): string {
  return [
    entry.naam,
    entry.trefwoorden.join(', '),
    entry.omschrijving,
    entry.doelgroep.kenmerken.map((kenmerk) => kenmerk.replace(/-/g, ' ')).join(', '),
  ].join('. ');
}

export function buildNeedIndex(model: LinearModel, docs: readonly Voorziening[]): NeedIndex {
  return runToEnd(needIndexSteps(model, docs));
}

/** The build as a generator that yields after each entry (reading one is about 0.1 ms). */
export function* needIndexSteps(
  model: LinearModel,
  docs: readonly Voorziening[],
): Generator<void, NeedIndex, void> {
  const labelDomain = model.labels.map((label) => levensgebiedOfNeed(label));
  const lists = model.labels.map(() => ({ docs: [] as number[], weights: [] as number[] }));
  const profiles: Map<number, number>[] = [];
  const crossingGroupNeeds = new Map<number, readonly number[]>();
  if (rememberedModel !== model || remembered.size > MAX_REMEMBERED) {
    remembered = new Map();
    rememberedModel = model;
  }
  for (let doc = 0; doc < docs.length; doc += 1) {
    const entry = docs[doc] as Voorziening;
    const text = entryText(entry);
    const groupNeeds = groupNeedsOf(model, entry);
    const key = profileKey(text, [...entry.levensgebieden, ...groupNeeds.map(String)]);
    let shares = remembered.get(key);
    if (shares === undefined) {
      shares = readProfile(model, labelDomain, text, entry.levensgebieden, groupNeeds);
      remembered.set(key, shares);
    }
    const profile = new Map<number, number>();
    for (const [label, share] of shares) {
      profile.set(label, share);
      const list = lists[label] as { docs: number[]; weights: number[] };
      list.docs.push(doc);
      list.weights.push(share);
    }
    profiles.push(profile);
    // Only beside levensgebieden the model knows (else the profile already has every need).
    const knowsOwn = entry.levensgebieden.some((domain) => labelDomain.includes(domain));
    const crossing = knowsOwn
      ? groupNeeds.filter((label) => !entry.levensgebieden.includes(labelDomain[label] ?? ''))
      : [];
    if (crossing.length > 0) crossingGroupNeeds.set(doc, crossing);
    yield;
  }
  const domainLabels = new Map<string, number[]>();
  labelDomain.forEach((domain, label) => {
    if (domain !== undefined)
      domainLabels.set(domain, [...(domainLabels.get(domain) ?? []), label]);
  });
  const caringDomains = new Set(
    [...domainLabels]
      .filter(([, labels]) =>
        labels.some((label) => model.labels[label]?.startsWith(CARER_NEED_PREFIX) === true),
      )
      .map(([domain]) => domain),
  );
  return {
    model,
    labelDomain,
    domainLabels,
    caringDomains,
    postingDocs: lists.map((list) => Int32Array.from(list.docs)),
    postingWeights: lists.map((list) => Float32Array.from(list.weights)),
    profiles,
    groupNeeds: crossingGroupNeeds,
  };
}

/**
 * The needs of one entry: every need of its levensgebieden, floor plus the model's reading; and
 * each group need the entry is for (GROUP_NEEDS) that its levensgebieden lack, read the same way
 * as if its levensgebied were the entry's own, the other needs' shares unchanged.
 */
function readProfile(
  model: LinearModel,
  labelDomain: readonly (string | undefined)[],
  text: string,
  levensgebieden: readonly string[],
  groupNeeds: readonly number[],
): readonly (readonly [number, number])[] {
  const probabilities = model.predict(text, { knowledge: true });
  // The partner's levensgebieden are reliable: only needs inside them count. A kaart whose
  // levensgebied ids the model does not know falls back to every need.
  const own = new Set(levensgebieden);
  let allowed = labelDomain.map((domain) => domain !== undefined && own.has(domain));
  if (!allowed.some(Boolean)) allowed = labelDomain.map((domain) => domain !== undefined);
  const labels: number[] = [];
  let total = 0;
  allowed.forEach((ok, label) => {
    if (!ok) return;
    labels.push(label);
    total += probabilities[label] as number;
  });
  const ownShares = labels.map(
    (label) =>
      [
        label,
        FLOOR_SHARE + (1 - FLOOR_SHARE) * ((probabilities[label] as number) / (total || 1)),
      ] as const,
  );
  const crossing = groupNeeds
    .filter((label) => allowed[label] !== true)
    .map((label) => {
      const p = probabilities[label] as number;
      return [label, FLOOR_SHARE + (1 - FLOOR_SHARE) * (p / (total + p || 1))] as const;
    });
  return [...ownShares, ...crossing];
}
