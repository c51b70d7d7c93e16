import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { nl } from '../i18n/nl/index.js';
import type { Clock } from '../shared/clock.js';
import { runInSlices, timeSlicer, type Pause } from '../shared/timeSlicer.js';
import { buildAreas, inPostcodeRanges } from './areas.js';
import { wijkteamPhoneFrom, type Catalogue, type Voorziening } from './catalogue.js';
import {
  crisisWarnings,
  duplicateWarningSteps,
  entryWarnings,
  synonymWarnings,
  type LocatedEntry,
} from './checks.js';
import { contactWarnings } from './contactCheck.js';
import { localDate } from '../shared/gemeenteTime.js';
import {
  errorAt,
  FILE_START,
  sortDiagnostics,
  warningAt,
  type Diagnostic,
  type Position,
} from './diagnostics.js';
import {
  referenceFiles,
  VOORZIENINGEN_DIR,
  beheerderSchema,
  voorzieningenFileSchema,
  voorzieningSchema,
  type Beheerder,
  type GebiedenFile,
  type GemeenteDiensten,
  type Levensgebied,
} from './schema.js';
import { schemaDiagnostics } from './schemaDiagnostics.js';
import { closest } from './suggest.js';
import {
  positionOf,
  readYamlFile,
  specialFileKind,
  type PathSegment,
  type YamlSource,
} from './yamlSource.js';

const texts = nl.knowledge.diagnostics;

/** More partner files than this is a mistake (a copied folder), not a sociale kaart. */
export const MAX_VOORZIENINGEN_FILES = 500;

export interface LoadOptions {
  readonly clock: Clock;
  /**
   * Gives the event loop a turn between pieces of work, so a reload of a large sociale kaart never
   * holds up a resident's turn for long (docs/adr/0015-security-posture.md). Default: yield after 8 ms of work.
   */
  readonly pause?: Pause;
}

export interface LoadStats {
  /** Files read, including ones that turned out broken. */
  readonly files: number;
  /** Voorzieningen that passed the schema. */
  readonly voorzieningen: number;
}

/**
 * What loading finds before the catalogue is assembled: plain data only (no functions, no parsed
 * YAML documents), so it can cross from the loader thread to the main thread (docs/adr/0015-security-posture.md §6).
 */
export interface KnowledgeParts extends Pick<
  Catalogue,
  'version' | 'voorzieningen' | 'levensgebieden' | 'synoniemen' | 'crisislijnen' | 'beheerders'
> {
  /** The gebieden file as read; the catalogue's `areas` are built from it. */
  readonly gebieden: GebiedenFile;
  /** gemeentediensten.yaml, when the directory has one (optional, ADR 0013). */
  readonly gemeenteDiensten?: GemeenteDiensten;
}

/** The outcome of reading and checking a knowledge directory, as plain data (sorted diagnostics). */
export type KnowledgeData =
  | {
      readonly ok: true;
      readonly parts: KnowledgeParts;
      readonly diagnostics: readonly Diagnostic[];
      readonly stats: LoadStats;
    }
  | {
      readonly ok: false;
      readonly diagnostics: readonly Diagnostic[];
      readonly stats: LoadStats;
      readonly version: string;
    };

export type LoadResult =
  | {
      readonly ok: true;
      readonly catalogue: Catalogue;
      readonly warnings: readonly Diagnostic[];
      readonly errors: readonly [];
      readonly diagnostics: readonly Diagnostic[];
      readonly stats: LoadStats;
    }
  | {
      readonly ok: false;
      readonly errors: readonly Diagnostic[];
      readonly warnings: readonly Diagnostic[];
      readonly diagnostics: readonly Diagnostic[];
      readonly stats: LoadStats;
      /** Content hash of what was read, so a refused reload can say which version it refused. */
      readonly version: string;
    };

interface Parsed<T> {
  readonly source: YamlSource;
  readonly value: T;
}

function validate<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
): T | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  diagnostics.push(...schemaDiagnostics(result.error.issues, source, schema));
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Reports names or ids that occur twice in one reference list. */
function checkUnique(
  source: YamlSource,
  items: readonly { readonly key: string; readonly path: readonly PathSegment[] }[],
  what: string,
  diagnostics: Diagnostic[],
): void {
  const seen = new Map<string, Position>();
  for (const item of items) {
    const position = positionOf(source, item.path);
    const earlier = seen.get(item.key);
    if (earlier === undefined) seen.set(item.key, position);
    else
      diagnostics.push(
        errorAt(
          'duplicate-name',
          source.file,
          position,
          texts.duplicateName(what, item.key, earlier.line),
        ),
      );
  }
}

/**
 * The partner files in voorzieningen/: regular files to read, and names that look like YAML files
 * but are something else (a symlink, a FIFO, a device), which are skipped with a warning.
 */
async function listVoorzieningenFiles(
  dir: string,
): Promise<{ files: string[]; skipped: Diagnostic[] }> {
  try {
    const entries = await readdir(path.join(dir, VOORZIENINGEN_DIR), { withFileTypes: true });
    const yaml = entries.filter((entry) => /\.ya?ml$/i.test(entry.name));
    const name = (entry: { name: string }) => `${VOORZIENINGEN_DIR}/${entry.name}`;
    return {
      files: yaml
        .filter((entry) => entry.isFile())
        .map(name)
        .sort(),
      skipped: yaml
        .filter((entry) => !entry.isFile())
        .map((entry) =>
          warningAt(
            'special-file-skipped',
            name(entry),
            FILE_START,
            texts.specialFileSkipped(texts.specialFileKinds[specialFileKind(entry)]),
          ),
        ),
    };
  } catch {
    return { files: [], skipped: [] };
  }
}

/**
 * Reads, validates and cross-checks a knowledge directory. Never throws for bad content: every
 * problem is a diagnostic with a Dutch message and a location. Returns a frozen `Catalogue` only
 * when there are no errors; warnings never block.
 */
export async function loadKnowledge(dir: string, options: LoadOptions): Promise<LoadResult> {
  const data = await loadKnowledgeData(dir, options);
  if (!data.ok) return loadResultOf(data);
  const pause = options.pause ?? timeSlicer();
  return loadResultOf(data, await assembleCatalogue(data.parts, options.clock.now(), pause));
}

/** The errors and warnings of loaded data, for callers that need no catalogue (the partner page). */
export function errorsAndWarnings(data: KnowledgeData): {
  readonly errors: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
} {
  return {
    errors: data.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
    warnings: data.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning'),
  };
}

/** Splits the diagnostics of loaded data into errors and warnings, with the catalogue if any. */
export function loadResultOf(data: KnowledgeData, catalogue?: Catalogue): LoadResult {
  const { errors, warnings } = errorsAndWarnings(data);
  if (data.ok && catalogue !== undefined && errors.length === 0) {
    return {
      ok: true,
      catalogue,
      warnings,
      errors: [],
      diagnostics: data.diagnostics,
      stats: data.stats,
    };
  }
  return {
    ok: false,
    errors,
    warnings,
    diagnostics: data.diagnostics,
    stats: data.stats,
    version: data.ok ? data.parts.version : data.version,
  };
}

/**
 * The catalogue of loaded parts: lookup maps, areas, and everything frozen. Cheap next to loading
 * (no parsing, no checks), and it pauses between entries, so it can run on the main thread after
 * a load on the loader thread.
 */
export async function assembleCatalogue(
  parts: KnowledgeParts,
  loadedAt: Date,
  pause: Pause,
): Promise<Catalogue> {
  const byId = new Map<string, Voorziening>();
  for (const entry of parts.voorzieningen) {
    deepFreeze(entry);
    byId.set(entry.id, entry);
    await pause();
  }
  const domainById = new Map(parts.levensgebieden.map((domain) => [domain.id, domain]));
  const beheerderById = new Map(parts.beheerders.map((beheerder) => [beheerder.id, beheerder]));
  const catalogue: Catalogue = {
    version: parts.version,
    loadedAt,
    voorzieningen: Object.freeze([...parts.voorzieningen]),
    levensgebieden: deepFreeze([...parts.levensgebieden]),
    areas: Object.freeze(buildAreas(parts.gebieden)),
    synoniemen: deepFreeze([...parts.synoniemen]),
    crisislijnen: deepFreeze([...parts.crisislijnen]),
    beheerders: deepFreeze([...parts.beheerders]),
    ...(parts.gemeenteDiensten === undefined
      ? {}
      : { gemeenteDiensten: deepFreeze(structuredClone(parts.gemeenteDiensten)) }),
    voorziening: (id) => byId.get(id),
    levensgebied: (id) => domainById.get(id),
    beheerder: (id) => beheerderById.get(id),
  };
  return Object.freeze(catalogue);
}

/**
 * `loadKnowledge` up to the assembled catalogue: reads, parses, validates and checks, and returns
 * plain data. This is the part the loader thread runs (src/knowledge/loaderThread.ts).
 */
export async function loadKnowledgeData(dir: string, options: LoadOptions): Promise<KnowledgeData> {
  const root = path.resolve(dir);
  const today = localDate(options.clock.now());
  const diagnostics: Diagnostic[] = [];
  const hash = createHash('sha256');
  const pause = options.pause ?? timeSlicer();
  let filesRead = 0;

  const fail = (voorzieningen: number): KnowledgeData => ({
    ok: false,
    diagnostics: sortDiagnostics(diagnostics),
    stats: { files: filesRead, voorzieningen },
    version: hash.copy().digest('hex').slice(0, 12),
  });

  try {
    if (!(await stat(root)).isDirectory()) throw new TypeError('not a directory');
  } catch {
    diagnostics.push(errorAt('dir-unreadable', '.', FILE_START, texts.dirUnreadable(dir)));
    return fail(0);
  }

  const read = async (file: string): Promise<YamlSource | undefined> => {
    await pause();
    const result = await readYamlFile(path.join(root, ...file.split('/')), file);
    filesRead += 1;
    hash.update(file).update('\u0000');
    if (result.bytes !== undefined) hash.update(result.bytes);
    hash.update('\u0000');
    if (!result.ok) {
      diagnostics.push(...result.diagnostics);
      return undefined;
    }
    return result.source;
  };

  const exists = async (file: string): Promise<boolean> =>
    stat(path.join(root, file)).then(
      () => true,
      () => false,
    );

  const readReference = async <T>(
    file: string,
    schema: z.ZodType<T>,
  ): Promise<Parsed<T> | undefined> => {
    try {
      await stat(path.join(root, file));
    } catch {
      diagnostics.push(errorAt('missing-file', file, FILE_START, texts.missingFile(file)));
      return undefined;
    }
    const source = await read(file);
    if (source === undefined) return undefined;
    const value = validate(source, schema, diagnostics);
    return value === undefined ? undefined : { source, value };
  };

  const levensgebiedenFile = await readReference(
    referenceFiles.levensgebieden.path,
    referenceFiles.levensgebieden.schema,
  );
  const gebiedenFile = await readReference(
    referenceFiles.gebieden.path,
    referenceFiles.gebieden.schema,
  );
  const crisisFile = await readReference(
    referenceFiles.crisislijnen.path,
    referenceFiles.crisislijnen.schema,
  );
  const beheerdersFile = await readReference(
    referenceFiles.beheerders.path,
    referenceFiles.beheerders.schema,
  );
  const synoniemenFile = await readReference(
    referenceFiles.synoniemen.path,
    referenceFiles.synoniemen.schema,
  );
  // Optional: a directory without it works as before, and the bot does not tell gemeente
  // services apart (ADR 0013, gemeente amendment). A file that is there must be valid.
  const dienstenFile = (await exists(referenceFiles.gemeentediensten.path))
    ? await readReference(
        referenceFiles.gemeentediensten.path,
        referenceFiles.gemeentediensten.schema,
      )
    : undefined;

  // Reference lists: unique names, and the gebieden file consistent in itself.
  const levensgebieden: readonly Levensgebied[] = levensgebiedenFile?.value.levensgebieden ?? [];
  if (levensgebiedenFile !== undefined) {
    checkUnique(
      levensgebiedenFile.source,
      levensgebieden.map((domain, index) => ({
        key: domain.id,
        path: ['levensgebieden', index, 'id'],
      })),
      texts.what.levensgebied,
      diagnostics,
    );
  }
  if (gebiedenFile !== undefined) checkGebieden(gebiedenFile, diagnostics);
  if (crisisFile !== undefined) {
    checkUnique(
      crisisFile.source,
      crisisFile.value.crisislijnen.map((line, index) => ({
        key: line.id,
        path: ['crisislijnen', index, 'id'],
      })),
      texts.what.crisislijn,
      diagnostics,
    );
    diagnostics.push(...crisisWarnings(crisisFile.value.crisislijnen, crisisFile.source, today));
  }
  const beheerders: readonly Beheerder[] = beheerdersFile?.value.beheerders ?? [];
  if (beheerdersFile !== undefined) {
    checkUnique(
      beheerdersFile.source,
      beheerders.map((beheerder, index) => ({
        key: beheerder.id,
        path: ['beheerders', index, 'id'],
      })),
      texts.what.beheerder,
      diagnostics,
    );
  }

  // Partner files.
  const listed = await listVoorzieningenFiles(root);
  diagnostics.push(...listed.skipped);
  const files = listed.files;
  if (files.length === 0) {
    diagnostics.push(
      errorAt('no-voorzieningen', VOORZIENINGEN_DIR, FILE_START, texts.noVoorzieningen),
    );
  } else if (files.length > MAX_VOORZIENINGEN_FILES) {
    diagnostics.push(
      errorAt(
        'too-many-files',
        VOORZIENINGEN_DIR,
        FILE_START,
        texts.tooManyFiles(files.length, MAX_VOORZIENINGEN_FILES),
      ),
    );
    return fail(0);
  }
  const partnerFiles: PartnerFile[] = [];
  for (const file of files) {
    const source = await read(file);
    if (source === undefined) continue;
    await pause();
    partnerFiles.push(salvagePartnerFile(source, diagnostics));
  }
  await pause();

  const located: LocatedEntry[] = partnerFiles.flatMap((file) => file.entries);
  checkReferences(
    partnerFiles,
    located,
    {
      levensgebieden:
        levensgebiedenFile === undefined
          ? undefined
          : [...new Set(levensgebieden.map((domain) => domain.id))],
      gebieden: gebiedenFile?.value,
      beheerders:
        beheerdersFile === undefined ? undefined : beheerders.map((beheerder) => beheerder.id),
    },
    diagnostics,
  );
  await pause();

  for (const entry of located) {
    diagnostics.push(...entryWarnings(entry, today));
    await pause();
  }
  diagnostics.push(...(await runInSlices(duplicateWarningSteps(located), pause)));
  await pause();
  // The number a card without a contact of its own shows.
  const fallbackPhone = wijkteamPhoneFrom(
    gebiedenFile?.value.wijkteamtelefoon,
    dienstenFile?.value.contact.telefoon,
  );
  diagnostics.push(...contactWarnings(located, fallbackPhone?.number));
  if (synoniemenFile !== undefined) {
    const synoniemen = synoniemenFile.value.synoniemen;
    if (levensgebiedenFile !== undefined) {
      synoniemen.forEach((synoniem, index) => {
        if (
          synoniem.levensgebied !== undefined &&
          !levensgebieden.some((domain) => domain.id === synoniem.levensgebied)
        ) {
          const ids = levensgebieden.map((domain) => domain.id);
          diagnostics.push(
            errorAt(
              'unknown-levensgebied',
              synoniemenFile.source.file,
              positionOf(synoniemenFile.source, ['synoniemen', index, 'levensgebied']),
              texts.unknownLevensgebied(
                synoniem.levensgebied,
                ids,
                closest(synoniem.levensgebied, ids),
              ),
            ),
          );
        }
      });
    }
    diagnostics.push(
      ...synonymWarnings(
        synoniemen,
        synoniemenFile.source,
        located.map((item) => item.entry),
        levensgebieden,
      ),
    );
  }

  const entryCount = located.length;
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  if (
    hasErrors ||
    levensgebiedenFile === undefined ||
    gebiedenFile === undefined ||
    crisisFile === undefined ||
    beheerdersFile === undefined ||
    synoniemenFile === undefined
  ) {
    return fail(entryCount);
  }

  const version = hash.digest('hex').slice(0, 12);
  const beheerderOf = new Map(partnerFiles.map((file) => [file.source, file.beheerder]));
  const voorzieningen: Voorziening[] = [];
  for (const { entry, source, path: entryPath } of located) {
    voorzieningen.push({
      ...entry,
      beheerder: beheerderOf.get(source) ?? '',
      source: { file: source.file, line: positionOf(source, entryPath).line },
    });
    await pause();
  }
  return {
    ok: true,
    parts: {
      version,
      voorzieningen,
      levensgebieden,
      gebieden: gebiedenFile.value,
      synoniemen: synoniemenFile.value.synoniemen,
      crisislijnen: crisisFile.value.crisislijnen,
      beheerders,
      ...(dienstenFile === undefined ? {} : { gemeenteDiensten: dienstenFile.value }),
    },
    diagnostics: sortDiagnostics(diagnostics),
    stats: { files: filesRead, voorzieningen: entryCount },
  };
}

/** One partner file: its beheerder and the entries that passed the schema on their own. */
interface PartnerFile {
  readonly source: YamlSource;
  readonly beheerder: string | undefined;
  readonly entries: readonly LocatedEntry[];
}

/**
 * Validates a partner file and keeps every entry that is valid on its own, so one broken entry
 * does not hide the reference errors (unknown levensgebied, duplicate id) of the others.
 */
function salvagePartnerFile(source: YamlSource, diagnostics: Diagnostic[]): PartnerFile {
  const value = validate(source, voorzieningenFileSchema, diagnostics);
  if (value !== undefined) {
    return {
      source,
      beheerder: value.beheerder,
      entries: value.voorzieningen.map((entry, index) => ({
        entry,
        source,
        path: ['voorzieningen', index],
      })),
    };
  }
  const data = (source.data ?? {}) as { beheerder?: unknown; voorzieningen?: unknown };
  const beheerder = beheerderSchema.shape.id.safeParse(data.beheerder);
  const items = Array.isArray(data.voorzieningen) ? (data.voorzieningen as unknown[]) : [];
  const entries: LocatedEntry[] = [];
  items.forEach((item, index) => {
    const entry = voorzieningSchema.safeParse(item);
    if (entry.success) entries.push({ entry: entry.data, source, path: ['voorzieningen', index] });
  });
  return { source, beheerder: beheerder.success ? beheerder.data : undefined, entries };
}

function checkGebieden({ source, value }: Parsed<GebiedenFile>, diagnostics: Diagnostic[]): void {
  checkUnique(
    source,
    value.wijkteams.map((team, index) => ({ key: team.id, path: ['wijkteams', index, 'id'] })),
    texts.what.wijkteam,
    diagnostics,
  );
  checkUnique(
    source,
    value.stadsdelen.map((stadsdeel, index) => ({
      key: stadsdeel.naam,
      path: ['stadsdelen', index, 'naam'],
    })),
    texts.what.stadsdeel,
    diagnostics,
  );
  checkUnique(
    source,
    value.stadsdelen.map((stadsdeel, index) => ({
      key: stadsdeel.id,
      path: ['stadsdelen', index, 'id'],
    })),
    texts.what.stadsdeel,
    diagnostics,
  );
  checkUnique(
    source,
    value.stadsdelen.flatMap((stadsdeel, s) =>
      stadsdeel.wijken.map((wijk, w) => ({
        key: wijk.naam,
        path: ['stadsdelen', s, 'wijken', w, 'naam'],
      })),
    ),
    texts.what.wijk,
    diagnostics,
  );
  const example = value.voorbeeldpostcode;
  if (example !== undefined && !inPostcodeRanges(example, value.postcodereeksen)) {
    // The example residents read must be a postcode of this gemeente.
    diagnostics.push(
      errorAt(
        'postcode-outside-range',
        source.file,
        positionOf(source, ['voorbeeldpostcode']),
        texts.postcodeOutsideRange(example),
      ),
    );
  }
  const teamIds = value.wijkteams.map((team) => team.id);
  const claimed = new Map<number, { wijk: string; line: number }>();
  value.stadsdelen.forEach((stadsdeel, s) => {
    stadsdeel.wijken.forEach((wijk, w) => {
      const wijkPath = ['stadsdelen', s, 'wijken', w];
      if (!teamIds.includes(wijk.wijkteam)) {
        diagnostics.push(
          errorAt(
            'unknown-wijkteam',
            source.file,
            positionOf(source, [...wijkPath, 'wijkteam']),
            texts.unknownWijkteam(wijk.wijkteam, teamIds),
          ),
        );
      }
      wijk.postcodes.forEach((postcode, p) => {
        const position = positionOf(source, [...wijkPath, 'postcodes', p]);
        if (!inPostcodeRanges(postcode, value.postcodereeksen)) {
          diagnostics.push(
            errorAt(
              'postcode-outside-range',
              source.file,
              position,
              texts.postcodeOutsideRange(postcode),
            ),
          );
        }
        const earlier = claimed.get(postcode);
        if (earlier === undefined) claimed.set(postcode, { wijk: wijk.naam, line: position.line });
        else
          diagnostics.push(
            errorAt(
              'duplicate-postcode',
              source.file,
              position,
              texts.duplicatePostcode(postcode, earlier.wijk, earlier.line),
            ),
          );
      });
    });
  });
}

interface References {
  readonly levensgebieden: readonly string[] | undefined;
  readonly gebieden: GebiedenFile | undefined;
  readonly beheerders: readonly string[] | undefined;
}

/**
 * References from partner files into the reference files. A broken reference file is reported on
 * its own; its references are then not checked, so one mistake does not flood every partner file.
 */
function checkReferences(
  partnerFiles: readonly PartnerFile[],
  located: readonly LocatedEntry[],
  references: References,
  diagnostics: Diagnostic[],
): void {
  for (const { source, beheerder } of partnerFiles) {
    if (beheerder === undefined) continue;
    if (references.beheerders !== undefined && !references.beheerders.includes(beheerder)) {
      diagnostics.push(
        errorAt(
          'unknown-beheerder',
          source.file,
          positionOf(source, ['beheerder']),
          texts.unknownBeheerder(beheerder, references.beheerders),
        ),
      );
    }
    const fileName = source.file.split('/').pop() ?? source.file;
    if (fileName.replace(/\.ya?ml$/i, '') !== beheerder) {
      diagnostics.push(
        errorAt(
          'beheerder-file-name',
          source.file,
          positionOf(source, ['beheerder']),
          texts.beheerderFileName(beheerder, fileName),
        ),
      );
    }
  }

  const stadsdelen = references.gebieden?.stadsdelen.map((stadsdeel) => stadsdeel.naam) ?? [];
  const wijken =
    references.gebieden?.stadsdelen.flatMap((stadsdeel) =>
      stadsdeel.wijken.map((wijk) => wijk.naam),
    ) ?? [];
  const firstById = new Map<string, LocatedEntry>();
  for (const item of located) {
    const { entry, source, path: entryPath } = item;
    const error = (
      code: Parameters<typeof errorAt>[0],
      at: readonly PathSegment[],
      message: string,
    ) =>
      diagnostics.push(
        errorAt(
          code,
          source.file,
          positionOf(source, [...entryPath, ...at]),
          `${texts.inEntry(entry.id)}${message}`,
          entry.id,
        ),
      );

    const earlier = firstById.get(entry.id);
    if (earlier === undefined) firstById.set(entry.id, item);
    else {
      const otherLine = positionOf(earlier.source, earlier.path).line;
      error('duplicate-id', ['id'], texts.duplicateId(entry.id, earlier.source.file, otherLine));
    }

    if (references.levensgebieden !== undefined) {
      const allowed = references.levensgebieden;
      entry.levensgebieden.forEach((domain, index) => {
        if (!allowed.includes(domain)) {
          error(
            'unknown-levensgebied',
            ['levensgebieden', index],
            texts.unknownLevensgebied(domain, allowed, closest(domain, allowed)),
          );
        }
      });
    }
    if (references.gebieden !== undefined && typeof entry.gebied === 'object') {
      (entry.gebied.stadsdelen ?? []).forEach((name, index) => {
        if (!stadsdelen.includes(name)) {
          error(
            'unknown-stadsdeel',
            ['gebied', 'stadsdelen', index],
            texts.unknownStadsdeel(name, stadsdelen, closest(name, stadsdelen)),
          );
        }
      });
      (entry.gebied.wijken ?? []).forEach((name, index) => {
        if (!wijken.includes(name)) {
          error(
            'unknown-wijk',
            ['gebied', 'wijken', index],
            texts.unknownWijk(name, closest(name, wijken)),
          );
        }
      });
    }
  }
}
