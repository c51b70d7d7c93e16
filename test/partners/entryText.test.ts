import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  newPartnerFile,
  parsePartnerFile,
  removeEntry,
  replaceEntry,
  type RawEntry,
} from '../../src/partners/entryText.js';
import { voorzieningenFileSchema } from '../../src/knowledge/schema.js';

const dir = path.join('knowledge', 'voorzieningen');
const alifa = readFileSync(path.join(dir, 'alifa.yaml'), 'utf8');

function entry(text: string, id: string): RawEntry {
  const found = parsePartnerFile(text).entries.find((item) => item.id === id);
  if (found === undefined) throw new TypeError(`no ${id}`);
  return structuredClone(found);
}

/** The lines that differ, as `-old` / `+new`, in file order (a tiny line diff for assertions). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return [
    ...a.slice(start, endA).map((line) => `-${line}`),
    ...b.slice(start, endB).map((line) => `+${line}`),
  ];
}

describe('editing one entry in the text of a partner file', () => {
  it('leaves every file byte for byte as it was when nothing changes', () => {
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      for (const item of parsePartnerFile(text).entries) {
        expect(replaceEntry(text, String(item.id), structuredClone(item))).toBe(text);
      }
    }
  });

  it('"Klopt nog" changes the one gecontroleerd line and keeps the comments around it', () => {
    const next = { ...entry(alifa, 'alifa-jongerenwerk'), gecontroleerd: '2026-12-01' };
    const result = replaceEntry(alifa, 'alifa-jongerenwerk', next);
    expect(changedLines(alifa, result)).toEqual([
      '-    gecontroleerd:',
      '+    gecontroleerd: 2026-12-01',
    ]);
    expect(result).toContain('# Bron: seeds/002_d5907a10ac045ca7.txt:147 (jongerenwerk)');
  });

  it('a longer description is folded like the others; a new phone number lands inside contact, in schema order', () => {
    const before = entry(alifa, 'alifa-jongerenwerk');
    const next: RawEntry = {
      ...before,
      omschrijving:
        'Jongerenwerkers van Alifa zijn in de wijk, op straat en online. Jongeren kunnen bij hen terecht met vragen over school, werk, geld of thuis. Ze organiseren ook sport en muziek.',
      contact: { telefoon: '053-1234567', website: 'https://www.alifa.nl' },
    };
    const result = replaceEntry(alifa, 'alifa-jongerenwerk', next);
    const diff = changedLines(alifa, result);
    expect(diff).toContain('+      telefoon: 053-1234567');
    expect(result).toMatch(
      / {4}contact:\n {6}telefoon: 053-1234567\n {6}website: https:\/\/www\.alifa\.nl\n/,
    );
    expect(result).toMatch(/omschrijving: >-\n {6}Jongerenwerkers/);
    const parsed = voorzieningenFileSchema.safeParse(parsePartnerFile(result).document.toJS());
    expect(parsed.success).toBe(true);
  });

  it('removes an emptied field, adds status in its place in the order, and renders lists as [a, b]', () => {
    const before = entry(alifa, 'alifa-jongerenwerk');
    const { trefwoorden: _dropped, ...rest } = before;
    const next: RawEntry = { ...rest, status: 'wachtlijst', levensgebieden: ['opvoeden', 'werk'] };
    const result = replaceEntry(alifa, 'alifa-jongerenwerk', next);
    const diff = changedLines(alifa, result);
    expect(diff).toContain(
      '-    trefwoorden: [jongeren, hangen, verveling, activiteiten, school, straat]',
    );
    expect(diff).toContain('+    levensgebieden: [opvoeden, werk]');
    expect(result).toMatch(/gecontroleerd:\n {4}status: wachtlijst\n/);
  });

  it('appends a new entry under a Bron comment, and removing it gives the original text back', () => {
    const added: RawEntry = {
      id: 'alifa-nieuw',
      naam: 'Nieuwe groep',
      organisatie: 'Alifa',
      omschrijving: 'Een nieuwe groep voor buren. U bent welkom, ook als u niemand kent.',
      levensgebieden: ['ontmoeting'],
      gebied: 'heel-enschede',
      toegang: 'vrij-inlopen',
      kosten: 'gratis',
      doelgroep: { leeftijd: { min: 18 }, kenmerken: ['65-plussers'] },
      contact: { telefoon: '113' },
    };
    const result = appendEntry(alifa, added, 'gesprek met de coördinator');
    expect(result.startsWith(alifa.trimEnd())).toBe(true);
    expect(result).toContain(
      '  # Bron: gesprek met de coördinator\n  - id: alifa-nieuw\n    naam: Nieuwe groep\n',
    );
    expect(result).toContain(
      '    doelgroep:\n      leeftijd: { min: 18 }\n      kenmerken: [65-plussers]\n',
    );
    expect(result).toContain("      telefoon: '113'\n");
    expect(removeEntry(result, 'alifa-nieuw')).toBe(alifa);
  });

  it('writes a first file for a beheerder without one', () => {
    const text = newPartnerFile('nieuw', { id: 'x-y', naam: 'X' }, 'telefoon');
    expect(text).toBe(
      '# yaml-language-server: $schema=../voorziening.schema.json\n\nbeheerder: nieuw\nvoorzieningen:\n  # Bron: telefoon\n  - id: x-y\n    naam: X\n',
    );
  });
});
