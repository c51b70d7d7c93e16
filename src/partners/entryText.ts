import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { contactSchema, doelgroepSchema, voorzieningSchema } from '../knowledge/schema.js';
import { WijkwijzerError } from '../shared/errors.js';
import { boundedData, parseBoundedYaml } from './boundedYaml.js';

/**
 * Changes one voorziening in the text of a partner file and leaves every other byte alone. The
 * `yaml` Document API gives the exact position of every key and value (its CST ranges); this module
 * replaces only the lines of the fields that changed, inserts new fields in the schema's order and
 * removes fields that were emptied. Re-serialising the whole document would reflow every folded
 * description and requote values in the file (tried: not one of the 19 files survives
 * `parseDocument(text).toString()` unchanged), so comments such as `# Bron:` and the layout of
 * untouched entries are kept by not touching them at all. Every result is parsed again and compared
 * with the intended entries before anyone writes it.
 */

export type RawValue = string | number | boolean | null | RawValue[] | { [key: string]: RawValue };
export type RawEntry = { [key: string]: RawValue };

/** Keep lines below the width the files are written in (prettier's default for YAML: 80 + indent). */
const LINE_WIDTH = 100;

const entryKeyOrder = Object.keys(voorzieningSchema.shape);
const nestedKeyOrder: Readonly<Record<string, readonly string[]>> = {
  contact: Object.keys(contactSchema.shape),
  doelgroep: Object.keys(doelgroepSchema.shape),
  leeftijd: ['min', 'max'],
  gebied: ['stadsdelen', 'wijken'],
};

function isRecord(value: unknown): value is { [key: string]: RawValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function orderOf(key: string | undefined): readonly string[] {
  return key === undefined ? entryKeyOrder : (nestedKeyOrder[key] ?? []);
}

function sortKeys(value: { [key: string]: RawValue }, order: readonly string[]): string[] {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };
  return Object.keys(value).sort((a, b) => rank(a) - rank(b));
}

// --- Rendering one field -------------------------------------------------------------------

function isScalarValue(value: RawValue): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

/** `key: value` lines without indentation, in the files' style. */
export function renderPair(key: string, value: RawValue, width = LINE_WIDTH): string[] {
  const options = { lineWidth: 0, singleQuote: true, flowCollectionPadding: false };
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isScalarValue)) {
      const document = new Document({ [key]: value });
      const node = (document.contents as YAMLMap).items[0]?.value as YAMLSeq;
      node.flow = true;
      const line = document.toString(options).trimEnd();
      if (line.length <= width && !line.includes('\n')) return [line];
    }
    const lines = [`${key}:`];
    for (const item of value) {
      const rendered = isRecord(item)
        ? renderMapLines(item, undefined, width - 2)
        : renderPair('x', item, width - 2).map((l) => l.replace(/^x: ?/, ''));
      rendered.forEach((line, index) => lines.push(`${index === 0 ? '  - ' : '    '}${line}`));
    }
    return lines;
  }
  if (isRecord(value)) {
    const keys = sortKeys(value, orderOf(key));
    if (key === 'leeftijd' && keys.every((child) => isScalarValue(value[child] as RawValue))) {
      const document = new Document({ [key]: Object.fromEntries(keys.map((k) => [k, value[k]])) });
      ((document.contents as YAMLMap).items[0]?.value as YAMLMap).flow = true;
      return [document.toString({ ...options, flowCollectionPadding: true }).trimEnd()];
    }
    return [`${key}:`, ...renderMapLines(value, key, width - 2).map((line) => `  ${line}`)];
  }
  const document = new Document({ [key]: value });
  const simple = document.toString(options).trimEnd();
  if (typeof value === 'string' && (simple.length > width || simple.includes('\n'))) {
    const folded = new Document({ [key]: value });
    const scalar = (folded.contents as YAMLMap).items[0]?.value;
    if (isScalar(scalar)) scalar.type = 'BLOCK_FOLDED';
    return folded
      .toString({ ...options, lineWidth: width })
      .trimEnd()
      .split('\n');
  }
  return [simple];
}

function renderMapLines(
  value: { [key: string]: RawValue },
  parentKey: string | undefined,
  width: number,
): string[] {
  return sortKeys(value, orderOf(parentKey)).flatMap((key) =>
    renderPair(key, value[key] as RawValue, width),
  );
}

/** A whole entry as a sequence item (`- id: …` and the rest under it), without the outer indent. */
export function renderEntryItem(entry: RawEntry): string[] {
  return renderMapLines(entry, undefined, LINE_WIDTH - 4).map(
    (line, index) => `${index === 0 ? '- ' : '  '}${line}`,
  );
}

// --- Positions in the text -------------------------------------------------------------------

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** Where a pair's text ends: the end of the line of its value's last character. */
function pairEnd(text: string, pair: Pair): number {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  let end = key.range?.[1] ?? 0;
  if (value?.range !== undefined && value.range !== null) {
    let valueEnd = value.range[1];
    while (valueEnd > end && /\s/.test(text[valueEnd - 1] ?? '')) valueEnd -= 1;
    end = Math.max(end, valueEnd);
  }
  return lineEnd(text, Math.max(end - 1, 0));
}

function keyName(pair: Pair): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : '';
}

function keyStart(pair: Pair): number {
  return (pair.key as Node).range?.[0] ?? 0;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The splices that turn map `node` (holding `before`) into `after`. */
function mapSplices(
  text: string,
  node: YAMLMap,
  before: { [key: string]: RawValue },
  after: { [key: string]: RawValue },
  parentKey: string | undefined,
): Splice[] {
  const pairs = node.items as Pair[];
  const first = pairs[0];
  if (first === undefined || node.flow === true) {
    throw new WijkwijzerError('WW-4113', { detail: { stage: 'flow-map' } });
  }
  const indent = column(text, keyStart(first));
  const pad = ' '.repeat(indent);
  const width = LINE_WIDTH - indent;
  const splices: Splice[] = [];
  const order = orderOf(parentKey);
  const present = pairs.map(keyName);

  for (const pair of pairs) {
    const key = keyName(pair);
    const old = before[key];
    const next = after[key];
    if (isDeepStrictEqual(old, next)) continue;
    const start = keyStart(pair);
    const end = pairEnd(text, pair);
    if (next === undefined) {
      const from = lineStart(text, start);
      if (text.slice(from, start).trim() !== '') {
        throw new WijkwijzerError('WW-4113', { detail: { stage: 'remove-first-key' } });
      }
      splices.push({ start: from, end: Math.min(end + 1, text.length), text: '' });
      continue;
    }
    if (isRecord(old) && isRecord(next) && isMap(pair.value) && pair.value.flow !== true) {
      splices.push(...mapSplices(text, pair.value, old, next, key));
      continue;
    }
    const lines = renderPair(key, next, width);
    splices.push({ start, end, text: lines.join(`\n${pad}`) });
  }

  for (const key of sortKeys(after, order)) {
    if (present.includes(key)) continue;
    const lines = renderPair(key, after[key] as RawValue, width).map((line) => `${pad}${line}`);
    const rank = order.indexOf(key);
    const nextPair = pairs.find((pair) => {
      const other = order.indexOf(keyName(pair));
      return rank !== -1 && other > rank;
    });
    const before = nextPair === undefined ? undefined : lineStart(text, keyStart(nextPair));
    // Never in front of `- id:`: the dash belongs to the first key's line.
    if (
      nextPair !== undefined &&
      before !== undefined &&
      text.slice(before, keyStart(nextPair)).trim() === ''
    ) {
      const at = before;
      splices.push({ start: at, end: at, text: `${lines.join('\n')}\n` });
    } else {
      const last = pairs[pairs.length - 1] as Pair;
      const at = pairEnd(text, last);
      splices.push({ start: at, end: at, text: `\n${lines.join('\n')}` });
    }
  }
  return splices;
}

function applySplices(text: string, splices: readonly Splice[]): string {
  // Insertions at one offset keep the order they were made in.
  const sorted = splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  let result = text;
  for (const { splice } of sorted) {
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  }
  return result;
}

// --- Whole-file operations -------------------------------------------------------------------

export interface ParsedPartnerFile {
  readonly document: Document.Parsed;
  readonly items: YAMLSeq;
  readonly entries: readonly RawEntry[];
}

/**
 * Parses a partner file far enough to edit it: a `voorzieningen` list of maps. Within the limits
 * of the knowledge loader (boundedYaml.ts, WW-4118 beyond them); aliases are expanded as the
 * loader expands them, so an entry reads the same here as in the catalogue.
 */
export function parsePartnerFile(text: string): ParsedPartnerFile {
  const document = parseBoundedYaml(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new WijkwijzerError('WW-4113', {
      detail: { stage: 'parse', errors: document.errors.length },
    });
  }
  const items = document.get('voorzieningen', true);
  if (!isSeq(items) || items.flow === true) {
    throw new WijkwijzerError('WW-4113', { detail: { stage: 'no-list' } });
  }
  const data = boundedData(document);
  const list = isRecord(data) && Array.isArray(data.voorzieningen) ? data.voorzieningen : [];
  const entries = items.items.map((item, index) => {
    const value: unknown = isMap(item) ? list[index] : null;
    return isRecord(value) ? (value as RawEntry) : {};
  });
  return { document, items, entries };
}

export function entryIndex(file: ParsedPartnerFile, id: string): number {
  return file.entries.findIndex((entry) => entry.id === id);
}

function verify(text: string, expected: readonly RawEntry[]): string {
  const reparsed = parsePartnerFile(text);
  if (!isDeepStrictEqual(reparsed.entries, expected)) {
    throw new WijkwijzerError('WW-4113', { detail: { stage: 'verify' } });
  }
  return text;
}

/** The file with entry `id` replaced by `next`; only the changed fields' lines differ. */
export function replaceEntry(text: string, id: string, next: RawEntry): string {
  const file = parsePartnerFile(text);
  const index = entryIndex(file, id);
  const node = file.items.items[index];
  if (index === -1 || !isMap(node)) throw new WijkwijzerError('WW-4106', { detail: { id } });
  const before = file.entries[index] as RawEntry;
  const result = applySplices(text, mapSplices(text, node, before, next, undefined));
  const expected = file.entries.map((entry, position) => (position === index ? next : entry));
  return verify(result, expected);
}

/** The file with a new entry at the end of the list, under a `# Bron:` comment. */
export function appendEntry(text: string, entry: RawEntry, bron: string): string {
  const file = parsePartnerFile(text);
  const last = file.items.items[file.items.items.length - 1];
  const lines = renderEntryItem(entry);
  const comment = `# Bron: ${bron.replace(/\s+/g, ' ').trim()}`;
  let result: string;
  if (!isMap(last)) throw new WijkwijzerError('WW-4113', { detail: { stage: 'append' } });
  const firstPair = last.items[0] as Pair;
  const dash = lineStart(text, keyStart(firstPair));
  const indent = ' '.repeat(text.slice(dash).search(/\S/));
  const lastPair = last.items[last.items.length - 1] as Pair;
  const at = pairEnd(text, lastPair);
  const block = [comment, ...lines].map((line) => `${indent}${line}`).join('\n');
  result = `${text.slice(0, at)}\n\n${block}${text.slice(at)}`;
  if (!result.endsWith('\n')) result += '\n';
  return verify(result, [...file.entries, entry]);
}

/** The file without entry `id` and the comment lines right above it (undo of an addition). */
export function removeEntry(text: string, id: string): string {
  const file = parsePartnerFile(text);
  const index = entryIndex(file, id);
  const node = file.items.items[index];
  if (index === -1 || !isMap(node)) throw new WijkwijzerError('WW-4106', { detail: { id } });
  if (file.entries.length === 1)
    throw new WijkwijzerError('WW-4113', { detail: { stage: 'last-entry' } });
  let start = lineStart(text, keyStart(node.items[0] as Pair));
  // Comment lines directly above belong to this entry (its `# Bron:`), and one blank line before.
  for (;;) {
    const previous = lineStart(text, Math.max(start - 1, 0));
    if (previous === start) break;
    const line = text.slice(previous, start - 1);
    if (/^\s*#/.test(line)) start = previous;
    else {
      if (line.trim() === '') start = previous;
      break;
    }
  }
  const end = pairEnd(text, node.items[node.items.length - 1] as Pair);
  const result = text.slice(0, start) + text.slice(Math.min(end + 1, text.length));
  return verify(
    result,
    file.entries.filter((_entry, position) => position !== index),
  );
}

/** A new partner file with its first entry. */
export function newPartnerFile(beheerder: string, entry: RawEntry, bron: string): string {
  const lines = [
    '# yaml-language-server: $schema=../voorziening.schema.json',
    '',
    `beheerder: ${beheerder}`,
    'voorzieningen:',
    `  # Bron: ${bron.replace(/\s+/g, ' ').trim()}`,
    ...renderEntryItem(entry).map((line) => `  ${line}`),
  ];
  return verify(`${lines.join('\n')}\n`, [entry]);
}
