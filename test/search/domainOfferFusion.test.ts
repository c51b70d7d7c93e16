import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { search } from '../../src/search/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/search/searchIndex.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { OFFER_CONFIDENCE } from '../../src/understanding/domainOffer.js';

/**
 * ADR 0013, tenth amendment: in the levensgebieden offered after a search, the model's reading
 * counts as two witnesses beside the everyday-word rules (at a smaller share) and the results, so
 * money named in passing no longer outvotes what the question is about. Over Enschede's own
 * knowledge; phrasings written for this test (class 5, the levensgebied guess).
 */
const TODAY = '2026-12-01';
let index: SearchIndex;

beforeAll(async () => {
  const loaded = await loadKnowledge(path.join(findProjectRoot(), 'knowledge'), {
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  });
  if (!loaded.ok) throw new Error(`${String(loaded.errors.length)} errors in the knowledge`);
  index = buildSearchIndex(loaded.catalogue);
});

const domainsOf = (text: string) =>
  search(index, { text, audience: 'resident', today: TODAY }).domains;
const topTwo = (text: string) =>
  domainsOf(text)
    .slice(0, 2)
    .map((domain) => domain.slug);
/** What the intake offers: at most two, each at OFFER_CONFIDENCE or more. */
const offered = (text: string) =>
  domainsOf(text)
    .filter((domain) => domain.confidence >= OFFER_CONFIDENCE)
    .slice(0, 2)
    .map((domain) => domain.slug);

describe('the levensgebied offer after a search (class 5)', () => {
  it('keeps a scam by phone among the two, though money is what the resident lost', () => {
    // Before: geld 0.92, voedsel 0.24, veiligheid 0.22 (third).
    expect(topTwo('Iemand belde namens de bank en nu is er geld van mijn rekening af')).toEqual([
      'geld',
      'veiligheid',
    ]);
  });

  it('offers the rights question beside the money when a cancelled contract keeps charging', () => {
    // Before: only Geld was offered (recht 0.23, under the offer's threshold).
    expect(
      offered(
        'Mijn telefoonabonnement is opgezegd maar de provider blijft elke maand geld afschrijven',
      ),
    ).toEqual(['geld', 'recht']);
  });

  it('offers getting older for a father-in-law of 86 who forgets the pan on the stove', () => {
    // Before: Eten and Eenzaamheid were offered, Ouder worden (0.34) not.
    expect(
      offered('Mijn schoonvader van 86 woont alleen en laat soms het eten op het vuur staan'),
    ).toContain('ouder-worden');
  });

  it('still offers nothing for a request without a subject: the intake shows the list', () => {
    for (const text of ['ik heb hulp nodig', 'ik zit ergens mee', 'I need some help']) {
      expect(offered(text), text).toEqual([]);
    }
  });

  it('still offers one levensgebied alone when the question names only that one', () => {
    expect(
      offered('Mijn bovenbuurvrouw stampt de hele nacht en scheldt me uit in de lift'),
    ).toEqual(['buren']);
  });
});
