import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as yaml from 'yaml';
import { syntheticKnowledgeDir } from '../../bench/syntheticKnowledgeDir.js';
import type { Catalogue } from '../../src/knowledge/catalogue.js';
import { KnowledgeService } from '../../src/knowledge/knowledgeService.js';
import { loadKnowledge, loadKnowledgeData } from '../../src/knowledge/loader.js';
import {
  KnowledgeLoaderThread,
  OUT_OF_MEMORY,
  withFallbackHere,
  type KnowledgeLoader,
} from '../../src/knowledge/loaderThread.js';
import { search } from '../../src/search/search.js';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  type SearchIndex,
} from '../../src/search/searchIndex.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { shippedModel, type LinearModel } from '../../src/understanding/linearModel.js';
import { loadGoldenSet } from '../golden/goldenSet.js';
import {
  fixedClock,
  knowledgeDir,
  REAL_KNOWLEDGE,
  removeCreatedDirs,
  VALID_FIXTURE,
} from '../knowledge/fixtures.js';
import { captureLogger, silentLogger } from '../support/logs.js';

/**
 * docs/adr/0015-security-posture.md §6: a reload at 10,000 entries must never block a turn for more than 50 ms. The
 * files are read, parsed and checked on the loader thread, the result comes back in chunks, and
 * the index is built in slices. Work on this thread is counted here, not timed (bench:knowledge
 * times it).
 */

/** Documents the yaml package parsed on this thread (the loader thread has its own copy). */
const parsedHere = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (importOriginal) => {
  const actual = await importOriginal<typeof yaml>();
  return {
    ...actual,
    parseDocument: (...args: Parameters<typeof actual.parseDocument>) => {
      parsedHere.count += 1;
      return actual.parseDocument(...args);
    },
  };
});

const ALIFA = 'voorzieningen/alifa.yaml';
const threads: KnowledgeLoaderThread[] = [];
const services: KnowledgeService<SearchIndex>[] = [];

function loaderThread(script?: URL): KnowledgeLoaderThread {
  const thread = new KnowledgeLoaderThread({
    logger: silentLogger(),
    ...(script === undefined ? {} : { script }),
  });
  threads.push(thread);
  return thread;
}

function service(dir: string, loader: KnowledgeLoader, logger = silentLogger()) {
  const created = new KnowledgeService<SearchIndex>({
    dir,
    clock: fixedClock,
    logger,
    watch: false,
    loader,
    buildIndex: (catalogue, pause) => buildSearchIndexInSlices(catalogue, pause),
  });
  services.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(services.splice(0).map((running) => running.stop()));
  await Promise.all(threads.splice(0).map((thread) => thread.close()));
  await removeCreatedDirs();
});

describe('a knowledge reload off the main thread', () => {
  it('parses no YAML on this thread when a partner file changes, and serves the change', async () => {
    // This tier shares one module cache between files: load the knowledge modules afresh, so
    // they import the counting yaml above rather than a copy an earlier file loaded.
    vi.resetModules();
    const fresh = {
      ...(await import('../../src/knowledge/knowledgeService.js')),
      ...(await import('../../src/knowledge/loader.js')),
      ...(await import('../../src/knowledge/loaderThread.js')),
    };
    const dir = await knowledgeDir();
    const thread = new fresh.KnowledgeLoaderThread({ logger: silentLogger() });
    threads.push(thread);
    const knowledge = new fresh.KnowledgeService({
      dir,
      clock: fixedClock,
      logger: silentLogger(),
      watch: false,
      loader: thread,
      buildIndex: (catalogue) => catalogue.version,
    });
    await knowledge.start();
    const target = path.join(dir, ALIFA);
    await writeFile(
      target,
      (await readFile(target, 'utf8')).replace('Koffie in de wijk', 'Koffie en thee'),
    );

    parsedHere.count = 0;
    const outcome = await knowledge.reloadNow();

    expect(outcome).toMatchObject({ ok: true, changed: true });
    expect(parsedHere.count).toBe(0);
    expect(knowledge.current().catalogue.voorziening('koffie-in-de-wijk')?.naam).toBe(
      'Koffie en thee',
    );
    await knowledge.stop();
    // The count does see a load on this thread, so the zero above means something.
    await fresh.loadKnowledgeData(dir, { clock: fixedClock });
    expect(parsedHere.count).toBeGreaterThan(0);
  });

  it('gives the same data as loading here, in many chunks, valid or not', async () => {
    const large = await syntheticKnowledgeDir(REAL_KNOWLEDGE, 450);
    const broken = await knowledgeDir({
      [ALIFA]: (await readFile(path.join(VALID_FIXTURE, ALIFA), 'utf8')).replace(
        'toegang: vrij-inlopen',
        'toegang: vrij',
      ),
    });
    try {
      const thread = loaderThread();
      const now = fixedClock.now();
      for (const dir of [large.dir, broken]) {
        const [there, here] = await Promise.all([
          thread.load(dir, now),
          loadKnowledgeData(dir, { clock: fixedClock }),
        ]);
        expect(there).toEqual(here);
      }
      const there = await thread.load(large.dir, now);
      // More entries and diagnostics than fit in one chunk each.
      expect(there.ok && there.parts.voorzieningen.length).toBe(450);
      expect(there.diagnostics.length).toBeGreaterThan(0);
    } finally {
      await large.remove();
    }
  });

  it('loads here when the loader thread dies, so a saved change still goes live', async () => {
    const dir = await knowledgeDir();
    const logs = captureLogger();
    const dying = loaderThread(new URL('../fixtures/loaderThread/exits.mjs', import.meta.url));
    await expect(dying.load(dir, fixedClock.now())).rejects.toSatisfy(
      (error) => error instanceof WijkwijzerError && error.code === 'WW-4012',
    );
    const knowledge = service(dir, withFallbackHere(dying, logs.logger), logs.logger);
    await knowledge.start();
    const target = path.join(dir, ALIFA);
    await writeFile(
      target,
      (await readFile(target, 'utf8')).replace('Koffie in de wijk', 'Koffie en thee'),
    );

    expect(await knowledge.reloadNow()).toMatchObject({ ok: true, changed: true });
    expect(knowledge.current().catalogue.voorziening('koffie-in-de-wijk')?.naam).toBe(
      'Koffie en thee',
    );
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        msg: 'Knowledge loader thread failed; loading on the main thread',
      }),
    );
  });

  it('does not load here what made the loader thread run out of memory', async () => {
    const dir = await knowledgeDir();
    const outOfMemory: KnowledgeLoader = {
      load: () =>
        Promise.reject(new WijkwijzerError('WW-4012', { detail: { reason: OUT_OF_MEMORY } })),
    };
    const knowledge = service(dir, withFallbackHere(outOfMemory, silentLogger()));
    const first = await knowledge.start();

    const outcome = await knowledge.reloadNow();

    expect(outcome).toMatchObject({ ok: false, error: { reason: 'load-failed' } });
    expect(knowledge.current()).toBe(first);
  });

  it('rejects loads in progress with WW-4012 when it is closed', async () => {
    const dir = await knowledgeDir();
    const thread = loaderThread();
    const rejected = expect(thread.load(dir, fixedClock.now())).rejects.toSatisfy(
      (error) => error instanceof WijkwijzerError && error.code === 'WW-4012',
    );
    await thread.close();
    await rejected;
  });
});

describe('a reload during a reload', () => {
  it('answers only when a change saved during the first reload is live', async () => {
    const dir = await knowledgeDir();
    let release: () => void = () => undefined;
    let hold = false;
    let holding = false;
    const knowledge = new KnowledgeService<{ readonly catalogue: Catalogue }>({
      dir,
      clock: fixedClock,
      logger: silentLogger(),
      watch: false,
      buildIndex: async (catalogue) => {
        if (hold) {
          hold = false;
          holding = true;
          await new Promise<void>((resolve) => (release = resolve));
        }
        return { catalogue };
      },
    });
    await knowledge.start();
    const target = path.join(dir, ALIFA);
    const original = await readFile(target, 'utf8');

    // A reload that has read the files and is building its index...
    await writeFile(target, original.replace('Koffie in de wijk', 'Koffie een'));
    hold = true;
    const first = knowledge.reloadNow();
    await vi.waitFor(() => expect(holding).toBe(true));
    // ...when a partner saves another change and asks for a reload.
    await writeFile(target, original.replace('Koffie in de wijk', 'Koffie twee'));
    const second = knowledge.reloadNow();
    release();

    expect(await first).toMatchObject({ ok: true, changed: true });
    expect(await second).toMatchObject({ ok: true, changed: true });
    expect(knowledge.current().catalogue.voorziening('koffie-in-de-wijk')?.naam).toBe(
      'Koffie twee',
    );
    await knowledge.stop();
  });
});

describe('the search index built in slices', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    const loaded = await loadKnowledge(REAL_KNOWLEDGE, { clock: fixedClock });
    if (!loaded.ok) throw new TypeError('the real knowledge must load');
    catalogue = loaded.catalogue;
  });
  afterAll(removeCreatedDirs);

  it('pauses after reading each entry’s needs, the costliest step', async () => {
    const model = shippedModel();
    let reads = 0;
    let mostReadsBetweenPauses = 0;
    let sinceLastPause = 0;
    // A model object of its own, so no profile comes from the memory of earlier builds.
    const counting: LinearModel = {
      ...model,
      predict: (text, options) => {
        reads += 1;
        sinceLastPause += 1;
        mostReadsBetweenPauses = Math.max(mostReadsBetweenPauses, sinceLastPause);
        return model.predict(text, options);
      },
    };
    let pauses = 0;
    await buildSearchIndexInSlices(
      catalogue,
      async () => {
        pauses += 1;
        sinceLastPause = 0;
      },
      { model: counting },
    );
    expect(reads).toBe(catalogue.voorzieningen.length);
    expect(mostReadsBetweenPauses).toBe(1);
    expect(pauses).toBeGreaterThan(2 * catalogue.voorzieningen.length);
  });

  it('gives the same answers as the index built in one piece, for every golden question', async () => {
    const whole = buildSearchIndex(catalogue);
    const sliced = await buildSearchIndexInSlices(catalogue, async () => undefined);
    for (const golden of loadGoldenSet()) {
      const query = { text: golden.text, audience: 'resident' as const, top: 10 };
      expect(search(sliced, query)).toEqual(search(whole, query));
    }
  });
});
