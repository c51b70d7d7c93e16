import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command.js';
import { createKnowledgeCommand } from '../../src/cli/knowledgeCommand.js';
import { main } from '../../src/cli/main.js';
import {
  caseDir,
  fixedClock,
  knowledgeDir,
  REAL_KNOWLEDGE,
  removeCreatedDirs,
} from './fixtures.js';

afterEach(removeCreatedDirs);

const command = createKnowledgeCommand({ clock: fixedClock });

async function run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd,
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

describe('wijkwijzer knowledge check', () => {
  it('passes a valid directory with a Dutch summary', async () => {
    const dir = await knowledgeDir();
    const result = await run(['check', dir], dir);
    expect(result).toEqual({
      code: 0,
      stdout: 'Klaar: 0 fouten, 0 waarschuwingen in 7 bestanden (3 voorzieningen).\n',
      stderr: '',
    });
  });

  it('fails on errors with file:line:column, severity and message, relative to the working directory', async () => {
    const dir = await caseDir('invalid-value');
    const result = await run(['check'], path.dirname(dir), { KNOWLEDGE_DIR: path.basename(dir) });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      `${path.basename(dir)}/voorzieningen/alifa.yaml:15:14  fout  Bij 'koffie-in-de-wijk': 'toegang' heeft de waarde "vrij". Die waarde kennen we niet. Kies uit: vrij-inlopen, aanmelden, via-verwijzing, alleen-via-wijkteam.`,
      'Niet goed: 1 fout, 0 waarschuwingen in 7 bestanden (2 voorzieningen).',
      'Los eerst de fouten op. Zolang er fouten zijn, blijft de wijkwijzer de vorige goede versie gebruiken.',
      '',
    ]);
  });

  it('exits 0 with warnings, and can hide them', async () => {
    const dir = await caseDir('not-checked');
    const all = await run(['check', dir], dir);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('voorzieningen/alifa.yaml:19:5  waarschuwing  Bij ');
    const errorsOnly = await run(['check', dir, '--errors-only'], dir);
    expect(errorsOnly.stdout).toBe(
      '1 waarschuwing niet getoond (--errors-only).\nKlaar: 0 fouten, 1 waarschuwing in 7 bestanden (3 voorzieningen).\n',
    );
  });

  it('fails on a routering.yaml the bot could not start with, naming the file and the problem', async () => {
    const dir = await knowledgeDir();
    await writeFile(path.join(dir, 'routering.yaml'), 'versie: 7\n');
    const result = await run(['check', dir], dir);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^routering\.yaml:1:1 {2}fout {2}De verdeling over de wijkteams kan zo niet gebruikt worden: versie: /,
    );
    expect(lines).toContain(
      'Niet goed: 4 fouten, 0 waarschuwingen in 7 bestanden (3 voorzieningen).',
    );
    expect(lines).toContain(
      'Los de fout in routering.yaml op. Draait de wijkwijzer al, dan blijft de vorige verdeling gelden. Bij een nieuwe start stopt de wijkwijzer op dit bestand.',
    );
    const json = await run(['check', dir, '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, errors: 4 });
  });

  it('prints JSON on request', async () => {
    const dir = await caseDir('duplicate-id');
    const result = await run(['check', dir, '--json'], dir);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as {
      ok: boolean;
      errors: number;
      diagnostics: { code: string }[];
    };
    expect(parsed).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(parsed.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['duplicate-id']);
  });

  it('passes on the real knowledge directory', async () => {
    const result = await run(
      ['check', '--errors-only'],
      path.dirname(path.resolve(REAL_KNOWLEDGE)),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Klaar: 0 fouten, \d+ waarschuwingen in \d+ bestanden \(\d+ voorzieningen\)\.$/m,
    );
  });
});

describe('wijkwijzer knowledge report', () => {
  it('lists per beheerder what needs re-checking and why, in Markdown', async () => {
    const dir = await caseDir('not-checked');
    const result = await run(['report', dir], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Controlelijst sociale kaart (23 november 2026)');
    expect(result.stdout).toContain(
      '## Alifa (alifa)\n\n1 voorziening, 1 te controleren.\n\n| Voorziening | Id | Laatst gecontroleerd | Waarom nakijken |\n| --- | --- | --- | --- |\n| Koffie in de wijk | koffie-in-de-wijk | nog nooit | nog nooit gecontroleerd |\n',
    );
    expect(result.stdout).toContain(
      '## Stadsbank Oost Nederland (stadsbank)\n\n2 voorzieningen, 0 te controleren.\nAlles is op tijd gecontroleerd.\n\nVolgende controle uiterlijk: 15 maart 2027.\n',
    );
    expect(result.stdout).toContain(
      '1 wijk heeft een onzekere indeling in postcodes en wijkteams: Binnenstad.',
    );
  });

  it('gives the same as JSON, and refuses a directory with errors', async () => {
    const dir = await caseDir('expired');
    const json = await run(['report', dir, '--json'], dir);
    const report = JSON.parse(json.stdout) as {
      beheerders: { id: string; toCheck: { id: string; reasons: { code: string }[] }[] }[];
    };
    expect(report.beheerders.find((beheerder) => beheerder.id === 'alifa')?.toCheck).toEqual([
      expect.objectContaining({
        id: 'koffie-in-de-wijk',
        reasons: [expect.objectContaining({ code: 'expired' })],
      }),
    ]);
    const broken = await caseDir('wrong-type');
    const refused = await run(['report', broken], broken);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('De sociale kaart heeft fouten.');
  });
});

describe('wijkwijzer knowledge schema', () => {
  it('writes the schema files and checks that they are current', async () => {
    const dir = await knowledgeDir();
    expect((await run(['schema', '--check', dir], dir)).code).toBe(1);
    const written = await run(['schema', dir], dir);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('voorziening.schema.json');
    expect(await run(['schema', '--check', dir], dir)).toEqual({
      code: 0,
      stdout: 'De schemabestanden zijn actueel.\n',
      stderr: '',
    });
    const file = path.join(dir, 'gebieden.schema.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"object"', '"array"'));
    const outdated = await run(['schema', '--check', dir], dir);
    expect(outdated.code).toBe(1);
    expect(outdated.stderr).toContain('gebieden.schema.json');
  });
});

describe('usage', () => {
  it('rejects unknown subcommands, options and extra arguments with exit 64', async () => {
    const dir = await knowledgeDir();
    for (const args of [[], ['lint'], ['check', '--fix'], ['check', 'a', 'b']]) {
      const result = await run(args, dir);
      expect(result.code, args.join(' ')).toBe(64);
      expect(result.stderr).toContain('Gebruik: wijkwijzer knowledge');
    }
  });

  it('is registered as `wijkwijzer knowledge`', async () => {
    let stdout = '';
    const code = await main(['knowledge', '--help'], { stdout: (text) => (stdout += text) });
    expect(code).toBe(0);
    expect(stdout).toContain('check [MAP]');
  });
});
