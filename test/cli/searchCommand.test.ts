import { cp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSearchCommand } from '../../src/cli/searchCommand.js';
import type { CommandIo } from '../../src/cli/command.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { FIXTURE_KNOWLEDGE } from '../search/fixtureIndex.js';

const command = createSearchCommand({ clock: { now: () => new Date('2026-02-01T10:00:00Z') } });

let temp: TempDirectory;
beforeEach(async () => {
  temp = await createTempDirectory('wijkwijzer-search-cli-');
});
afterEach(async () => {
  await temp.remove();
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: {},
    cwd: temp.path,
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

describe('wijkwijzer search', () => {
  it('answers one question on any knowledge directory, in JSON', async () => {
    const { code, stdout } = await run(['ik sta rood', '--knowledge', FIXTURE_KNOWLEDGE, '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      results: { id: string; score: number; why: string }[];
      noGoodMatch: boolean;
    };
    expect(parsed.results[0]?.id).toBe('schuldhulp');
    expect(Object.keys(parsed.results[0] ?? {}).sort()).toEqual(['id', 'score', 'why']);
    expect(parsed.noGoodMatch).toBe(false);
  });

  it('names the gemeente of the knowledge for a postcode outside it, never Enschede by default', async () => {
    const lindewaard = path.join(findProjectRoot(), 'test/fixtures/kaart-lindewaard');
    const outside = await run(['huiskamer', '--knowledge', lindewaard, '--postcode', '7544']);
    expect(outside.stderr).toContain(
      'Postcode 7544 ligt niet in de gemeente. Er wordt gezocht zonder wijk.',
    );
    const named = await run([
      'huiskamer',
      '--knowledge',
      path.join(findProjectRoot(), 'knowledge'),
      '--postcode',
      '7681',
    ]);
    expect(named.stderr).toContain('Postcode 7681 ligt niet in Enschede.');
  });

  it('uses postcode and age', async () => {
    const zuid = await run([
      'huiskamer koffie',
      '--knowledge',
      FIXTURE_KNOWLEDGE,
      '--postcode',
      '7543 AB',
      '--json',
    ]);
    expect((JSON.parse(zuid.stdout) as { results: { id: string }[] }).results[0]?.id).toBe(
      'huiskamer-wesselerbrink',
    );
    const old = await run([
      'ik ben eenzaam',
      '--knowledge',
      FIXTURE_KNOWLEDGE,
      '--age',
      '80',
      '--top',
      '1',
    ]);
    expect(old.code).toBe(0);
    expect(old.stdout).toMatch(/^1\. Bezoek voor ouderen \(ouderenbezoek/);
    expect(old.stdout).not.toContain('2. ');
  });

  it('prints a readable answer with the no-good-match notice', async () => {
    const { code, stdout } = await run([
      'ik wil een parkeervergunning aanvragen',
      '--knowledge',
      FIXTURE_KNOWLEDGE,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Geen goede match');
  });

  it('answers a batch file with one JSON line per question', async () => {
    const file = temp.file('vragen.jsonl');
    await writeFile(
      file,
      [
        JSON.stringify({ text: 'voedselbank' }),
        '',
        JSON.stringify({ text: 'koffie en praten', postcode: '7544', age: 70 }),
        JSON.stringify({ text: 'ik wil een parkeervergunning aanvragen' }),
      ].join('\n'),
    );
    const { code, stdout } = await run([
      '--batch',
      'vragen.jsonl',
      '--knowledge',
      FIXTURE_KNOWLEDGE,
    ]);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            results: { id: string }[];
            domains: unknown[];
            noGoodMatch: boolean;
          },
      );
    expect(lines).toHaveLength(3);
    expect(lines[0]?.results[0]?.id).toBe('voedselbank');
    expect(lines[1]?.results.map((hit) => hit.id)).not.toContain('huiskamer-wesselerbrink');
    expect(lines[2]?.noGoodMatch).toBe(true);
  });

  it('reads a batch line in the language it names, and detects it when none is named', async () => {
    await writeFile(
      temp.file('talen.jsonl'),
      [JSON.stringify({ text: 'hungry', language: 'en' }), JSON.stringify({ text: 'hungry' })].join(
        '\n',
      ),
    );
    const { code, stdout } = await run([
      '--batch',
      'talen.jsonl',
      '--knowledge',
      FIXTURE_KNOWLEDGE,
    ]);
    expect(code).toBe(0);
    const [named, detected] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { results: { id: string; why: string }[] });
    // One word shows no language: only the line that names English reads "hungry" as "honger"
    // (the English glossary). ("food bank" no longer tells the two apart: the glossary now reads
    // the two-word phrase as "voedselbank", the word the synonym list gives it too.)
    expect(named?.results[0]?.id).toBe('voedselbank');
    expect(named?.results[0]?.why).toContain('"hungry" (betekent honger)');
    expect(detected?.results[0]?.why ?? '').not.toContain('"hungry" (betekent');
  });

  it('refuses a batch line with a language it does not speak', async () => {
    await writeFile(
      temp.file('duits.jsonl'),
      `${JSON.stringify({ text: 'laute Nachbarn', language: 'de' })}\n`,
    );
    const { code, stderr } = await run([
      '--batch',
      'duits.jsonl',
      '--knowledge',
      FIXTURE_KNOWLEDGE,
    ]);
    expect(code).toBe(65);
    expect(stderr).toContain('duits.jsonl:1:');
    expect(stderr).toContain('language is "nl" of "en"');
  });

  it('refuses a batch line of the wrong shape with its line number', async () => {
    await writeFile(temp.file('bad.jsonl'), `${JSON.stringify({ text: 'x' })}\n{"vraag": 1}\n`);
    const { code, stderr } = await run(['--batch', 'bad.jsonl', '--knowledge', FIXTURE_KNOWLEDGE]);
    expect(code).toBe(65);
    expect(stderr).toContain('bad.jsonl:2:');
  });

  it('exits non-zero with the checker messages when the knowledge is invalid', async () => {
    const dir = path.join(temp.path, 'knowledge');
    await cp(FIXTURE_KNOWLEDGE, dir, { recursive: true });
    await rm(path.join(dir, 'levensgebieden.yaml'));
    const { code, stderr, stdout } = await run(['schulden', '--knowledge', dir]);
    expect(code).toBe(65);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/knowledge\/levensgebieden\.yaml:1:1 +fout +/);
  });

  it('refuses a question together with --batch, and a wrong age', async () => {
    expect((await run(['schulden', '--batch', 'x.jsonl'])).code).toBe(64);
    expect((await run(['schulden', '--age', 'oud'])).code).toBe(64);
    expect((await run([])).code).toBe(64);
  });
});
