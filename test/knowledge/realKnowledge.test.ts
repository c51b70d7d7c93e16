import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { residentVisibility } from '../../src/knowledge/catalogue.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { fixedClock, knowledgeDirFrom, REAL_KNOWLEDGE, removeCreatedDirs } from './fixtures.js';

const today = '2026-11-23';

afterEach(removeCreatedDirs);

async function loadReal() {
  const result = await loadKnowledge(REAL_KNOWLEDGE, { clock: fixedClock });
  if (!result.ok) {
    const lines = result.errors.map(
      (error) => `${error.file}:${error.line}:${error.column} ${error.message}`,
    );
    throw new Error(`knowledge/ has errors:\n${lines.join('\n')}`);
  }
  return result;
}

describe('the real knowledge directory', () => {
  it('passes the check without errors', async () => {
    const result = await loadKnowledge(REAL_KNOWLEDGE, { clock: fixedClock });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has at least 60 voorzieningen that residents can see, and staff-only and referral entries', async () => {
    const { catalogue } = await loadReal();
    const visible = catalogue.voorzieningen.filter(
      (entry) => residentVisibility(entry, today).visible,
    );
    expect(visible.length).toBeGreaterThanOrEqual(60);
    const access = new Set(catalogue.voorzieningen.map((entry) => entry.toegang));
    expect([...access].sort()).toEqual([
      'aanmelden',
      'alleen-via-wijkteam',
      'via-verwijzing',
      'vrij-inlopen',
    ]);
  });

  it('covers every levensgebied, several areas and several age groups', async () => {
    const { catalogue } = await loadReal();
    for (const domain of catalogue.levensgebieden) {
      const count = catalogue.voorzieningen.filter((entry) =>
        entry.levensgebieden.includes(domain.id),
      ).length;
      expect(count, domain.id).toBeGreaterThanOrEqual(2);
    }
    const areaKinds = new Set(
      catalogue.voorzieningen.map((entry) =>
        typeof entry.gebied === 'string'
          ? entry.gebied
          : entry.gebied.wijken
            ? 'wijken'
            : 'stadsdelen',
      ),
    );
    expect([...areaKinds].sort()).toEqual([
      'heel-de-gemeente',
      'landelijk',
      'stadsdelen',
      'wijken',
    ]);
    const groups = new Set(catalogue.voorzieningen.flatMap((entry) => entry.doelgroep.kenmerken));
    for (const group of ['kinderen', 'jongeren', 'ouders', '65-plussers', 'mantelzorgers']) {
      expect(groups.has(group as never), group).toBe(true);
    }
  });

  it('holds the crisis lines with their exact numbers', async () => {
    const { catalogue } = await loadReal();
    const numbers = Object.fromEntries(
      catalogue.crisislijnen.map((line) => [line.id, line.telefoon.map((phone) => phone.nummer)]),
    );
    expect(numbers).toEqual({
      'alarmnummer-112': ['112'],
      'zelfmoordpreventie-113': ['113', '0800-0113'],
      'veilig-thuis': ['0800-2000'],
    });
  });

  it('maps Enschede postcodes, flags every unconfirmed mapping and knows the 9 wijkteams', async () => {
    const { catalogue } = await loadReal();
    const { areas } = catalogue;
    expect(areas.wijkteams.map((team) => team.id).sort()).toEqual([
      'boswinkel-boekelo',
      'centrum',
      'helmerhoek-stroinkslanden',
      'noord-noord',
      'oost-binnen',
      'oost-buiten',
      'pathmos-stadsveld',
      'twekkelerveld',
      'wesselerbrink',
    ]);
    expect(areas.stadsdelen.map((stadsdeel) => stadsdeel.naam)).toEqual([
      'Centrum',
      'Noord',
      'Oost',
      'Zuid',
      'West',
    ]);
    expect(areas.lookupPostcode('7544 AB')).toMatchObject({
      wijk: 'Wesselerbrink',
      wijkteam: 'wesselerbrink',
      zeker: false,
    });
    expect(areas.lookupPostcode('7551')).toBe('outside-gemeente');
    expect(areas.lookupPostcode('7500')).toBe('unknown');
    // Until the gemeente confirms a wijk, the file must say so and the bot must ask.
    expect(areas.wijken.every((wijk) => wijk.zeker === false)).toBe(true);
  });

  it('has at least 80 synonym groups', async () => {
    const { catalogue } = await loadReal();
    expect(catalogue.synoniemen.length).toBeGreaterThanOrEqual(80);
    const schulden = catalogue.synoniemen.find((synoniem) => synoniem.term === 'schulden');
    expect(schulden?.woorden).toEqual(expect.arrayContaining(['rood staan', 'krap bij kas']));
  });

  it('notes the source of every voorziening in a comment above it', async () => {
    const dir = path.join(REAL_KNOWLEDGE, 'voorzieningen');
    for (const file of await readdir(dir)) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const ids = text.split('\n').filter((line) => /^\s*- id:/.test(line)).length;
      const sources = text.split('\n').filter((line) => /^\s*# Bron:/.test(line)).length;
      expect(sources, file).toBe(ids);
      expect(
        text.startsWith('# yaml-language-server: $schema=../voorziening.schema.json\n'),
        file,
      ).toBe(true);
    }
  });

  it('never publishes sensitive places or placeholder contact details', async () => {
    const dir = path.join(REAL_KNOWLEDGE, 'voorzieningen');
    for (const file of await readdir(dir)) {
      const data = parse(await readFile(path.join(dir, file), 'utf8')) as {
        voorzieningen: { contact?: Record<string, string>; naam: string; omschrijving: string }[];
      };
      for (const entry of data.voorzieningen) {
        const visibleText = `${entry.naam} ${entry.omschrijving} ${Object.values(entry.contact ?? {}).join(' ')}`;
        expect(visibleText, file).not.toMatch(
          /doorstroomwoning|noodopvang|huis te leen|xxx|example\./i,
        );
        expect(entry.contact?.adres, `${file}: addresses need verification first`).toBeUndefined();
      }
    }
  });
});

describe('the partner README', () => {
  it('has a complete example that passes the check in the real knowledge', async () => {
    const readme = await readFile(path.join(REAL_KNOWLEDGE, 'README.md'), 'utf8');
    const example = /```yaml\n(# yaml-language-server[^`]*?voorzieningen:[^`]*?)```/.exec(
      readme,
    )?.[1];
    expect(example).toBeDefined();
    const dir = await knowledgeDirFrom(REAL_KNOWLEDGE, {
      'voorzieningen/alifa.yaml': example ?? '',
    });
    const result = await loadKnowledge(dir, { clock: fixedClock });
    expect(result.errors).toEqual([]);
    const aboutExample = result.warnings.filter(
      (warning) => warning.entryId === 'koffie-in-de-wesselerbrink',
    );
    expect(aboutExample.map((warning) => warning.code)).toEqual(['check-overdue']);
  });
});
