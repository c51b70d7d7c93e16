import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { nl } from '../i18n/nl/index.js';
import type { Catalogue } from '../knowledge/catalogue.js';

/**
 * The Dutch help beside each field of the partner form comes from the table "Alle velden" in
 * knowledge/README.md, the partners' own manual: one text, read at start-up, never copied. A row
 * looks like "| `contact.telefoon` | nee | Bijvoorbeeld `053-1234567` … |". Without the README (a
 * knowledge directory without it) the form falls back to the schema's descriptions.
 */

export interface FieldHelp {
  readonly required: boolean;
  /** The README's text, with Markdown code marks and bold removed. */
  readonly help: string;
}

const ROW = /^\|\s*`([a-z_.]+)`\s*\|\s*(ja|nee)\s*\|\s*(.+?)\s*\|\s*$/;

export function parseFieldHelp(markdown: string): Record<string, FieldHelp> {
  const help: Record<string, FieldHelp> = {};
  for (const line of markdown.split('\n')) {
    const match = ROW.exec(line.trim());
    if (match === null) continue;
    const [, field, required, text] = match as unknown as [string, string, string, string];
    help[field] = {
      required: required === 'ja',
      help: text.replace(/\*\*/g, '').replace(/`/g, '').replace(/\\\|/g, '|'),
    };
  }
  return help;
}

export async function loadFieldHelp(knowledgeDir: string): Promise<Record<string, FieldHelp>> {
  try {
    return parseFieldHelp(await readFile(path.join(knowledgeDir, 'README.md'), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * The help beside the form's stadsdelen and wijken, with the names of the running gemeente's own
 * gebieden.yaml as examples: the JSON Schema's help is the same for every gemeente and names none.
 * Read from the catalogue on each request, so a changed gebieden.yaml shows at the next page load.
 */
export function areaFieldHelp(
  catalogue: Pick<Catalogue, 'areas'>,
): Record<'gebied.stadsdelen' | 'gebied.wijken', FieldHelp> {
  const { stadsdelen, wijken } = catalogue.areas;
  return {
    'gebied.stadsdelen': {
      required: false,
      help: nl.knowledge.areaHelp.stadsdelen(stadsdelen.map((stadsdeel) => stadsdeel.naam)),
    },
    'gebied.wijken': {
      required: false,
      help: nl.knowledge.areaHelp.wijken(wijken.map((wijk) => wijk.naam)),
    },
  };
}
