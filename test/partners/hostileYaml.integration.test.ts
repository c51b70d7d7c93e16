import { rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { ANNA, HENK, RIA, startPartnerHarness, type PartnerHarness } from './partnerHarness.js';
import { aliasBomb, deepNesting, hugeDocument } from './hostileYaml.js';

/**
 * Hostile partner files against the real bot (docs/adr/0015-security-posture.md, "Costly YAML
 * and JSON"; src/partners/boundedYaml.ts): a partner file hand-edited into an alias bomb, a
 * document over 1 MiB, 5,000 levels of nesting or a link to /dev/zero gets a clear Dutch error
 * with a stable code when the page reads it or saves into it. The file stays as it was, nothing
 * enters the change log, and the page and the bot keep serving.
 */
const ALIFA = '/api/partners/beheerders/alifa/entries';
const HUMANITAS = '/api/partners/beheerders/humanitas/entries';
const FILE = 'voorzieningen/alifa.yaml';

describe('hostile partner files', () => {
  let h: PartnerHarness;
  let original: string;

  beforeAll(async () => {
    h = await startPartnerHarness();
    original = await h.readKnowledge(FILE);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  const hostile: readonly (readonly [string, string, (file: string) => Promise<void>])[] = [
    ['an alias bomb', 'aliases', (file) => writeFile(file, aliasBomb())],
    ['a document over 1 MiB', 'size', (file) => writeFile(file, hugeDocument())],
    ['5,000 levels of nesting', 'depth', (file) => writeFile(file, deepNesting())],
    [
      'a link to /dev/zero',
      'not-regular',
      async (file) => {
        await rm(file);
        await symlink('/dev/zero', file);
      },
    ],
  ];

  for (const [name, limit, plant] of hostile) {
    it(`${name}: WW-4118 in Dutch to read and to save, the file untouched, nothing logged`, async () => {
      const anna = await h.signIn(ANNA);
      const [entry] = (await h.call('GET', ALIFA, anna)).body.entries ?? [];
      if (entry === undefined) throw new TypeError('alifa has no entries');
      const absolute = path.join(h.knowledgeDir, ...FILE.split('/'));
      await plant(absolute);
      const planted = limit === 'not-regular' ? null : await h.readKnowledge(FILE);
      try {
        const list = await h.call('GET', ALIFA, anna);
        expect(list.status).toBe(422);
        expect(list.body.error?.code).toBe('WW-4118');
        expect(list.body.error?.message).toBe(nl.errors['WW-4118']);
        const saved = await h.call('PUT', `${ALIFA}/${entry.id}`, anna, {
          etag: entry.etag,
          entry: { ...entry.entry, naam: 'Nieuwe naam' },
        });
        expect(saved.status).toBe(422);
        expect(saved.body.error?.code).toBe('WW-4118');
        if (planted !== null) expect(await h.readKnowledge(FILE)).toBe(planted);

        // The rest keeps working: another beheerder's entries, the bot's health, the change log.
        const henk = await h.signIn(HENK);
        expect((await h.call('GET', HUMANITAS, henk)).status).toBe(200);
        expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
        const ria = await h.signIn(RIA);
        const changes = await h.call('GET', '/api/partners/changes', ria);
        expect(changes.body.changes ?? []).toEqual([]);
      } finally {
        await rm(absolute, { force: true });
        await writeFile(absolute, original);
      }
      expect((await h.call('GET', ALIFA, anna)).status).toBe(200);
    }, 30_000);
  }
});
