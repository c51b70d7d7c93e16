import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadRoutingFile,
  normaliseAreaName,
  parseRoutingFile,
  routeCase,
  routingFileSchema,
  RoutingFileError,
  wijkteamName,
  type RoutingTable,
} from '../../src/cases/routing.js';

const fixtures = fileURLToPath(new URL('./fixtures/routing/', import.meta.url));
const realFile = fileURLToPath(new URL('../../knowledge/routering.yaml', import.meta.url));
const areasFile = fileURLToPath(new URL('../../knowledge/gebieden.yaml', import.meta.url));

async function refusal(promise: Promise<unknown>): Promise<RoutingFileError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RoutingFileError);
  return error as RoutingFileError;
}

describe('routeCase on a fixture', () => {
  let table: RoutingTable;

  beforeAll(async () => {
    table = await loadRoutingFile(path.join(fixtures, 'valid.yaml'));
  });

  it('keeps the teams in file order', () => {
    expect(table.teams.map((team) => team.id)).toEqual([
      'west',
      'zuid',
      'wesselerbrink',
      'centrum',
    ]);
  });

  it.each([
    [{ wijk: 'Wesselerbrink', stadsdeel: 'zuid' as const }, 'wesselerbrink', 0],
    [{ wijk: 'wesselerbrink' }, 'wesselerbrink', 0],
    [{ wijk: '  WESSELERBRINK ' }, 'wesselerbrink', 0],
    // A rule with wijk and stadsdeel needs both.
    [{ wijk: 'Velve Lindenhof', stadsdeel: 'oost' as const }, 'west', 1],
    [{ wijk: 'Velve-Lindenhof' }, 'centrum', 'fallback'],
    // First match wins: the stadsdeel rule for zuid comes before the wijk rule for Stroinkslanden.
    [{ wijk: 'Stroinkslanden', stadsdeel: 'zuid' as const }, 'zuid', 2],
    [{ wijk: 'Stroinkslanden' }, 'wesselerbrink', 3],
    [{ stadsdeel: 'west' as const }, 'west', 4],
    [{ wijk: 'Onbekend', stadsdeel: 'noord' as const }, 'centrum', 'fallback'],
    [{}, 'centrum', 'fallback'],
    [{ wijk: '', stadsdeel: null }, 'centrum', 'fallback'],
  ])('%j goes to %s (rule %s)', (input, team, matchedBy) => {
    const decision = routeCase(table, input);
    expect(decision.wijkteam.id).toBe(team);
    expect(decision.matchedBy).toBe(matchedBy);
  });

  it('names a team, or echoes an id it no longer knows', () => {
    expect(wijkteamName(table, 'wesselerbrink')).toBe('Wesselerbrink');
    expect(wijkteamName(table, 'opgeheven')).toBe('opgeheven');
  });
});

describe('normaliseAreaName', () => {
  it.each([
    ["'t Zwering", 'zwering'],
    ['De Eschmarke', 'eschmarke'],
    ['Velve-Lindenhof', 'velve lindenhof'],
    ['Helmerhoek/Stroinkslanden', 'helmerhoek stroinkslanden'],
    ['Coöperatie', 'cooperatie'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseAreaName(input)).toBe(expected);
  });
});

describe('routing file errors', () => {
  it('names the line of a YAML syntax error', () => {
    // Inline, not a fixture file: a broken YAML file would break `prettier --check .`.
    const broken =
      'versie: 1\nwijkteams:\n  - id: west\n    naam: West\n  regels: [\nterugval: west\n';
    let caught: unknown;
    try {
      parseRoutingFile(broken, 'broken.yaml');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RoutingFileError);
    const error = caught as RoutingFileError;
    expect(error.code).toBe('WW-6006');
    expect(error.message).toContain('broken.yaml');
    expect(error.problems.join('\n')).toMatch(/line \d+/);
  });

  it('lists every problem: duplicate team, unknown team, empty rule, unreachable wijk, fallback', async () => {
    const error = await refusal(loadRoutingFile(path.join(fixtures, 'unknown-team.yaml')));
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('wijkteams.1.id: wijkteam "west" appears twice'),
        expect.stringContaining('regels.0.wijkteam: wijkteam "oost" is not in the list'),
        expect.stringContaining('regels.1: a rule needs "wijken", "stadsdeel" or both'),
        expect.stringContaining('regels.2.wijken: wijk "pathmos" is already routed by rule 1'),
        expect.stringContaining('terugval: wijkteam "noord" is not in the list'),
      ]),
    );
  });

  it('refuses a missing file with WW-6006', async () => {
    const error = await refusal(loadRoutingFile(path.join(fixtures, 'does-not-exist.yaml')));
    expect(error.problems).toEqual(['the file cannot be read (read-failed)']);
  });

  it('refuses a file without fallback', () => {
    expect(() =>
      parseRoutingFile('versie: 1\nwijkteams: [{id: a, naam: A}]\nregels: []\n'),
    ).toThrow(RoutingFileError);
  });
});

describe('knowledge/routering.yaml', () => {
  it('is valid against routingFileSchema', async () => {
    const { parse } = await import('yaml');
    const { readFile } = await import('node:fs/promises');
    const parsed = routingFileSchema.safeParse(parse(await readFile(realFile, 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("has Enschede's nine wijkteams (2019) and an explicit fallback", async () => {
    const table = await loadRoutingFile(realFile);
    expect(table.teams.map((team) => team.naam)).toEqual([
      'Boswinkel-Boekelo',
      'Centrum',
      'Helmerhoek/Stroinkslanden',
      'Noord-Noord',
      'Oost-Binnen',
      'Oost-Buiten',
      'Pathmos/Stadsveld',
      'Twekkelerveld',
      'Wesselerbrink',
    ]);
    expect(table.fallback.id).toBe('centrum');
  });

  it('routes every wijk named in a team name to that team', async () => {
    const table = await loadRoutingFile(realFile);
    const expected: Record<string, string> = {
      Boswinkel: 'boswinkel-boekelo',
      Boekelo: 'boswinkel-boekelo',
      Helmerhoek: 'helmerhoek-stroinkslanden',
      Stroinkslanden: 'helmerhoek-stroinkslanden',
      Pathmos: 'pathmos-stadsveld',
      Stadsveld: 'pathmos-stadsveld',
      Twekkelerveld: 'twekkelerveld',
      Wesselerbrink: 'wesselerbrink',
      // The pilot wijk Boswinkel–De Braker (stadsdeel West).
      'De Braker': 'boswinkel-boekelo',
    };
    for (const [wijk, team] of Object.entries(expected)) {
      expect(routeCase(table, { wijk }).wijkteam.id, wijk).toBe(team);
    }
  });

  // gebieden.yaml is the area taxonomy the dialog asks residents to choose from (knowledge work
  // package); the two files are kept by hand and must not drift apart. Runs once that file exists.
  it.skipIf(!existsSync(areasFile))(
    'routes every wijk of knowledge/gebieden.yaml to the wijkteam that file names',
    async () => {
      const { parse } = await import('yaml');
      const { readFile } = await import('node:fs/promises');
      const areas = parse(await readFile(areasFile, 'utf8')) as {
        stadsdelen: { id: string; wijken: { naam: string; wijkteam: string }[] }[];
      };
      const table = await loadRoutingFile(realFile);
      const mismatches: string[] = [];
      let checked = 0;
      for (const stadsdeel of areas.stadsdelen) {
        for (const wijk of stadsdeel.wijken) {
          checked += 1;
          for (const input of [{ wijk: wijk.naam }, { wijk: wijk.naam, stadsdeel: stadsdeel.id }]) {
            const routed = routeCase(table, input as { wijk: string }).wijkteam.id;
            if (routed !== wijk.wijkteam) {
              mismatches.push(`${wijk.naam}: gebieden ${wijk.wijkteam}, routering ${routed}`);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
      expect(mismatches).toEqual([]);
    },
  );

  it('routes every stadsdeel without a wijk to a team of that stadsdeel', async () => {
    const table = await loadRoutingFile(realFile);
    for (const stadsdeel of ['noord', 'oost', 'zuid', 'west', 'centrum'] as const) {
      const decision = routeCase(table, { stadsdeel });
      expect(decision.matchedBy).not.toBe('fallback');
      expect(decision.wijkteam.stadsdeel).toBe(stadsdeel);
    }
  });
});
