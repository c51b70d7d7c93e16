import { afterEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/cli/command.js';
import { createKnowledgeCommand } from '../../src/cli/knowledgeCommand.js';
import { caseDir, fixedClock, removeCreatedDirs } from '../knowledge/fixtures.js';

afterEach(removeCreatedDirs);

async function report(args: readonly string[], dir: string, env: NodeJS.ProcessEnv) {
  let stdout = '';
  const io: CommandIo = { stdout: (text) => (stdout += text), stderr: () => {}, env, cwd: dir };
  const code = await createKnowledgeCommand({ clock: fixedClock }).run(args, io);
  return { code, stdout };
}

describe('wijkwijzer knowledge report flags entries unconfirmed long after their check', () => {
  it('lists none with the default six months, and the Stadsbank entries with a one-month period', async () => {
    const dir = await caseDir('not-checked');
    const normal = await report(['report', dir], dir, {});
    expect(normal.stdout).toContain('## Lang niet bevestigd ("Klopt dit nog?")');
    expect(normal.stdout).toContain(
      'Geen: alle gecontroleerde voorzieningen zijn op tijd bevestigd.',
    );

    const strict = await report(['report', dir], dir, {
      KNOWLEDGE_CHECK_MONTHS: '1',
      KNOWLEDGE_UNCONFIRMED_GRACE_MONTHS: '0',
      KNOWLEDGE_HIDE_UNCONFIRMED: 'true',
    });
    expect(strict.stdout).toMatch(
      /- .+ \(.+, stadsbank\): laatst gecontroleerd op 15 september 2026/,
    );
    expect(strict.stdout).toContain('KNOWLEDGE_HIDE_UNCONFIRMED staat aan');

    const json = await report(['report', dir, '--json'], dir, {
      KNOWLEDGE_CHECK_MONTHS: '1',
      KNOWLEDGE_UNCONFIRMED_GRACE_MONTHS: '0',
    });
    const parsed = JSON.parse(json.stdout) as {
      unconfirmed: { beheerder: string; dueOn: string }[];
    };
    expect(parsed.unconfirmed.length).toBeGreaterThan(0);
    expect(parsed.unconfirmed.every((entry) => entry.beheerder === 'stadsbank')).toBe(true);
  });
});
