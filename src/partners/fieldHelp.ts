import { readFile } from 'node:fs/promises';
import path from 'node:path';

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
