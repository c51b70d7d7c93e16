import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transitionCase } from '../../src/cases/caseRepository.js';
import { casesDirectory, FileCaseRepository } from '../../src/cases/fileCaseRepository.js';
import { main } from '../../src/cli/main.js';
import { spawnStoreChild } from '../storage/fixtures/spawnStoreChild.js';
import { silentLogger } from '../support/logs.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { alice, FakeClock, newCaseInput } from './fixtures/caseFixtures.js';

// The CLI test lives with the cases tests because test/cli/ is not part of this work package.
const knowledgeDir = fileURLToPath(new URL('../../knowledge/', import.meta.url));

let temp: TempDirectory;

beforeEach(async () => {
  temp = await createTempDirectory();
});

afterEach(async () => {
  await temp.remove();
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliOn(knowledgeDir, ...argv);
}

async function cliOn(
  knowledge: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { DATA_DIR: temp.path, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' },
    cwd: temp.path,
  });
  return { code, stdout, stderr };
}

/** Three cases: one claimed and delivered, one new with a failed delivery, one for Centrum. */
async function seed(clock = new FakeClock('2026-03-02T09:00:00.000Z')): Promise<void> {
  const repository = await FileCaseRepository.open({
    dir: casesDirectory(temp.path),
    clock,
    referencePrefix: 'WW',
    logger: silentLogger(),
  });
  const first = await repository.create(newCaseInput());
  await repository.updateDelivery(first.reference, (current) => ({
    ...current.delivery,
    state: 'delivered',
    attempts: 1,
    deliveredAt: '2026-03-02T09:00:05.000Z',
    receipt: { channel: 'msteams', externalId: 'activity-1' },
  }));
  await transitionCase(repository, first.reference, { type: 'claim' }, alice, 1, clock);
  clock.advance(60_000);
  const second = await repository.create(newCaseInput());
  await repository.updateDelivery(second.reference, (current) => ({
    ...current.delivery,
    state: 'failed',
    attempts: 2,
    lastErrorCode: 'WW-6008',
    lastAttemptAt: '2026-03-02T09:01:00.000Z',
    nextAttemptAt: '2026-03-02T09:02:00.000Z',
  }));
  clock.advance(60_000);
  await repository.create(newCaseInput({ wijkteam: 'centrum' }));
  await repository.close();
}

describe('wijkwijzer cases', () => {
  it('is registered and explains itself', async () => {
    const help = await cli('help');
    expect(help.stdout).toMatch(/cases\s+List and show handed-over cases/);
    const usage = await cli('cases', '--help');
    expect(usage.stdout).toContain('show REF [--json] [--with-contact]');
    expect((await cli('cases', 'frobnicate')).code).toBe(64);
  });

  it('list without a cases file says there are none', async () => {
    expect(await cli('cases', 'list')).toEqual({ code: 0, stdout: 'No cases.\n', stderr: '' });
  });

  it('list shows status, team, assignee and delivery state in Dutch time', async () => {
    await seed();
    const { code, stdout } = await cli('cases', 'list');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'REFERENCE       STATUS    TEAM           CREATED           ASSIGNEE        DELIVERY',
      'WW-2026-000001  opgepakt  wesselerbrink  2026-03-02 10:00  Alice de Vries  delivered 2026-03-02 10:00',
      'WW-2026-000002  nieuw     wesselerbrink  2026-03-02 10:01  -               failed (2 attempts, WW-6008, next 2026-03-02 10:02)',
      'WW-2026-000003  nieuw     centrum        2026-03-02 10:02  -               pending',
    ]);
    expect(stdout).toContain('3 cases: 1 pending, 1 failed, 1 delivered.');
    expect(stdout).not.toMatch(/Fatma|0612345678|schulden/);
  });

  it('list filters by status and team and prints JSON without contact details', async () => {
    await seed();
    const byStatus = await cli('cases', 'list', '--status', 'nieuw', '--team', 'wesselerbrink');
    expect(byStatus.stdout).toContain('WW-2026-000002');
    expect(byStatus.stdout).not.toContain('WW-2026-000001');
    expect(byStatus.stdout).not.toContain('WW-2026-000003');
    const json = await cli('cases', 'list', '--json', '--team', 'centrum');
    const parsed = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.['melder']).toEqual({ kind: 'hidden' });
    expect(parsed[0]?.['residentKey']).toBe('[hidden]');
    expect(json.stdout).not.toMatch(/Fatma|0612345678|resident-key/);
    const wrong = await cli('cases', 'list', '--status', 'klaar');
    expect(wrong.code).toBe(64);
    expect(wrong.stderr).toContain('nieuw, opgepakt, contact_gelegd, afgerond, geannuleerd');
  });

  it('show hides contact details unless asked explicitly', async () => {
    await seed();
    const hidden = await cli('cases', 'show', 'ww-2026-000001');
    expect(hidden.code).toBe(0);
    expect(hidden.stdout).toContain('Reference:      WW-2026-000001');
    expect(hidden.stdout).toContain('Status:         opgepakt (Opgepakt)');
    expect(hidden.stdout).toContain('Wijkteam:       Wesselerbrink (wesselerbrink)');
    expect(hidden.stdout).toContain('Delivery:       delivered 2026-03-02 10:00 via msteams');
    expect(hidden.stdout).toContain('Contact:        hidden (add --with-contact to show it)');
    expect(hidden.stdout).toMatch(/opgepakt\s+nieuw\s+-> opgepakt\s+staff:Alice de Vries/);
    expect(hidden.stdout).not.toMatch(/Fatma|0612345678/);

    const shown = await cli('cases', 'show', 'WW-2026-000001', '--with-contact');
    expect(shown.stdout).toContain('  Name:           Fatma');
    expect(shown.stdout).toContain('  Phone:          0612345678');
    expect(shown.stderr).toContain('Showing contact details of WW-2026-000001');

    const json = JSON.parse((await cli('cases', 'show', 'WW-2026-000001', '--json')).stdout) as {
      melder: unknown;
      reference: string;
    };
    expect(json.reference).toBe('WW-2026-000001');
    expect(json.melder).toEqual({ kind: 'hidden' });
    const fullJson = JSON.parse(
      (await cli('cases', 'show', 'WW-2026-000001', '--json', '--with-contact')).stdout,
    ) as { melder: { name: string } };
    expect(fullJson.melder.name).toBe('Fatma');
  });

  it('show names the wijkteam from gebieden.yaml when the knowledge has no routering.yaml, as the bot routes', async () => {
    const repository = await FileCaseRepository.open({
      dir: casesDirectory(temp.path),
      clock: new FakeClock('2026-03-02T09:00:00.000Z'),
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const story = { ...newCaseInput().story, wijk: 'Zwiepdijk', stadsdeel: 'zwiepdijk' };
    await repository.create(newCaseInput({ wijkteam: 'lindewaard-zwiepdijk', story }));
    await repository.close();
    const lindewaard = fileURLToPath(new URL('../fixtures/kaart-lindewaard/', import.meta.url));
    const shown = await cliOn(lindewaard, 'cases', 'show', 'WW-2026-000001');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(
      'Wijkteam:       Zwiepdijk en buitengebied (lindewaard-zwiepdijk)',
    );
    // A directory with neither usable routing nor knowledge still shows the case, by the team's id.
    const bare = await cliOn(temp.path, 'cases', 'show', 'WW-2026-000001');
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Wijkteam:       lindewaard-zwiepdijk (lindewaard-zwiepdijk)');
  });

  it('show refuses an unknown or malformed reference', async () => {
    await seed();
    const unknown = await cli('cases', 'show', 'WW-2026-000404');
    expect(unknown).toMatchObject({
      code: 1,
      stderr: 'wijkwijzer cases: no case WW-2026-000404.\n',
    });
    const malformed = await cli('cases', 'show', 'banaan');
    expect(malformed.code).toBe(65);
    expect(malformed.stderr).toContain('WW-6010');
    expect((await cli('cases', 'show')).code).toBe(64);
  });

  it('purge runs retention with the configured periods; --dry-run changes nothing', async () => {
    // Closed long ago: created and closed in 2025, far beyond the default 180 days.
    const clock = new FakeClock('2025-01-06T09:00:00.000Z');
    const repository = await FileCaseRepository.open({
      dir: casesDirectory(temp.path),
      clock,
      referencePrefix: 'WW',
      logger: silentLogger(),
    });
    const created = await repository.create(newCaseInput());
    await transitionCase(repository, created.reference, { type: 'claim' }, alice, 1, clock);
    await transitionCase(
      repository,
      created.reference,
      { type: 'close', outcome: 'doorverwezen' },
      alice,
      2,
      clock,
    );
    await repository.close();

    const dry = await cli('cases', 'purge', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      'Retention (dry run, nothing changed): 1 closed case examined; contact details of 0 would be anonymised (after 30 days); 1 would be deleted (after 180 days).\n',
    );
    expect((await cli('cases', 'list')).stdout).toContain(created.reference);
    const real = await cli('cases', 'purge');
    expect(real.stdout).toContain('1 were deleted');
    expect((await cli('cases', 'list')).stdout).toBe('No cases.\n');
  });

  it('purge refuses while another process (the running bot) holds the file', async () => {
    await seed();
    // The same lock file the case directory's writer takes (cases/store.lock).
    const holder = spawnStoreChild('hold', path.join(casesDirectory(temp.path), 'store'));
    try {
      await holder.ready;
      const result = await cli('cases', 'purge');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('the cases file is in use by the running bot');
      // Reading still works: list and show do not need the lock.
      expect((await cli('cases', 'list')).stdout).toContain('WW-2026-000003');
    } finally {
      await holder.kill('SIGKILL');
    }
  });
});
