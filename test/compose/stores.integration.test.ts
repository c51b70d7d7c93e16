import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStores, type Stores } from '../../src/compose/stores.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { knowledgeDirFrom, REAL_KNOWLEDGE } from '../knowledge/fixtures.js';
import { ManualClock } from '../support/manualClock.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/**
 * The stores part of the composition root on a copy of the real knowledge/: the routing file
 * reloads with the rest of the knowledge, and a broken one keeps the last good routing
 * (docs/adr/0020-house-layout-and-dependency-rules.md).
 */
describe('the routing served by the running bot', () => {
  const opened: Array<() => Promise<void>> = [];
  let data: TempDirectory | undefined;

  afterEach(async () => {
    for (const close of opened.splice(0).reverse()) await close();
    await data?.remove();
  });

  async function open(): Promise<{ stores: Stores; dir: string; logs: string[] }> {
    const dir = await knowledgeDirFrom(REAL_KNOWLEDGE);
    opened.push(() => rm(dir, { recursive: true, force: true }));
    data = await createTempDirectory('wijkwijzer-stores-');
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: data.path,
      KNOWLEDGE_DIR: dir,
      LOG_LEVEL: 'info',
    });
    const logs: string[] = [];
    const logger = createLogger({
      level: 'info',
      destination: { write: (line: string) => void logs.push(line) },
    });
    const stores = await openStores(config, logger, new ManualClock(), opened);
    return { stores, dir, logs };
  }

  const teamName = (stores: Stores, id: string) =>
    stores.routing().teams.find((team) => team.id === id)?.naam;

  it('reads knowledge/routering.yaml again when the knowledge reloads', async () => {
    const { stores, dir } = await open();
    expect(teamName(stores, 'centrum')).toBe('Centrum');
    const file = path.join(dir, 'routering.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('naam: Centrum', 'naam: Centrum-Binnenstad'));

    const outcome = await stores.knowledge.reloadNow();

    expect(outcome.ok).toBe(true);
    expect(teamName(stores, 'centrum')).toBe('Centrum-Binnenstad');
  });

  it('keeps the last good routing when the new file cannot be used', async () => {
    const { stores, dir, logs } = await open();
    const before = stores.routing();
    await writeFile(path.join(dir, 'routering.yaml'), 'versie: 1\nwijkteams: []\n');

    await stores.knowledge.reloadNow();

    expect(stores.routing()).toBe(before);
    expect(logs.join('\n')).toContain('Routing reload refused');
    expect(logs.join('\n')).not.toContain('wijkteams: []');
  });
});
