import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { maskedCount } from '../privacy/maskIdentifiers.js';
import { chunks } from '../shared/chunks.js';
import { WijkwijzerError } from '../shared/errors.js';
import { inBatches } from '../shared/inBatches.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { z } from 'zod';
import { DurableJsonFile, serializeDocument, syncDirectory } from '../storage/durableJsonFile.js';
import { KeyedFileStore } from '../storage/keyedFileStore.js';
import {
  buildCase,
  caseSchema,
  eraseContact,
  isClosed,
  type Case,
  type Delivery,
  type NewCase,
} from './case.js';
import {
  byArrival,
  emptyCaseDocument,
  isDeliveryDue,
  parseCaseDocument,
  parseStoredCase,
  updatedCase,
  withDelivery,
  type CaseDocument,
} from './caseDocument.js';
import type {
  CaseFilter,
  CaseRepository,
  CaseRepositoryOptions,
  DeliveryBacklog,
  DeliveryLease,
  DeliveryUpdateOptions,
} from './caseRepository.js';
import { InProcessLeases } from './inProcessLeases.js';
import { formatReference, referenceYear } from './reference.js';

/** The cases directory in DATA_DIR: `cases/<year>/<reference>.json` plus `cases/sequences.json`. */
export const CASES_DIRECTORY_NAME = 'cases';
/** The single cases file of earlier versions (ADR 0002); imported once, then set aside. */
export const LEGACY_CASES_FILE_NAME = 'cases.json';

export function casesDirectory(dataDir: string): string {
  return path.join(dataDir, CASES_DIRECTORY_NAME);
}

export function legacyCasesFile(dataDir: string): string {
  return path.join(dataDir, LEGACY_CASES_FILE_NAME);
}

const SEQUENCES_FILE = 'sequences.json';
/**
 * The index as it was at the last clean shutdown, so a start need not read every case file. It is
 * removed as soon as it is read: after a crash there is none, and the next start reads the files.
 */
const INDEX_SNAPSHOT_FILE = 'index.json';

/** `WW-2026-000123` → `2026/WW-2026-000123.json`. */
export function caseFileOf(reference: string): string {
  const year = reference.split('-')[1] ?? 'unknown';
  return `${year}/${reference}.json`;
}

export interface FileCaseRepositoryOptions extends CaseRepositoryOptions {
  /** `<DATA_DIR>/cases`. */
  readonly dir: string;
  /** `<DATA_DIR>/cases.json` of an earlier version: imported at open when present. */
  readonly legacyFile?: string;
}

/** What the repository keeps in memory per case: enough to filter and count without reading files. */
interface IndexEntry {
  readonly reference: string;
  readonly createdAt: string;
  readonly wijkteam: string;
  readonly status: Case['status'];
  readonly residentKey: string | null;
  readonly closed: boolean;
  readonly deliveryState: Delivery['state'];
  readonly nextAttemptAt: string | null;
}

function indexEntryOf(current: Case): IndexEntry {
  return {
    reference: current.reference,
    createdAt: current.createdAt,
    wijkteam: current.wijkteam,
    status: current.status,
    residentKey: current.residentKey,
    closed: isClosed(current),
    deliveryState: current.delivery.state,
    nextAttemptAt: current.delivery.nextAttemptAt,
  };
}

const CASE_STATUSES: ReadonlySet<string> = new Set(caseSchema.shape.status.options);

const indexSnapshotSchema = z.object({
  version: z.literal(1),
  directories: z.record(z.string(), z.number()),
  entries: z.array(
    z.object({
      reference: z.string(),
      createdAt: z.string(),
      wijkteam: z.string(),
      status: caseSchema.shape.status,
      residentKey: z.string().nullable(),
      closed: z.boolean(),
      deliveryState: z.enum(['pending', 'delivered', 'failed']),
      nextAttemptAt: z.string().nullable(),
    }),
  ),
});

/** The modification time of every year directory: it changes whenever a case file is written. */
function yearDirectoryTimes(dir: string): Record<string, number> {
  const times: Record<string, number> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) times[entry.name] = statSync(path.join(dir, entry.name)).mtimeMs;
  }
  return times;
}

/**
 * The index fields of a case file read at start-up, checked by hand: a full schema check of every
 * case would make start-up grow with the data (each case is checked when it is read instead).
 */
function indexEntryFromFile(value: unknown, file: string): IndexEntry {
  const fail = (field: string): never => {
    throw new WijkwijzerError('WW-6011', { detail: { file, paths: field } });
  };
  if (typeof value !== 'object' || value === null) return fail('(root)');
  const record = value as Record<string, unknown>;
  const text = (field: string): string => {
    const found = record[field];
    return typeof found === 'string' ? found : fail(field);
  };
  const delivery = record['delivery'];
  if (typeof delivery !== 'object' || delivery === null) return fail('delivery');
  const { state, nextAttemptAt } = delivery as Record<string, unknown>;
  if (state !== 'pending' && state !== 'delivered' && state !== 'failed') {
    return fail('delivery.state');
  }
  const residentKey = record['residentKey'];
  const status = record['status'];
  if (typeof status !== 'string' || !CASE_STATUSES.has(status)) return fail('status');
  const reference = text('reference');
  if (path.basename(file) !== `${reference}.json`) fail('reference');
  return {
    reference,
    createdAt: text('createdAt'),
    wijkteam: text('wijkteam'),
    status: status as Case['status'],
    residentKey: typeof residentKey === 'string' ? residentKey : null,
    closed: status === 'afgerond' || status === 'geannuleerd',
    deliveryState: state,
    nextAttemptAt: typeof nextAttemptAt === 'string' ? nextAttemptAt : null,
  };
}

/**
 * Cases on the embedded default: one durable JSON file per case (src/storage/keyedFileStore.ts),
 * so creating or changing a case costs the same with ten or a hundred thousand stored. An index of
 * a few fields per case is kept in memory (filters, the delivery backlog, "vergeet mij" by
 * resident key); it is built from the files at open, which reads every case once.
 *
 * - `create` allocates the next sequence of the year in memory (so two creates never share one)
 *   and resolves after the case file is durable: a reference a resident has seen survives a
 *   SIGKILL. The sequence file records the last sequence before a case is deleted, so a number is
 *   never handed out twice; at open the sequence is the highest of that file and the stored cases.
 * - `update` reads, checks the version and writes in the case's turn (one change at a time per
 *   case), so of two claims with the same version exactly one wins.
 * Limits and the PostgreSQL path: docs/adr/0019-storage-that-grows.md.
 */
export class FileCaseRepository implements CaseRepository {
  private readonly store: KeyedFileStore;
  private readonly options: CaseRepositoryOptions;
  private readonly logger: Logger;
  private readonly index = new Map<string, IndexEntry>();
  /** Open cases not yet delivered: the outbox's backlog, kept apart so it costs what waits. */
  private readonly waiting = new Set<string>();
  private readonly byResident = new Map<string, Set<string>>();
  /** The Casusbord's index: a team's references, so its list never walks the city's cases. */
  private readonly byWijkteam = new Map<string, Set<string>>();
  private readonly sequences = new Map<string, number>();
  private readonly leases = new InProcessLeases();
  /** What the sequence file on disk says. */
  private persistedSequences: Record<string, number> = {};

  private constructor(store: KeyedFileStore, options: CaseRepositoryOptions) {
    this.store = store;
    this.options = options;
    this.logger = moduleLogger(options.logger, 'cases');
  }

  /**
   * Opens (or creates) the directory and reads every case into the index. WW-3005 when another
   * process has it; WW-6011 when a file is not a case.
   */
  static async open(options: FileCaseRepositoryOptions): Promise<FileCaseRepository> {
    const store = await KeyedFileStore.open({
      dir: options.dir,
      logger: options.logger,
      fileOf: caseFileOf,
    });
    const repository = new FileCaseRepository(store, options);
    try {
      await repository.load(options.legacyFile);
    } catch (error) {
      await store.close();
      throw error;
    }
    return repository;
  }

  async create(input: NewCase): Promise<Case> {
    const now = this.options.clock.now();
    const year = String(referenceYear(now));
    let sequence = (this.sequences.get(year) ?? 0) + 1;
    let reference = formatReference(this.options.referencePrefix, Number(year), sequence);
    // Only after a prefix change back and forth could a reference be taken; skip rather than overwrite.
    while (this.index.has(reference)) {
      sequence += 1;
      reference = formatReference(this.options.referencePrefix, Number(year), sequence);
    }
    const built = buildCase(input, reference, now);
    // Taken before the write: a concurrent create gets the next number. A failed write leaves a gap.
    this.sequences.set(year, sequence);
    await this.store.write(reference, built.case);
    this.remember(built.case);
    this.logger.info(
      {
        reference,
        wijkteam: built.case.wijkteam,
        masked: maskedCount(built.masked),
      },
      'case created',
    );
    return structuredClone(built.case);
  }

  async get(reference: string): Promise<Case | undefined> {
    if (!this.index.has(reference)) return undefined;
    const stored = await this.store.read(reference);
    return stored === undefined ? undefined : this.parse(reference, stored);
  }

  async update(
    reference: string,
    expectedVersion: number,
    change: (current: Case) => Case,
  ): Promise<Case> {
    const updated = await this.store.update(reference, (stored) => {
      const next = updatedCase(this.require(reference, stored), expectedVersion, change);
      return { write: next, result: next };
    });
    this.remember(updated);
    this.logger.debug({ reference, version: updated.version }, 'case updated');
    return structuredClone(updated);
  }

  async updateDelivery(
    reference: string,
    change: (current: Case) => Delivery,
    options: DeliveryUpdateOptions = {},
  ): Promise<Case> {
    if (options.keepLease !== true) this.leases.release(reference);
    const updated = await this.store.update(reference, (stored) => {
      const next = withDelivery(this.require(reference, stored), change);
      return { write: next, result: next };
    });
    this.remember(updated);
    return structuredClone(updated);
  }

  async list(filter: CaseFilter = {}): Promise<readonly Case[]> {
    return this.readAll(this.matching(filter).map((entry) => entry.reference));
  }

  count(filter: CaseFilter = {}): Promise<number> {
    return Promise.resolve(this.matching(filter).length);
  }

  wijkteams(): Promise<readonly string[]> {
    return Promise.resolve([...this.byWijkteam.keys()].sort());
  }

  /**
   * The index entries a filter selects, starting from the narrowest index: a resident's own
   * cases (the opening of every chat asks), or the wijkteams' (the Casusbord), else all.
   */
  private matching(filter: CaseFilter): IndexEntry[] {
    const references = (sets: Array<Set<string> | undefined>) =>
      sets
        .flatMap((set) => [...(set ?? [])])
        .map((reference) => this.index.get(reference))
        .filter((entry): entry is IndexEntry => entry !== undefined);
    const teams =
      filter.wijkteam === undefined
        ? filter.wijkteams
        : (filter.wijkteams ?? [filter.wijkteam]).filter((team) => team === filter.wijkteam);
    const candidates =
      filter.residentKey !== undefined
        ? references([this.byResident.get(filter.residentKey)])
        : teams !== undefined
          ? references([...new Set(teams)].map((team) => this.byWijkteam.get(team)))
          : [...this.index.values()];
    return candidates.filter(
      (entry) =>
        (teams === undefined || teams.includes(entry.wijkteam)) &&
        (filter.status === undefined || entry.status === filter.status) &&
        (filter.statuses === undefined || filter.statuses.includes(entry.status)) &&
        (filter.createdBefore === undefined || entry.createdAt <= filter.createdBefore) &&
        (filter.residentKey === undefined || entry.residentKey === filter.residentKey),
    );
  }

  /** The waiting cases whose next attempt has come, by the index alone (no file read). */
  private dueReferences(now: Date): string[] {
    const moment = now.getTime();
    return [...this.waiting].filter((reference) => {
      const next = this.index.get(reference)?.nextAttemptAt ?? null;
      return next === null || Date.parse(next) <= moment;
    });
  }

  async listDeliveryDue(now: Date): Promise<readonly Case[]> {
    return (await this.readAll(this.dueReferences(now))).filter((candidate) =>
      isDeliveryDue(candidate, now),
    );
  }

  async leaseDeliveryDue(now: Date, lease: DeliveryLease): Promise<readonly Case[]> {
    // The worker leases one case at a time: read the backlog a lease's worth at a time, not whole
    // for every case taken.
    const limit = lease.limit ?? 50;
    const taken: Case[] = [];
    for (const batch of chunks(this.dueReferences(now), limit)) {
      const due = (await this.readAll(batch)).filter((candidate) => isDeliveryDue(candidate, now));
      taken.push(...this.leases.take(due, now, { ...lease, limit: limit - taken.length }));
      if (taken.length >= limit) break;
    }
    return taken;
  }

  async eraseResidentContacts(residentKey: string): Promise<number> {
    const now = this.options.clock.now();
    let erased = 0;
    for (const reference of [...(this.byResident.get(residentKey) ?? [])]) {
      const changed = await this.store.update(reference, (stored) => {
        if (stored === undefined) return { keep: true, result: undefined };
        const current = this.parse(reference, stored);
        if (current.residentKey !== residentKey) return { keep: true, result: undefined };
        const next = eraseContact(current, 'vergeet_mij', { kind: 'resident', id: 'inwoner' }, now);
        return next === current ? { keep: true, result: undefined } : { write: next, result: next };
      });
      if (changed !== undefined) {
        this.remember(changed);
        erased += 1;
      }
    }
    this.logger.info({ erased }, 'resident contact details erased');
    return erased;
  }

  async delete(reference: string): Promise<boolean> {
    if (!this.index.has(reference)) return false;
    // The sequence is on disk before the case goes, so its number is never handed out again.
    await this.persistSequences();
    const deleted = await this.store.delete(reference);
    this.forget(reference);
    return deleted;
  }

  deliveryBacklog(): Promise<DeliveryBacklog> {
    let pending = 0;
    let failed = 0;
    let oldestWaitingSince: string | null = null;
    for (const reference of this.waiting) {
      const entry = this.index.get(reference);
      if (entry === undefined) continue;
      if (entry.deliveryState === 'failed') failed += 1;
      else pending += 1;
      if (oldestWaitingSince === null || entry.createdAt < oldestWaitingSince) {
        oldestWaitingSince = entry.createdAt;
      }
    }
    return Promise.resolve({ pending, failed, oldestWaitingSince });
  }

  /** The last sequence handed out per year (for `wijkwijzer storage migrate`). */
  sequenceSnapshot(): Record<string, number> {
    return Object.fromEntries(this.sequences);
  }

  /** How many cases are stored (O(1)). */
  get size(): number {
    return this.index.size;
  }

  /** Writes are durable when they resolve; kept for callers of the earlier single-file store. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  /** Records the sequences and releases the directory for another process. */
  async close(): Promise<void> {
    try {
      await this.store.drain();
      await this.persistSequences();
      await this.writeIndexSnapshot();
    } finally {
      await this.store.close();
    }
  }

  private async writeIndexSnapshot(): Promise<void> {
    const snapshot = {
      version: 1,
      directories: yearDirectoryTimes(this.store.dir),
      entries: [...this.index.values()],
    };
    await new DurableJsonFile<unknown>(path.join(this.store.dir, INDEX_SNAPSHOT_FILE)).writeText(
      serializeDocument(snapshot),
    );
  }

  /**
   * The index of the last clean shutdown, if the year directories have not changed since (every
   * case write renames a file into its year directory, which changes the directory's time).
   */
  private async readIndexSnapshot(): Promise<IndexEntry[] | undefined> {
    const file = path.join(this.store.dir, INDEX_SNAPSHOT_FILE);
    let stored: unknown;
    try {
      stored = await new DurableJsonFile<unknown>(file).read();
    } catch {
      stored = null;
    }
    if (stored === null) return undefined;
    // Gone before anything is served: a crash from here on leaves no stale snapshot behind.
    await rm(file, { force: true });
    await syncDirectory(this.store.dir);
    const parsed = indexSnapshotSchema.safeParse(stored);
    if (!parsed.success) return undefined;
    const now = yearDirectoryTimes(this.store.dir);
    const then = parsed.data.directories;
    const same =
      Object.keys(now).length === Object.keys(then).length &&
      Object.entries(now).every(([year, time]) => then[year] === time);
    return same ? parsed.data.entries : undefined;
  }

  private async load(legacyFile: string | undefined): Promise<void> {
    const started = performance.now();
    const sequencesFile = path.join(this.store.dir, SEQUENCES_FILE);
    const recorded = await new DurableJsonFile<unknown>(sequencesFile).read();
    if (recorded !== null) {
      const parsed = emptyCaseDocument();
      const checked = parseCaseDocument({ ...parsed, sequences: recorded });
      this.persistedSequences = { ...checked.sequences };
      for (const [year, sequence] of Object.entries(checked.sequences)) {
        this.sequences.set(year, sequence);
      }
    }
    const snapshot = await this.readIndexSnapshot();
    const entries =
      snapshot ??
      [...this.store.scan((relative) => relative.includes('/'))].map(({ file, value }) =>
        indexEntryFromFile(value, file),
      );
    for (const entry of entries) {
      this.index.set(entry.reference, entry);
      this.track(entry);
      const [, year = '', sequence = '0'] = entry.reference.split('-');
      this.sequences.set(year, Math.max(this.sequences.get(year) ?? 0, Number(sequence)));
    }
    if (legacyFile !== undefined && existsSync(legacyFile)) await this.importLegacy(legacyFile);
    this.logger.info(
      {
        cases: this.index.size,
        from: snapshot === undefined ? 'files' : 'snapshot',
        ms: Math.round(performance.now() - started),
      },
      'cases opened',
    );
  }

  /**
   * Moves the single cases file of earlier versions into a file per case, then renames it to
   * `<file>.imported`. A crash during the import leaves the file, and the next start imports
   * again: a case already imported is only written again if the file has a newer version.
   */
  private async importLegacy(file: string): Promise<void> {
    const document = readCaseFileSync(file);
    const cases = Object.values(document.cases);
    await inBatches(cases, 32, async (current) => {
      const existing = this.index.get(current.reference);
      if (existing !== undefined) {
        const stored = await this.get(current.reference);
        if (stored !== undefined && stored.version >= current.version) return;
      }
      await this.store.write(current.reference, current);
      this.remember(current);
    });
    for (const [year, sequence] of Object.entries(document.sequences)) {
      this.sequences.set(year, Math.max(this.sequences.get(year) ?? 0, sequence));
    }
    await this.persistSequences();
    await rename(file, `${file}.imported`);
    this.logger.info(
      { cases: cases.length },
      'cases file of an earlier version imported into a file per case',
    );
  }

  private async persistSequences(): Promise<void> {
    const next = Object.fromEntries([...this.sequences.entries()].sort());
    const unchanged =
      Object.keys(next).length === Object.keys(this.persistedSequences).length &&
      Object.entries(next).every(([year, value]) => this.persistedSequences[year] === value);
    if (unchanged) return;
    await new DurableJsonFile<unknown>(path.join(this.store.dir, SEQUENCES_FILE)).writeText(
      serializeDocument(next),
    );
    this.persistedSequences = next;
  }

  private async readAll(references: readonly string[]): Promise<Case[]> {
    const found: Case[] = [];
    await inBatches(references, 32, async (reference) => {
      const current = await this.get(reference);
      if (current !== undefined) found.push(current);
    });
    return found.sort(byArrival);
  }

  private require(reference: string, stored: unknown): Case {
    if (stored === undefined) throw new WijkwijzerError('WW-6001', { detail: { reference } });
    return this.parse(reference, stored);
  }

  private parse(reference: string, stored: unknown): Case {
    return parseStoredCase(reference, stored, this.store.fileFor(reference));
  }

  private remember(current: Case): void {
    this.forget(current.reference);
    const entry = indexEntryOf(current);
    this.index.set(current.reference, entry);
    this.track(entry);
  }

  private track(entry: IndexEntry): void {
    if (!entry.closed && entry.deliveryState !== 'delivered') this.waiting.add(entry.reference);
    let team = this.byWijkteam.get(entry.wijkteam);
    if (team === undefined) {
      team = new Set();
      this.byWijkteam.set(entry.wijkteam, team);
    }
    team.add(entry.reference);
    if (entry.residentKey !== null) {
      let references = this.byResident.get(entry.residentKey);
      if (references === undefined) {
        references = new Set();
        this.byResident.set(entry.residentKey, references);
      }
      references.add(entry.reference);
    }
  }

  private forget(reference: string): void {
    const previous = this.index.get(reference);
    if (previous === undefined) return;
    this.index.delete(reference);
    this.waiting.delete(reference);
    const team = this.byWijkteam.get(previous.wijkteam);
    team?.delete(reference);
    if (team?.size === 0) this.byWijkteam.delete(previous.wijkteam);
    if (previous.residentKey !== null) {
      const references = this.byResident.get(previous.residentKey);
      references?.delete(reference);
      if (references?.size === 0) this.byResident.delete(previous.residentKey);
    }
  }
}

function readCaseFileSync(file: string): CaseDocument {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new WijkwijzerError('WW-3002', { cause: error, detail: { file, reason: 'json' } });
  }
  return parseCaseDocument(data);
}

/**
 * Reads every case without taking the write lock, for `wijkwijzer cases list/show` while the bot
 * runs. Safe because each file is replaced atomically: a reader sees one whole version of each
 * case. Reads the single file of an earlier version when the directory is not there yet.
 */
export function readCaseSnapshot(dataDir: string): CaseDocument {
  const dir = casesDirectory(dataDir);
  if (!existsSync(dir)) {
    const legacy = legacyCasesFile(dataDir);
    return existsSync(legacy) ? readCaseFileSync(legacy) : emptyCaseDocument();
  }
  const document = emptyCaseDocument();
  const sequencesFile = path.join(dir, SEQUENCES_FILE);
  if (existsSync(sequencesFile)) {
    document.sequences = parseCaseDocument({
      ...document,
      sequences: JSON.parse(readFileSync(sequencesFile, 'utf8')) as unknown,
    }).sequences;
  }
  const cases: Record<string, unknown> = {};
  for (const year of listDirectory(dir)) {
    if (year.endsWith('.json') || year.endsWith('.lock')) continue;
    for (const name of listDirectory(path.join(dir, year))) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const file = path.join(dir, year, name);
      try {
        cases[name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') continue;
        throw new WijkwijzerError('WW-3002', { cause: error, detail: { file, reason: 'json' } });
      }
    }
  }
  const parsed = parseCaseDocument({ ...document, cases });
  for (const [reference] of Object.entries(parsed.cases)) {
    const [, year = '', sequence = '0'] = reference.split('-');
    parsed.sequences[year] = Math.max(parsed.sequences[year] ?? 0, Number(sequence));
  }
  return parsed;
}

function listDirectory(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
