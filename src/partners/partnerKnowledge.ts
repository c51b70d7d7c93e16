import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isMap, LineCounter, type Node } from 'yaml';
import { parseBoundedYaml, readBoundedText } from './boundedYaml.js';
import { voorzieningCard } from '../cards/voorzieningView.js';
import type { WebChatCard } from '../cards/elements.js';
import type { WijkteamPhone } from '../knowledge/catalogue.js';
import type { Diagnostic } from '../knowledge/diagnostics.js';
import {
  SLUG_PATTERN,
  VOORZIENINGEN_DIR,
  voorzieningSchema,
  type Beheerder,
} from '../knowledge/schema.js';
import type { Clock } from '../shared/clock.js';
import { WijkwijzerError } from '../shared/errors.js';
import { nl } from '../i18n/nl/index.js';
import { withFieldLabels } from './labelledMessages.js';
import { localDate } from '../shared/gemeenteTime.js';
import { writeFileAtomically } from './atomicWrite.js';
import {
  changedFields,
  type ChangeAction,
  type ChangeLog,
  type ChangeRecord,
} from './changeLog.js';
import {
  appendEntry,
  newPartnerFile,
  parsePartnerFile,
  removeEntry,
  replaceEntry,
  type RawEntry,
} from './entryText.js';
import { loadWithChange } from './knowledgeStaging.js';
import type { KnowledgeLoader } from '../knowledge/loaderThread.js';
import { changeActor, mayWorkOn, type PartnerIdentity } from './partnerIdentity.js';
import { reviewState, type ReviewPolicy, type ReviewState } from './reviewRound.js';

/**
 * The partner page's view of the knowledge files: read a beheerder's entries straight from their
 * file, check a draft with the real checker, and write a change. Every write takes the file's
 * lock, re-reads the file, compares the entry's version (etag) with the one the editor started
 * from, checks the whole directory as it would be after the change, writes atomically, appends to
 * the change log and asks the knowledge service to reload. Writes to one file are serialised in
 * this process (and across instances with DATABASE_URL, which also carries the written file to
 * every instance's knowledge directory), so two colleagues editing different entries of one file
 * both keep their change;
 * two editing the same entry: the second is told (WW-4107) and gets the current version.
 */

export interface PartnerKnowledgeOptions {
  readonly knowledgeDir: string;
  readonly clock: Clock;
  readonly changeLog: ChangeLog;
  readonly beheerders: () => readonly Beheerder[];
  /** Reload the running bot's knowledge now (KnowledgeService.reloadNow). */
  readonly reload: () => Promise<unknown>;
  /** Reads and checks the staged copy of every change; the bot's loader thread. */
  readonly loader?: KnowledgeLoader;
  /** PARTNERS_APPROVAL: partners' changes wait for the redactie. */
  readonly approval: boolean;
  readonly review: ReviewPolicy;
  /**
   * Several instances (DATABASE_URL): the partner files every instance agrees on, a write lock
   * across instances, and the way to tell the others (postgresPartnerStores.ts).
   */
  readonly shared?: SharedKnowledgeFiles;
  /**
   * The number a resident's card shows when an entry has no contact of its own (the bot's
   * `wijkteamPhoneOf`), so the preview is the card a resident gets. Without it, none.
   */
  readonly wijkteamPhone?: () => WijkteamPhone | undefined;
}

/** The partner files as every instance sees them, when there are several. */
export interface SharedKnowledgeFiles {
  /** Runs `work` while no other instance writes `file`. */
  withLock<T>(file: string, work: () => Promise<T>): Promise<T>;
  /** The file's text as last written through the page; undefined: never (the local file holds). */
  read(file: string): Promise<string | undefined>;
  /** Records the file's new text; every instance writes it to its own knowledge directory. */
  publish(file: string, text: string): Promise<void>;
}

export interface EntryView {
  readonly id: string;
  readonly naam: string;
  readonly entry: RawEntry;
  readonly etag: string;
  readonly review: ReviewState;
  /** A change of this entry that waits for the redactie. */
  readonly pending: number | null;
}

/** A checker diagnostic with the form field it is about (null: the entry as a whole). */
export interface LocatedDiagnostic extends Diagnostic {
  readonly field: string | null;
}

export interface CheckResult {
  readonly errors: readonly LocatedDiagnostic[];
  readonly warnings: readonly LocatedDiagnostic[];
  /** The card as a resident would see it; null while the entry does not pass the schema. */
  readonly card: WebChatCard | null;
}

export type SaveResult =
  | { readonly kind: 'saved'; readonly record: ChangeRecord; readonly etag: string }
  | { readonly kind: 'pending'; readonly record: ChangeRecord }
  | { readonly kind: 'invalid'; readonly check: CheckResult }
  | { readonly kind: 'conflict'; readonly current: EntryView | null };

export interface SaveRequest {
  /** The id of the entry being edited; null for a new entry. */
  readonly originalId: string | null;
  /** The etag the editor loaded; required for an edit. */
  readonly etag: string | null;
  readonly entry: RawEntry;
  /** Where the information comes from: the `# Bron:` comment of a new entry. */
  readonly bron: string | null;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryEtag(entry: RawEntry): string {
  return createHash('sha256').update(stableJson(entry)).digest('base64url').slice(0, 16);
}

/** The action a change log shows for an edit: one field can say what happened. */
function actionOf(before: RawEntry | null, after: RawEntry): ChangeAction {
  if (before === null) return 'add';
  const fields = changedFields(before, after);
  if (fields.length === 1 && fields[0] === 'gecontroleerd') return 'confirm';
  if (fields.length === 1 && fields[0] === 'geldig_tot') return 'end';
  if (fields.length === 1 && fields[0] === 'status') {
    return after.status === 'tijdelijk-gesloten' || after.status === 'wachtlijst'
      ? 'pause'
      : 'resume';
  }
  return 'edit';
}

export class PartnerKnowledge {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly options: PartnerKnowledgeOptions) {}

  get approval(): boolean {
    return this.options.approval;
  }

  /** The beheerder, known in beheerders.yaml and allowed for this person; else WW-4110 or WW-4105. */
  authorise(identity: PartnerIdentity, beheerder: string): Beheerder {
    const known = SLUG_PATTERN.test(beheerder)
      ? this.options.beheerders().find((item) => item.id === beheerder)
      : undefined;
    if (known === undefined)
      throw new WijkwijzerError('WW-4110', { detail: { beheerder: beheerder.slice(0, 80) } });
    if (!mayWorkOn(identity, beheerder)) {
      throw new WijkwijzerError('WW-4105', { detail: { beheerder } });
    }
    return known;
  }

  /** `voorzieningen/<beheerder>.yaml`; the slug pattern leaves no room for `..` or a slash. */
  fileOf(beheerder: string): string {
    if (!SLUG_PATTERN.test(beheerder)) throw new WijkwijzerError('WW-4110');
    return `${VOORZIENINGEN_DIR}/${beheerder}.yaml`;
  }

  private absolute(file: string): string {
    return path.join(this.options.knowledgeDir, ...file.split('/'));
  }

  private async readText(file: string): Promise<string | null> {
    const shared = await this.options.shared?.read(file);
    if (shared !== undefined) return shared;
    // Bounded like the knowledge loader's read (boundedYaml.ts): regular files, at most 1 MiB.
    return readBoundedText(this.absolute(file));
  }

  private today(): string {
    return localDate(this.options.clock.now());
  }

  private async withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(file) ?? Promise.resolve();
    const shared = this.options.shared;
    // In this process one after the other; across instances an advisory lock as well.
    const locked = shared === undefined ? work : () => shared.withLock(file, work);
    const run = previous.then(locked, locked);
    const settled = run.catch(() => undefined);
    this.locks.set(file, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(file) === settled) this.locks.delete(file);
    }
  }

  private async views(beheerder: string, text: string | null): Promise<EntryView[]> {
    if (text === null) return [];
    const pending = await this.options.changeLog.pending();
    const today = this.today();
    return parsePartnerFile(text).entries.map((entry) => {
      const id = String(entry.id ?? '');
      const gecontroleerd = typeof entry.gecontroleerd === 'string' ? entry.gecontroleerd : null;
      return {
        id,
        naam: typeof entry.naam === 'string' ? entry.naam : id,
        entry,
        etag: entryEtag(entry),
        review: reviewState(gecontroleerd, today, this.options.review),
        pending:
          pending.find((record) => record.beheerder === beheerder && record.entryId === id)?.seq ??
          null,
      };
    });
  }

  async list(beheerder: string): Promise<EntryView[]> {
    return this.views(beheerder, await this.readText(this.fileOf(beheerder)));
  }

  async get(beheerder: string, id: string): Promise<EntryView> {
    const found = (await this.list(beheerder)).find((view) => view.id === id);
    if (found === undefined) throw new WijkwijzerError('WW-4106', { detail: { beheerder, id } });
    return found;
  }

  private candidate(beheerder: string, text: string | null, request: SaveRequest): string {
    const bron = request.bron ?? 'partnerpagina';
    if (request.originalId !== null) {
      if (text === null) throw new WijkwijzerError('WW-4106', { detail: { beheerder } });
      return replaceEntry(text, request.originalId, request.entry);
    }
    return text === null
      ? newPartnerFile(beheerder, request.entry, bron)
      : appendEntry(text, request.entry, bron);
  }

  /** What the checker says about the entry as drafted, and its card. Never writes. */
  async check(beheerder: string, request: SaveRequest): Promise<CheckResult> {
    const file = this.fileOf(beheerder);
    const text = await this.readText(file);
    return this.checkCandidate(file, this.candidate(beheerder, text, request), request.entry);
  }

  private async checkCandidate(
    file: string,
    candidate: string,
    entry: RawEntry,
  ): Promise<CheckResult> {
    const result = await loadWithChange(
      this.options.knowledgeDir,
      file,
      candidate,
      this.options.clock,
      this.options.loader,
    );
    const id = typeof entry.id === 'string' ? entry.id : '';
    const lines = entryLines(candidate, id);
    const mine = (diagnostic: Diagnostic) =>
      (diagnostic.entryId !== undefined && diagnostic.entryId === id) ||
      (diagnostic.file === file &&
        diagnostic.entryId === undefined &&
        (lines === null || (diagnostic.line >= lines.from && diagnostic.line <= lines.to)));
    const parsed = voorzieningSchema.safeParse(entry);
    // Errors in this file block the write wherever they are: the file must stay loadable.
    const errors = result.errors.filter(
      (diagnostic) => mine(diagnostic) || diagnostic.file === file,
    );
    // A missing field has no line of its own (it sits on "- id:"): the form finds it by the
    // schema's path, the one the message names ("Het veld 'naam' ontbreekt").
    const missing = parsed.success
      ? []
      : parsed.error.issues.map((issue) => issue.path.map(String).join('.'));
    const missingField = (diagnostic: Diagnostic): string | null =>
      diagnostic.code === 'missing-field'
        ? (missing.find((path) => path !== '' && diagnostic.message.includes(`'${path}'`)) ?? null)
        : null;
    const located = (diagnostic: Diagnostic): LocatedDiagnostic => ({
      ...diagnostic,
      // After `missingField`, which finds the field by the path the message names.
      message: withFieldLabels(diagnostic.message, nl.partners.fieldLabels),
      field:
        diagnostic.file === file ? (fieldOf(lines, diagnostic) ?? missingField(diagnostic)) : null,
    });
    return {
      errors: errors.map(located),
      warnings: result.warnings.filter(mine).map(located),
      card: parsed.success
        ? voorzieningCard(parsed.data, this.today(), this.options.wijkteamPhone?.() ?? null)
        : null,
    };
  }

  async save(
    identity: PartnerIdentity,
    beheerder: string,
    request: SaveRequest,
  ): Promise<SaveResult> {
    this.authorise(identity, beheerder);
    if (request.originalId !== null && request.entry.id !== request.originalId) {
      throw new WijkwijzerError('WW-4101', { detail: { reason: 'id-changed' } });
    }
    const file = this.fileOf(beheerder);
    return this.withLock(file, async () => {
      const text = await this.readText(file);
      const entries = await this.views(beheerder, text);
      let before: RawEntry | null = null;
      if (request.originalId !== null) {
        const current = entries.find((view) => view.id === request.originalId);
        if (current === undefined) throw new WijkwijzerError('WW-4106', { detail: { beheerder } });
        if (current.etag !== request.etag) return { kind: 'conflict', current };
        before = current.entry;
      }
      const candidate = this.candidate(beheerder, text, request);
      const check = await this.checkCandidate(file, candidate, request.entry);
      if (check.errors.length > 0) return { kind: 'invalid', check };
      const action = actionOf(before, request.entry);
      const change = {
        beheerder,
        entryId: String(request.entry.id),
        action,
        fields: changedFields(before, request.entry),
        before,
        after: request.entry,
        refersTo: null,
      };
      // "Klopt nog" only confirms what residents already see: it needs no approval.
      if (this.options.approval && !identity.redactie && action !== 'confirm') {
        const record = await this.options.changeLog.append(
          changeActor(identity),
          this.options.clock.now(),
          {
            ...change,
            state: 'pending',
          },
        );
        return { kind: 'pending', record };
      }
      await this.write(file, candidate);
      const record = await this.options.changeLog.append(
        changeActor(identity),
        this.options.clock.now(),
        {
          ...change,
          state: 'live',
        },
      );
      return { kind: 'saved', record, etag: entryEtag(request.entry) };
    });
  }

  /** "Klopt nog": `gecontroleerd` becomes today; the change log records who confirmed. */
  async confirm(
    identity: PartnerIdentity,
    beheerder: string,
    id: string,
    etag: string,
  ): Promise<SaveResult> {
    this.authorise(identity, beheerder);
    const current = await this.get(beheerder, id);
    return this.save(identity, beheerder, {
      originalId: id,
      etag,
      entry: { ...current.entry, gecontroleerd: this.today() },
      bron: null,
    });
  }

  private async write(file: string, text: string): Promise<void> {
    // The shared copy first: it is what every instance (this one too) writes to its own directory.
    await this.options.shared?.publish(file, text);
    try {
      await fs.mkdir(path.dirname(this.absolute(file)), { recursive: true });
      await writeFileAtomically(this.absolute(file), text);
    } catch (error) {
      throw new WijkwijzerError('WW-4113', { cause: error, detail: { file } });
    }
    await this.options.reload();
  }

  /**
   * Puts an entry back as it was before change `seq` (redactie only). Refused (WW-4112) when the
   * entry changed again after that change, so an undo never throws away someone's later work.
   */
  async undo(identity: PartnerIdentity, seq: number): Promise<ChangeRecord> {
    if (!identity.redactie) throw new WijkwijzerError('WW-4111');
    const record = await this.options.changeLog.find(seq);
    if (record === undefined || record.state !== 'live' || record.action === 'reject') {
      throw new WijkwijzerError('WW-4114', { detail: { seq } });
    }
    const file = this.fileOf(record.beheerder);
    return this.withLock(file, async () => {
      const text = await this.readText(file);
      const current = (await this.views(record.beheerder, text)).find(
        (view) => view.id === record.entryId,
      );
      const now = current === undefined ? null : entryEtag(current.entry);
      const expected = record.after === null ? null : entryEtag(record.after);
      if (now !== expected || text === null)
        throw new WijkwijzerError('WW-4112', { detail: { seq } });
      let candidate: string;
      if (record.before === null) candidate = removeEntry(text, record.entryId);
      else if (record.after === null)
        candidate = appendEntry(text, record.before, `teruggezet (wijziging ${seq})`);
      else candidate = replaceEntry(text, record.entryId, record.before);
      if (record.before !== null) {
        const check = await this.checkCandidate(file, candidate, record.before);
        if (check.errors.length > 0) throw new WijkwijzerError('WW-4108', { detail: { seq } });
      }
      await this.write(file, candidate);
      return this.options.changeLog.append(changeActor(identity), this.options.clock.now(), {
        beheerder: record.beheerder,
        entryId: record.entryId,
        action: 'undo',
        fields: changedFields(record.after, record.before),
        before: record.after,
        after: record.before,
        state: 'live',
        refersTo: seq,
      });
    });
  }

  /** The redactie approves (written now, if the entry did not change meanwhile) or refuses. */
  async decide(identity: PartnerIdentity, seq: number, approve: boolean): Promise<ChangeRecord> {
    if (!identity.redactie) throw new WijkwijzerError('WW-4111');
    const record = (await this.options.changeLog.pending()).find((item) => item.seq === seq);
    if (record === undefined) {
      const exists = await this.options.changeLog.find(seq);
      throw new WijkwijzerError(exists === undefined ? 'WW-4114' : 'WW-4115', { detail: { seq } });
    }
    const decision = {
      beheerder: record.beheerder,
      entryId: record.entryId,
      fields: record.fields,
      before: record.before,
      after: record.after,
      refersTo: seq,
    };
    if (!approve) {
      return this.options.changeLog.append(changeActor(identity), this.options.clock.now(), {
        ...decision,
        action: 'reject',
        state: 'live',
      });
    }
    const after = record.after;
    if (after === null) throw new WijkwijzerError('WW-4114', { detail: { seq } });
    const file = this.fileOf(record.beheerder);
    return this.withLock(file, async () => {
      const text = await this.readText(file);
      const current = (await this.views(record.beheerder, text)).find(
        (view) => view.id === record.entryId,
      );
      const unchanged =
        record.before === null ? current === undefined : current?.etag === entryEtag(record.before);
      if (!unchanged) throw new WijkwijzerError('WW-4107', { detail: { seq } });
      const candidate = this.candidate(record.beheerder, text, {
        originalId: record.before === null ? null : record.entryId,
        etag: null,
        entry: after,
        bron: 'partnerpagina, goedgekeurd door de redactie',
      });
      const check = await this.checkCandidate(file, candidate, after);
      if (check.errors.length > 0) throw new WijkwijzerError('WW-4108', { detail: { seq } });
      await this.write(file, candidate);
      return this.options.changeLog.append(changeActor(identity), this.options.clock.now(), {
        ...decision,
        action: 'approve',
        state: 'live',
      });
    });
  }
}

interface FieldLines {
  readonly path: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Lines (1-based) of entry `id` in a partner file's text, and of each of its fields (dotted paths
 * such as `contact.telefoon`), so a diagnostic's line can be put beside the right form field.
 */
function entryLines(
  text: string,
  id: string,
): { from: number; to: number; fields: FieldLines[] } | null {
  const counter = new LineCounter();
  const document = parseBoundedYaml(text, { lineCounter: counter });
  const list = document.get('voorzieningen', true) as { items?: unknown[] } | undefined;
  const line = (offset: number) => counter.linePos(Math.max(offset, 0)).line;
  for (const item of list?.items ?? []) {
    if (!isMap(item) || item.get('id') !== id) continue;
    const range = (item as Node).range;
    if (range === undefined || range === null) return null;
    const fields: FieldLines[] = [];
    const walk = (map: unknown, prefix: string) => {
      if (!isMap(map)) return;
      for (const pair of map.items) {
        const key = pair.key as Node & { value?: unknown };
        const value = pair.value as Node | null;
        const start = key.range?.[0];
        const end = value?.range?.[1] ?? key.range?.[1];
        if (start === undefined || end === undefined) continue;
        const path = `${prefix}${String(key.value)}`;
        let last = end;
        while (last > start && /\s/.test(text[last - 1] ?? '')) last -= 1;
        fields.push({ path, from: line(start), to: line(last - 1) });
        walk(value, `${path}.`);
      }
    };
    walk(item, '');
    return { from: line(range[0]), to: line(range[1] - 1), fields };
  }
  return null;
}

/** The deepest field whose lines hold the diagnostic's line. */
function fieldOf(
  lines: { fields: readonly FieldLines[] } | null,
  diagnostic: Diagnostic,
): string | null {
  let best: FieldLines | null = null;
  for (const field of lines?.fields ?? []) {
    if (diagnostic.line < field.from || diagnostic.line > field.to) continue;
    if (best === null || field.path.length > best.path.length) best = field;
  }
  // Entry-wide diagnostics (never checked, missing field, no contact) sit on the `- id:` line.
  if (
    best?.path === 'id' &&
    diagnostic.code !== 'duplicate-id' &&
    !diagnostic.message.includes("'id'")
  ) {
    return null;
  }
  return best?.path ?? null;
}
