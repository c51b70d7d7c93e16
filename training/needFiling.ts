/**
 * `npx tsx training/needFiling.ts`: where the dev kaarten file the entries of each need (ADR 0013,
 * session 25 toptwo25). For every entry the model reads its text over every need (not limited to
 * the partner's levensgebieden, as the need index's profiles are) and takes its best need; per
 * need the entries whose best need it is are counted by filing: under the need's own levensgebied
 * ("home") or only under others ("elsewhere", with those levensgebieden). A need that many kaarten
 * file elsewhere (`opvoeden.jongeren`: youth work under Ontmoeting) is one the offer names wrongly
 * however well the model reads the question: a matter for the need labels, not for the offer's
 * fusion (two trials of using this filing in the offer did not meet their rule). Dev kaarten only
 * (`KAARTEN=kaart-a,kaart-b`, default all of `DEV_KAART_FOLDERS`); never an apart kaart.
 */
import path from 'node:path';
import { DEV_KAART_FOLDERS } from '../bench/benchSupport.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { entryText } from '../src/search/needIndex.js';
import { WijkwijzerError } from '../src/shared/errors.js';
import { levensgebiedOfNeed } from '../src/understanding/needs.js';
import { shippedModel } from '../src/understanding/linearModel.js';

const root = path.resolve(import.meta.dirname, '..');
const TODAY = '2026-12-01';
const folders = process.env.KAARTEN?.split(',') ?? [...DEV_KAART_FOLDERS];
for (const folder of folders) {
  if (!DEV_KAART_FOLDERS.includes(folder))
    throw new WijkwijzerError('WW-1001', { detail: { folder, reason: 'not a dev kaart' } });
}

const model = shippedModel();
const labelDomain = model.labels.map((label) => levensgebiedOfNeed(label));
/** Per need: entries filed at home, and per kaart the entries filed elsewhere with their filing. */
const tally = new Map<string, { home: number; elsewhere: string[] }>();
for (const folder of folders) {
  const loaded = await loadKnowledge(path.join(root, 'test/fixtures', folder), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok)
    throw new WijkwijzerError('WW-4001', { detail: { errors: loaded.errors.length } });
  for (const entry of loaded.catalogue.voorzieningen) {
    const p = model.predict(entryText(entry), { knowledge: true });
    let best = -1;
    labelDomain.forEach((domain, label) => {
      if (domain !== undefined && (best < 0 || (p[label] as number) > (p[best] as number)))
        best = label;
    });
    const home = labelDomain[best];
    const need = model.labels[best];
    if (home === undefined || need === undefined) continue;
    const row = tally.get(need) ?? { home: 0, elsewhere: [] };
    if (entry.levensgebieden.includes(home)) row.home += 1;
    else row.elsewhere.push(`${folder.replace('kaart-', '')}:${entry.levensgebieden.join('+')}`);
    tally.set(need, row);
  }
}
const rows = [...tally.entries()].sort(
  (a, b) => b[1].elsewhere.length - a[1].elsewhere.length || (a[0] < b[0] ? -1 : 1),
);
console.log(`| need | entries filed at home | elsewhere | where (kaart:levensgebieden) |`);
console.log(`|---|---|---|---|`);
for (const [need, { home, elsewhere }] of rows) {
  console.log(`| ${need} | ${home} | ${elsewhere.length} | ${elsewhere.join(', ')} |`);
}
