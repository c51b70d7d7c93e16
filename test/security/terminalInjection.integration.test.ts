import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { main } from '../../src/cli/main.js';
import { alice, FakeClock, newCaseInput } from '../cases/fixtures/caseFixtures.js';
import { silentLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/**
 * An operator reads a resident's words in a terminal (`wijkwijzer cases show`). Control
 * characters in them would act on that terminal: ESC sequences clear the screen, rewrite the
 * window title, hide the lines before them or print a link; a carriage return rewrites a line; a
 * right-to-left override reverses a phone number. The human-readable output carries none of
 * them; `--json` escapes them anyway (docs/security.md, "Injection from residents' words").
 */

const knowledgeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));
const ESC = String.fromCharCode(0x1b);
const BELL = String.fromCharCode(0x07);
const CSI_8_BIT = String.fromCharCode(0x9b);
const RIGHT_TO_LEFT_OVERRIDE = String.fromCharCode(0x202e);
const HOSTILE = `Ik heb schulden${ESC}[2J${ESC}]0;root@server${BELL}\rALLES GOED${CSI_8_BIT}31m ${RIGHT_TO_LEFT_OVERRIDE}87654321-60`;
const CONTROL = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(0x0b)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}-${String.fromCharCode(0x9f)}${RIGHT_TO_LEFT_OVERRIDE}]`,
);

let temp: TempDirectory;

beforeEach(async () => {
  temp = await createTempDirectory();
});

afterEach(async () => {
  await temp.remove();
});

async function cli(...argv: string[]): Promise<string> {
  let stdout = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    env: { DATA_DIR: temp.path, KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'silent' },
    cwd: temp.path,
  });
  expect(code).toBe(0);
  return stdout;
}

describe('wijkwijzer cases prints no control characters from what people typed', () => {
  it('show, list and the history keep the words but not the sequences', async () => {
    const clock = new FakeClock('2026-03-02T09:00:00.000Z');
    const repository = await FileCaseRepository.open({
      dir: casesDirectory(temp.path),
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const input = newCaseInput();
    const created = await repository.create({
      ...input,
      story: { ...input.story, summary: HOSTILE, triedAlready: HOSTILE },
      melder: { ...input.melder, name: `Fatma${ESC}[8m`, bestMoment: HOSTILE },
    });
    await transitionCase(
      repository,
      created.reference,
      { type: 'claim' },
      { ...alice, name: `Alice${ESC}[1A` },
      1,
      clock,
    );
    await repository.close();

    const shown = await cli('cases', 'show', created.reference, '--with-contact');
    const listed = await cli('cases', 'list');
    for (const output of [shown, listed]) expect(output).not.toMatch(CONTROL);
    expect(shown).toContain('Ik heb schulden[2J]0;root@server');
    expect(shown).toContain('ALLES GOED31m 87654321-60');
    expect(shown).toContain('Alice[1A');

    const json = await cli('cases', 'show', created.reference, '--json');
    expect(json).not.toMatch(CONTROL);
    // The JSON keeps the value as stored, escaped: a staff name comes from the sign-in as it is.
    const parsed = JSON.parse(json) as { history: { actor: { name?: string } }[] };
    expect(parsed.history.map((entry) => entry.actor.name)).toContain(`Alice${ESC}[1A`);
  });
});
