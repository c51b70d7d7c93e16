import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { nl } from '../i18n/nl/index.js';
import {
  errorAt,
  FILE_START,
  type Diagnostic,
  type DiagnosticCode,
  type Position,
} from './diagnostics.js';
import { MAX_YAML_DEPTH, yamlNestingDepth } from './yamlDepth.js';

const texts = nl.knowledge.diagnostics;

/**
 * A knowledge file is small (one partner's entries). The cap keeps a mistake, such as a pasted
 * export or an image saved as .yaml, from stalling the bot during a reload.
 */
export const MAX_FILE_BYTES = 1024 * 1024;
/** YAML aliases can expand exponentially; partners never need many. */
export const MAX_ALIAS_COUNT = 50;

export type PathSegment = string | number;

/** A parsed YAML file with what is needed to point a diagnostic at the right line. */
export interface YamlSource {
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

export type ReadResult =
  | { readonly ok: true; readonly source: YamlSource; readonly bytes: Buffer }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly bytes?: Buffer };

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    let extra: number;
    let min: number;
    if (byte < 0x80) {
      index += 1;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else {
      return index;
    }
    let codePoint = byte & (0x3f >> extra);
    for (let k = 1; k <= extra; k += 1) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return index;
    }
    index += extra + 1;
  }
  return -1;
}

/** Line and column (1-based, counted in bytes) of a byte offset, for files that do not decode. */
function bytePosition(bytes: Uint8Array, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function yamlHint(error: YAMLError): string {
  const hints = texts.yaml;
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return hints.duplicateKey;
    case 'TAB_AS_INDENT':
      return hints.tab;
    case 'BAD_INDENT':
      return hints.indent;
    case 'MISSING_CHAR':
      return hints.missingChar;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'KEY_OVER_1024_CHARS':
      return hints.implicitKey;
    case 'BAD_SCALAR_START':
      return hints.badStart;
    case 'UNEXPECTED_TOKEN':
      return hints.unexpected;
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return hints.aliases;
    default:
      return hints.other;
  }
}

function positionAtOffset(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

export interface ReadOptions {
  /**
   * Follow a symlink to a regular file. Off for knowledge files (a link in knowledge/ could point
   * anywhere, such as /dev/zero); on for a file the operator names (STAFF_FILE, a mounted config).
   */
  readonly followSymlinks?: boolean;
}

/**
 * Reads and parses one YAML file. Never throws: every problem (too big, not UTF-8, empty, broken
 * YAML, unreadable) comes back as a diagnostic with the best location available.
 */
export async function readYamlFile(
  absolutePath: string,
  file: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const tooLarge = (size: number, bytes?: Buffer): ReadResult => ({
    ok: false,
    ...(bytes === undefined ? {} : { bytes }),
    diagnostics: [
      errorAt(
        'file-too-large',
        file,
        FILE_START,
        texts.fileTooLarge(Math.ceil(size / 1024), MAX_FILE_BYTES / 1024),
      ),
    ],
  });
  const notRegular = (kind: SpecialFileKind): ReadResult => ({
    ok: false,
    diagnostics: [
      errorAt(
        'not-regular-file',
        file,
        FILE_START,
        texts.notRegularFile(texts.specialFileKinds[kind]),
      ),
    ],
  });
  const read = await readBoundedFile(absolutePath, options);
  switch (read.kind) {
    case 'not-regular':
      return notRegular(read.special);
    case 'too-large':
      return tooLarge(read.size, read.bytes);
    case 'missing':
    case 'failed':
      return {
        ok: false,
        diagnostics: [errorAt('read-failed', file, FILE_START, texts.readFailed)],
      };
    case 'read': {
      const parsed = parseYamlText(read.bytes, file);
      return parsed.ok
        ? { ok: true, source: parsed.source, bytes: read.bytes }
        : { ...parsed, bytes: read.bytes };
    }
  }
}

/** What reading a file within MAX_FILE_BYTES found (`readBoundedFile`). */
export type BoundedRead =
  | { readonly kind: 'read'; readonly bytes: Buffer }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-regular'; readonly special: SpecialFileKind; readonly cause?: unknown }
  | { readonly kind: 'too-large'; readonly size: number; readonly bytes?: Buffer }
  | { readonly kind: 'failed'; readonly cause: unknown };

/**
 * The one bounded read of a YAML file, for the knowledge loader and the partner page alike.
 * Regular files only (docs/adr/0015-security-posture.md): O_NOFOLLOW refuses a symlink (such as
 * one to /dev/zero), O_NONBLOCK keeps a FIFO from hanging the reader, and fstat on the open file
 * decides, so the file cannot be swapped between the check and the read. At most one byte more
 * than MAX_FILE_BYTES is read, so a file that grew since fstat is caught too. Never throws.
 */
export async function readBoundedFile(
  absolutePath: string,
  options: ReadOptions = {},
): Promise<BoundedRead> {
  let handle: FileHandle;
  try {
    handle = await open(
      absolutePath,
      constants.O_RDONLY |
        constants.O_NONBLOCK |
        (options.followSymlinks === true ? 0 : constants.O_NOFOLLOW),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { kind: 'not-regular', special: 'symlink', cause: error };
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'failed', cause: error };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'not-regular', special: specialFileKind(info) };
    if (info.size > MAX_FILE_BYTES) return { kind: 'too-large', size: info.size };
    const bytes = await readUpTo(handle, MAX_FILE_BYTES + 1);
    return bytes.length > MAX_FILE_BYTES
      ? { kind: 'too-large', size: bytes.length, bytes }
      : { kind: 'read', bytes };
  } catch (error) {
    return { kind: 'failed', cause: error };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** At most `limit` bytes of an open file, from its start. */
async function readUpTo(handle: FileHandle, limit: number): Promise<Buffer> {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < buffer.length) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

export type SpecialFileKind = keyof typeof texts.specialFileKinds;

/** What a directory entry or file that is not a regular file is, in the words of the diagnostic. */
export function specialFileKind(info: {
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
  isSocket(): boolean;
}): SpecialFileKind {
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isDirectory()) return 'directory';
  if (info.isSocket()) return 'socket';
  return 'other';
}

/** The part of `readYamlFile` after the bytes are in memory; exported for tests. */
export function parseYamlText(
  bytes: Uint8Array,
  file: string,
): { ok: true; source: YamlSource } | { ok: false; diagnostics: readonly Diagnostic[] } {
  const fail = (diagnostic: Diagnostic) => ({ ok: false as const, diagnostics: [diagnostic] });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(errorAt('not-utf8', file, FILE_START, texts.utf16));
  }
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt >= 0) {
    return fail(errorAt('not-utf8', file, bytePosition(bytes, invalidAt), texts.notUtf8));
  }
  let text = Buffer.from(bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail(errorAt('empty-file', file, FILE_START, texts.emptyFile));

  const depth = yamlNestingDepth(text);
  if (depth > MAX_YAML_DEPTH) {
    return fail(errorAt('yaml-too-deep', file, FILE_START, texts.yamlTooDeep(MAX_YAML_DEPTH)));
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  if (document.errors.length > 0) {
    return {
      ok: false,
      diagnostics: document.errors.map((error) =>
        errorAt(
          'yaml-syntax',
          file,
          positionAtOffset(lineCounter, error.pos[0]),
          `${texts.yaml.prefix} ${yamlHint(error)}`,
        ),
      ),
    };
  }
  if (document.contents === null) {
    return fail(errorAt('empty-file', file, FILE_START, texts.emptyFile));
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return fail(
      errorAt('yaml-syntax', file, FILE_START, `${texts.yaml.prefix} ${texts.yaml.aliases}`),
    );
  }
  return { ok: true, source: { file, text, data, document, lineCounter } };
}

function pairFor(node: unknown, segment: PathSegment) {
  if (!isMap(node)) return undefined;
  return node.items.find(
    (pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment),
  );
}

/**
 * The position of the node at `path` (or of its key, for "unknown field" messages). When the path
 * does not exist, such as a missing field, it points at the deepest node that does exist.
 */
export function positionOf(
  source: YamlSource,
  path: readonly PathSegment[],
  target: 'value' | 'key' = 'value',
): Position {
  let node: unknown = source.document.contents;
  let lastOffset = (source.document.contents as Node | null)?.range?.[0] ?? 0;
  for (let depth = 0; depth < path.length; depth += 1) {
    const segment = path[depth] as PathSegment;
    const isLast = depth === path.length - 1;
    if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const range = (item as Node | null | undefined)?.range;
      if (range === undefined || range === null) break;
      lastOffset = range[0];
      node = item;
      continue;
    }
    const pair = pairFor(node, segment);
    if (pair === undefined) break;
    const keyRange = (pair.key as Node | null)?.range;
    const valueRange = (pair.value as Node | null)?.range;
    if (isLast && target === 'key' && keyRange !== undefined && keyRange !== null) {
      lastOffset = keyRange[0];
      break;
    }
    const valueIsEmpty = isScalar(pair.value) && pair.value.value === null;
    lastOffset =
      valueRange !== undefined && valueRange !== null && !valueIsEmpty
        ? valueRange[0]
        : (keyRange?.[0] ?? lastOffset);
    node = pair.value;
  }
  return positionAtOffset(source.lineCounter, lastOffset);
}

/** The plain value at `path` in the parsed data, for messages that quote what the partner wrote. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * The operator's YAML files (knowledge/routering.yaml, STAFF_FILE) through the same reader and
 * limits as the knowledge files: size, regular files only, nesting and aliases (docs/adr/0015-security-posture.md §1). Their
 * own errors (WW-6006, WW-8007) carry the problems as short English lines, code and position
 * only: the Dutch diagnostics are for partners, and the staff file holds colleagues' names.
 */
export type OperatorYaml =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly problems: readonly string[] };

/** What the reader's refusals mean, for the operator's log (the partners' texts are Dutch). */
const operatorTexts: Partial<Record<DiagnosticCode, string>> = {
  'read-failed': 'the file cannot be read',
  'not-regular-file': 'not a regular file (a FIFO, device, socket or directory)',
  'file-too-large': `larger than ${MAX_FILE_BYTES / 1024} KiB`,
  'not-utf8': 'not UTF-8 text',
  'empty-file': 'the file is empty',
  'yaml-too-deep': `nested deeper than ${MAX_YAML_DEPTH} levels`,
  'yaml-syntax': `YAML syntax error, or more than ${MAX_ALIAS_COUNT} aliases`,
};

function operatorProblems(diagnostics: readonly Diagnostic[]): readonly string[] {
  return diagnostics.map((diagnostic) => {
    const text = `${operatorTexts[diagnostic.code] ?? 'cannot be used'} (${diagnostic.code})`;
    return diagnostic.line === FILE_START.line && diagnostic.column === FILE_START.column
      ? text
      : `${text} at line ${diagnostic.line}, column ${diagnostic.column}`;
  });
}

export async function readOperatorYaml(absolutePath: string): Promise<OperatorYaml> {
  const result = await readYamlFile(absolutePath, absolutePath, { followSymlinks: true });
  return result.ok
    ? { ok: true, data: result.source.data }
    : { ok: false, problems: operatorProblems(result.diagnostics) };
}

export function parseOperatorYaml(text: string, source: string): OperatorYaml {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: operatorProblems([errorAt('file-too-large', source, FILE_START, 'file-too-large')]),
    };
  }
  const result = parseYamlText(bytes, source);
  return result.ok
    ? { ok: true, data: result.source.data }
    : { ok: false, problems: operatorProblems(result.diagnostics) };
}
