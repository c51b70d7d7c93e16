import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import { isWijkwijzerError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';
import { fixedClock, knowledgeDir, removeCreatedDirs } from './fixtures.js';

const ALIFA = 'voorzieningen/alifa.yaml';

interface TestIndex {
  readonly version: string;
  readonly ids: readonly string[];
}

const services: KnowledgeService<TestIndex>[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.stop()));
  await removeCreatedDirs();
});

function setup(
  dir: string,
  options: {
    watch?: boolean;
    buildIndex?: (catalogue: Catalogue) => TestIndex | Promise<TestIndex>;
  } = {},
) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    destination: {
      write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
    },
  });
  const service = new KnowledgeService<TestIndex>({
    dir,
    clock: fixedClock,
    logger,
    watch: options.watch ?? false,
    debounceMs: 50,
    buildIndex:
      options.buildIndex ??
      ((catalogue) => ({
        version: catalogue.version,
        ids: catalogue.voorzieningen.map((entry) => entry.id),
      })),
  });
  services.push(service);
  return { service, lines };
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(dir, file);
  await writeFile(target, change(await readFile(target, 'utf8')));
}

async function eventually(condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('KnowledgeService', () => {
  it('serves valid → refuses invalid (old version keeps serving) → serves the next valid version', async () => {
    const dir = await knowledgeDir();
    const { service, lines } = setup(dir);
    const first = await service.start();
    expect(first.index).toEqual({
      version: first.version,
      ids: ['koffie-in-de-wijk', 'schuldhulp-stadsbank', 'woonhulp-zuid'],
    });
    expect(service.status()).toMatchObject({
      state: 'ready',
      version: first.version,
      entries: 3,
      lastError: null,
    });

    await edit(dir, ALIFA, (text) => text.replace('toegang: vrij-inlopen', 'toegang: vrij'));
    const refused = await service.reloadNow();
    expect(refused.ok).toBe(false);
    expect(service.current()).toBe(first);
    const status = service.status();
    expect(status.version).toBe(first.version);
    expect(status.lastReload).toEqual({ at: fixedClock.now().toISOString(), ok: false });
    expect(status.lastError).toMatchObject({
      code: 'WW-4001',
      reason: 'invalid-knowledge',
      errors: 1,
      files: [ALIFA],
    });
    expect(status.lastError?.diagnostics).toEqual([
      expect.objectContaining({ code: 'invalid-value', file: ALIFA, line: 15, column: 14 }),
    ]);
    const logged = lines.find(
      (line) => line.msg === 'Knowledge reload refused; keeping the last good version',
    );
    expect(logged).toMatchObject({
      level: 50,
      module: 'knowledge',
      code: 'WW-4001',
      serving: first.version,
      errors: 1,
      files: [ALIFA],
      errorCodes: { 'invalid-value': 1 },
    });
    // Codes, file names and counts only: nothing the partner wrote.
    expect(JSON.stringify(logged)).not.toContain('vrij');

    await edit(dir, ALIFA, (text) =>
      text
        .replace('toegang: vrij', 'toegang: vrij-inlopen')
        .replace('Koffie in de wijk', 'Koffie en thee'),
    );
    const accepted = await service.reloadNow();
    expect(accepted).toMatchObject({ ok: true, changed: true });
    const second = service.current();
    expect(second.version).not.toBe(first.version);
    expect(second.index.version).toBe(second.version);
    expect(second.catalogue.voorziening('koffie-in-de-wijk')?.naam).toBe('Koffie en thee');
    expect(service.status()).toMatchObject({
      state: 'ready',
      version: second.version,
      lastError: null,
    });
    expect(
      lines.some((line) => line.msg === 'Knowledge reloaded' && line.version === second.version),
    ).toBe(true);
  });

  it('does not rebuild the index when nothing it reads has changed', async () => {
    const dir = await knowledgeDir();
    let builds = 0;
    const { service } = setup(dir, {
      buildIndex: (catalogue) => {
        builds += 1;
        return { version: catalogue.version, ids: [] };
      },
    });
    const first = await service.start();
    await writeFile(path.join(dir, 'routering.yaml'), '# not part of the catalogue\n');
    expect(await service.reloadNow()).toEqual({ ok: true, changed: false, version: first.version });
    expect(service.current()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps serving the old pair while a new index is being built, then swaps both at once', async () => {
    const dir = await knowledgeDir();
    let release: () => void = () => undefined;
    let slow = false;
    let building = false;
    const { service } = setup(dir, {
      buildIndex: async (catalogue) => {
        if (slow) {
          building = true;
          await new Promise<void>((resolve) => (release = resolve));
        }
        return { version: catalogue.version, ids: [] };
      },
    });
    const first = await service.start();
    slow = true;
    await edit(dir, ALIFA, (text) => text.replace('Elke week', 'Iedere week'));
    const pending = service.reloadNow();
    await eventually(() => building);
    const during = service.current();
    expect(during).toBe(first);
    expect(during.index.version).toBe(during.catalogue.version);
    release();
    await pending;
    const after = service.current();
    expect(after.version).not.toBe(first.version);
    expect(after.index.version).toBe(after.catalogue.version);
  });

  it('refuses a reload whose index cannot be built', async () => {
    const dir = await knowledgeDir();
    let fail = false;
    const { service } = setup(dir, {
      buildIndex: (catalogue) => {
        if (fail) throw new TypeError('index broke');
        return { version: catalogue.version, ids: [] };
      },
    });
    const first = await service.start();
    fail = true;
    await edit(dir, ALIFA, (text) => text.replace('Elke week', 'Iedere week'));
    const outcome = await service.reloadNow();
    expect(outcome).toMatchObject({ ok: false, error: { reason: 'index-failed' } });
    expect(service.current()).toBe(first);
  });

  it('refuses to start on invalid knowledge and serves nothing', async () => {
    const dir = await knowledgeDir({ 'synoniemen.yaml': null });
    const { service } = setup(dir);
    const error = await service.start().catch((caught: unknown) => caught);
    expect(isWijkwijzerError(error) && error.code).toBe('WW-4001');
    expect(() => service.current()).toThrow(expect.objectContaining({ code: 'WW-4002' }));
    expect(service.status()).toMatchObject({ state: 'failed-to-start', version: null });
    const readiness = await service.readinessCheck().check();
    expect(readiness.ok).toBe(false);
  });

  it('reports readiness with the refused change as detail, without messages', async () => {
    const dir = await knowledgeDir();
    const { service } = setup(dir);
    const first = await service.start();
    expect(await service.readinessCheck().check()).toEqual({
      ok: true,
      detail: expect.objectContaining({
        state: 'ready',
        version: first.version,
        entries: 3,
        lastError: null,
      }),
    });
    await edit(dir, ALIFA, (text) =>
      text.replace('kosten: gratis', 'kosten: gratis\n    kleur: rood'),
    );
    await service.reloadNow();
    const readiness = await service.readinessCheck().check();
    expect(readiness.ok).toBe(true);
    expect(readiness.detail?.lastError).toEqual(
      expect.objectContaining({
        reason: 'invalid-knowledge',
        errors: 1,
        diagnostics: [{ code: 'unknown-field', file: ALIFA, line: 17, column: 5 }],
      }),
    );
  });

  it('watches the directory: a valid edit goes live, a broken edit is refused', async () => {
    const dir = await knowledgeDir();
    const { service } = setup(dir, { watch: true });
    const first = await service.start();

    await edit(dir, ALIFA, (text) => text.replace('Koffie in de wijk', 'Koffie op zaterdag'));
    await eventually(() => service.current().version !== first.version);
    const second = service.current();
    expect(second.catalogue.voorziening('koffie-in-de-wijk')?.naam).toBe('Koffie op zaterdag');

    await edit(dir, 'voorzieningen/stadsbank.yaml', (text) =>
      text.replace('gebied: heel-enschede', 'gebied: overal'),
    );
    await eventually(() => service.status().lastError !== null);
    expect(service.current()).toBe(second);
    expect(service.status().lastError?.files).toEqual(['voorzieningen/stadsbank.yaml']);
  });
});
