import { nl } from '../i18n/nl/index.js';
import { CRISIS_REVIEW_MONTHS, freshness, REVIEW_MONTHS } from './catalogue.js';
import {
  warningAt,
  type Diagnostic,
  type Position,
  type WarningDiagnosticCode,
} from './diagnostics.js';
import { readabilityProblems, READABILITY_LIMITS } from './readability.js';
import type { Crisislijn, Levensgebied, Synoniem, VoorzieningEntry } from './schema.js';
import { editDistance } from './suggest.js';
import { positionOf, type PathSegment, type YamlSource } from './yamlSource.js';

const texts = nl.knowledge.diagnostics;

/** One validated voorziening together with where it sits, for warnings that point at a line. */
export interface LocatedEntry {
  readonly entry: VoorzieningEntry;
  readonly source: YamlSource;
  readonly path: readonly PathSegment[];
}

/** Freshness, end date, reachability and readability of one entry. */
export function entryWarnings(located: LocatedEntry, today: string): Diagnostic[] {
  const { entry, source, path } = located;
  const at = (...rest: PathSegment[]) => positionOf(source, [...path, ...rest]);
  const atKey = (...rest: PathSegment[]) => positionOf(source, [...path, ...rest], 'key');
  const warnings: Diagnostic[] = [];
  const warn = (code: WarningDiagnosticCode, position: Position, message: string) => {
    warnings.push(
      warningAt(code, source.file, position, `${texts.inEntry(entry.id)}${message}`, entry.id),
    );
  };

  const fresh = freshness(entry, today);
  if (fresh.state === 'never') {
    warn(
      'not-checked',
      entry.gecontroleerd === undefined ? at() : atKey('gecontroleerd'),
      texts.notChecked,
    );
  } else if (fresh.checkedOn > today) {
    warn('checked-in-future', at('gecontroleerd'), texts.checkedInFuture(fresh.checkedOn));
  } else if (fresh.state === 'overdue') {
    warn('check-overdue', at('gecontroleerd'), texts.checkOverdue(fresh.checkedOn, REVIEW_MONTHS));
  }

  if (entry.geldig_tot !== undefined && entry.geldig_tot < today) {
    warn('expired', at('geldig_tot'), texts.expired(entry.geldig_tot));
  }

  const contact = entry.contact;
  const reachable = [
    contact.telefoon,
    contact.email,
    contact.website,
    contact.adres,
    contact.hoe_aanmelden,
  ].some((value) => value !== undefined);
  if (!reachable)
    warn('unreachable', entry.contact === undefined ? at() : atKey('contact'), texts.unreachable);

  const problems = readabilityProblems(entry.omschrijving).map((problem) =>
    problem.kind === 'long-sentence'
      ? texts.longSentence(problem.words, READABILITY_LIMITS.maxSentenceWords, problem.start)
      : texts.longWord(problem.word, problem.letters, READABILITY_LIMITS.maxWordLetters),
  );
  if (problems.length > 0) warn('hard-to-read', at('omschrijving'), texts.hardToRead(problems));
  return warnings;
}

const NAME_STOP_WORDS = new Set([
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'in',
  'op',
  'met',
  'bij',
  'uw',
]);

function normaliseName(value: string): string[] {
  return value
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !NAME_STOP_WORDS.has(word));
}

/**
 * "Similar naam": the same words (Jaccard >= 0.6) or almost the same spelling (edit distance at
 * most a fifth of the length). Deliberately strict: two real services of one organisation often
 * share words ("Jongerenwerk Noord", "Jongerenwerk Zuid") and stay apart because they are in
 * the same file; only entries in different files are compared.
 */
export function similarNames(a: string, b: string): boolean {
  const wordsA = new Set(normaliseName(a));
  const wordsB = new Set(normaliseName(b));
  if (wordsA.size === 0 || wordsB.size === 0) return false;
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  const jaccard = shared / (wordsA.size + wordsB.size - shared);
  if (jaccard >= 0.6) return true;
  const joinedA = [...wordsA].join(' ');
  const joinedB = [...wordsB].join(' ');
  return editDistance(joinedA, joinedB) <= Math.floor(Math.max(joinedA.length, joinedB.length) / 5);
}

/** One entry's name and organisation, normalised once for every comparison it takes part in. */
interface NameKey {
  readonly located: LocatedEntry;
  readonly words: ReadonlySet<string>;
  readonly joined: string;
  /** Letter and digit counts of `joined`: half their difference is a lower bound of the edit distance. */
  readonly letters: Uint16Array;
}

const LETTER_SLOTS = 37;

function letterCounts(text: string): Uint16Array {
  const counts = new Uint16Array(LETTER_SLOTS);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const slot = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36;
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  return counts;
}

function nameKey(located: LocatedEntry): NameKey {
  const words = new Set(normaliseName(located.entry.naam));
  const joined = [...words].join(' ');
  return { located, words, joined, letters: letterCounts(joined) };
}

/** `similarNames` on prepared keys, with cheap bounds before the edit distance. */
function similarKeys(a: NameKey, b: NameKey): boolean {
  if (a.words.size === 0 || b.words.size === 0) return false;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared += 1;
  if (shared / (a.words.size + b.words.size - shared) >= 0.6) return true;
  const limit = Math.floor(Math.max(a.joined.length, b.joined.length) / 5);
  if (Math.abs(a.joined.length - b.joined.length) > limit) return false;
  let difference = 0;
  for (let slot = 0; slot < LETTER_SLOTS; slot += 1) {
    difference += Math.abs((a.letters[slot] ?? 0) - (b.letters[slot] ?? 0));
  }
  if (Math.ceil(difference / 2) > limit) return false;
  return editDistance(a.joined, b.joined) <= limit;
}

/**
 * The duplicate check as steps that pause (yield) every `PAUSE_EVERY` comparisons, so a caller on
 * the event loop can give turns a chance between them (docs/adr/0015-security-posture.md). Each name and
 * organisation is normalised once; only entries of the same organisation are compared, and cheap
 * bounds (word overlap, length, letter counts) rule out most pairs before the edit distance.
 */
export function* duplicateWarningSteps(
  entries: readonly LocatedEntry[],
): Generator<void, Diagnostic[], void> {
  const PAUSE_EVERY = 2_000;
  const warnings: Diagnostic[] = [];
  const byOrganisation = new Map<string, NameKey[]>();
  let work = 0;
  for (const b of entries) {
    if ((work += 1) % PAUSE_EVERY === 0) yield;
    const organisation = normaliseName(b.entry.organisatie).join(' ');
    const key = nameKey(b);
    const earlier = byOrganisation.get(organisation);
    if (earlier === undefined) {
      byOrganisation.set(organisation, [key]);
      continue;
    }
    for (const a of earlier) {
      if ((work += 1) % PAUSE_EVERY === 0) yield;
      if (a.located.source.file === b.source.file || a.located.entry.id === b.entry.id) continue;
      if (!similarKeys(a, key)) continue;
      const otherLine = positionOf(a.located.source, a.located.path).line;
      warnings.push(
        warningAt(
          'likely-duplicate',
          b.source.file,
          positionOf(b.source, [...b.path, 'naam']),
          `${texts.inEntry(b.entry.id)}${texts.likelyDuplicate(a.located.entry.id, a.located.source.file, otherLine)}`,
          b.entry.id,
        ),
      );
      break;
    }
    earlier.push(key);
  }
  return warnings;
}

/** Likely duplicates across partner files: same organisation and a similar name. */
export function duplicateWarnings(entries: readonly LocatedEntry[]): Diagnostic[] {
  const steps = duplicateWarningSteps(entries);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Crisis numbers must be checked every month. */
export function crisisWarnings(
  lines: readonly Crisislijn[],
  source: YamlSource,
  today: string,
): Diagnostic[] {
  return lines.flatMap((line, index) => {
    const fresh = freshness(line, today, CRISIS_REVIEW_MONTHS);
    const path = ['crisislijnen', index];
    if (fresh.state === 'never') {
      return [
        warningAt(
          'crisis-not-checked',
          source.file,
          positionOf(source, path),
          `${texts.inEntry(line.id)}${texts.crisisNotChecked}`,
        ),
      ];
    }
    if (fresh.state === 'overdue') {
      return [
        warningAt(
          'crisis-check-overdue',
          source.file,
          positionOf(source, [...path, 'gecontroleerd']),
          `${texts.inEntry(line.id)}${texts.crisisCheckOverdue(fresh.checkedOn)}`,
        ),
      ];
    }
    return [];
  });
}

function foldText(value: string): string {
  return value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Synonyms that lead nowhere (their term appears in no entry or levensgebied) and phrases listed
 * twice for the same term.
 */
export function synonymWarnings(
  synoniemen: readonly Synoniem[],
  source: YamlSource,
  entries: readonly VoorzieningEntry[],
  levensgebieden: readonly Levensgebied[],
): Diagnostic[] {
  const vocabulary = foldText(
    [
      ...entries.flatMap((entry) => [
        entry.naam,
        entry.organisatie,
        entry.omschrijving,
        ...entry.trefwoorden,
      ]),
      ...levensgebieden.flatMap((domain) => [
        domain.id,
        domain.label,
        domain.uitleg,
        ...domain.woorden,
      ]),
    ].join(' \n '),
  );
  const warnings: Diagnostic[] = [];
  const seen = new Map<string, number>();
  synoniemen.forEach((synoniem, index) => {
    const path = ['synoniemen', index];
    if (!vocabulary.includes(foldText(synoniem.term))) {
      warnings.push(
        warningAt(
          'synonym-term-unused',
          source.file,
          positionOf(source, [...path, 'term']),
          texts.synonymTermUnused(synoniem.term),
        ),
      );
    }
    synoniem.woorden.forEach((phrase, phraseIndex) => {
      const key = `${foldText(synoniem.term)}\u0000${foldText(phrase)}`;
      const position = positionOf(source, [...path, 'woorden', phraseIndex]);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, position.line);
      else
        warnings.push(
          warningAt(
            'duplicate-synonym',
            source.file,
            position,
            texts.duplicateSynonym(phrase, earlier),
          ),
        );
    });
  });
  return warnings;
}
