import { parseDocument, type Document, type LineCounter } from 'yaml';
import { MAX_YAML_DEPTH, yamlNestingDepth } from '../knowledge/yamlDepth.js';
import { MAX_ALIAS_COUNT, MAX_FILE_BYTES, readBoundedFile } from '../knowledge/yamlSource.js';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * The partner page reads and parses partner files with the limits the knowledge loader already
 * applies (src/knowledge/yamlSource.ts; docs/adr/0015-security-posture.md, "Costly YAML and JSON"):
 * at most MAX_FILE_BYTES, nested at most MAX_YAML_DEPTH levels (checked in one linear pass before
 * the parser sees the text), at most MAX_ALIAS_COUNT alias expansions, and regular files only. A
 * hand-edited or shared file beyond them gets WW-4118 before any costly work, and nothing is
 * written.
 */

export type YamlLimit = 'size' | 'depth' | 'aliases' | 'not-regular';

function beyond(limit: YamlLimit, cause?: unknown): WijkwijzerError {
  return new WijkwijzerError('WW-4118', {
    ...(cause === undefined ? {} : { cause }),
    detail: {
      limit,
      maxKiB: MAX_FILE_BYTES / 1024,
      maxDepth: MAX_YAML_DEPTH,
      maxAliases: MAX_ALIAS_COUNT,
    },
  });
}

/** Parses a partner file's text within the size and depth limits (WW-4118 beyond them). */
export function parseBoundedYaml(
  text: string,
  options: { readonly lineCounter?: LineCounter; readonly uniqueKeys?: boolean } = {},
): Document.Parsed {
  // Characters first: a text under the limit in UTF-16 units can still be over it in bytes.
  if (text.length > MAX_FILE_BYTES || Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
    throw beyond('size');
  }
  if (yamlNestingDepth(text) > MAX_YAML_DEPTH) throw beyond('depth');
  return parseDocument(text, options);
}

/** The document as plain data, with at most MAX_ALIAS_COUNT alias expansions (WW-4118 beyond). */
export function boundedData(document: Document.Parsed): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw beyond('aliases', error);
    }
    throw new WijkwijzerError('WW-4113', { cause: error, detail: { stage: 'parse' } });
  }
}

/**
 * The text of a partner file, or null when there is none. A regular file only: a link (to
 * /dev/zero, say) or a FIFO is refused rather than read until memory or patience runs out, and
 * at most one byte more than the limit is read (the knowledge loader's own bounded read).
 */
export async function readBoundedText(absolutePath: string): Promise<string | null> {
  const read = await readBoundedFile(absolutePath);
  switch (read.kind) {
    case 'read':
      return read.bytes.toString('utf8');
    case 'missing':
      return null;
    case 'not-regular':
      throw beyond('not-regular', read.cause);
    case 'too-large':
      throw beyond('size');
    case 'failed':
      throw read.cause;
  }
}
