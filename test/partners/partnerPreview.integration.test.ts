import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, startPartnerHarness, type PartnerHarness } from './partnerHarness.js';

const CHECK = '/api/partners/beheerders/alifa/check';
const SMIDSBROEK = path.resolve('test/fixtures/kaart-smidsbroek');

/** A new entry with only words on how to sign up: nothing on the card a resident can tap. */
const WITHOUT_CONTACT = {
  id: 'alifa-praatgroep-rouw',
  naam: 'Praatgroep na een verlies',
  organisatie: 'Alifa',
  omschrijving: 'Samen praten over iemand die u mist. Met koffie en een luisterend oor.',
  levensgebieden: ['ontmoeting'],
  gebied: 'heel-de-gemeente',
  toegang: 'aanmelden',
  kosten: 'gratis',
  contact: { hoe_aanmelden: 'Meld u aan bij de balie van het buurthuis.' },
};

/** The help the partner form shows beside the stadsdelen and wijken of an entry's area. */
async function areaHelpOn(h: PartnerHarness): Promise<Record<string, string | undefined>> {
  const config = await h.call('GET', '/api/partners/config');
  const help = (config.body.form as { help: Record<string, { help: string } | undefined> }).help;
  return {
    'gebied.stadsdelen': help['gebied.stadsdelen']?.help,
    'gebied.wijken': help['gebied.wijken']?.help,
  };
}

async function previewOf(h: PartnerHarness, entry: object): Promise<string> {
  const token = await h.signIn(ANNA);
  const check = await h.call('POST', CHECK, token, { originalId: null, entry, bron: 'test' });
  expect(check.status).toBe(200);
  return JSON.stringify(check.body.card);
}

/**
 * The partner page's preview is the card a resident gets (src/cards/voorzieningView.ts): for an
 * entry without a contact of its own, the wijkteam's number from the knowledge, and where the
 * knowledge gives none, the advice to ask the gemeente for the wijkteam. The form's labels for
 * `gebied` name the gemeente of the knowledge.
 */
describe('the partner page on Enschede’s knowledge', () => {
  let h: PartnerHarness;
  beforeAll(async () => {
    h = await startPartnerHarness();
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('previews an entry without a contact with the wijkteam’s number, as a resident sees it', async () => {
    const card = await previewOf(h, WITHOUT_CONTACT);
    expect(card).toContain('[14 053](tel:14053)');
    // 14 053 is the gemeente's general number (gemeentediensten.yaml), so the card says to call
    // the gemeente and ask for the wijkteam.
    expect(card).toContain('Bel de gemeente en vraag naar het wijkteam.');
    expect(card).not.toContain('Bel het wijkteam.');
  });

  it('previews an entry with its own number without the wijkteam’s', async () => {
    const card = await previewOf(h, {
      ...WITHOUT_CONTACT,
      contact: { ...WITHOUT_CONTACT.contact, telefoon: '053-4811234' },
    });
    expect(card).toContain('[053-4811234](tel:+31534811234)');
    expect(card).not.toContain('14 053');
  });

  it('labels the whole-gemeente choice with the gemeente’s name, and maps the older word to it', async () => {
    const config = await h.call('GET', '/api/partners/config');
    const form = config.body.form as {
      labels: { gebied: Record<string, string> };
      aliases: { gebied: Record<string, string> };
    };
    expect(form.labels.gebied['heel-de-gemeente']).toBe('Heel Enschede');
    expect(form.aliases.gebied).toEqual({ 'heel-enschede': 'heel-de-gemeente' });
  });

  it('gives Enschede’s own stadsdelen and a wijk of its own as the help of the area fields', async () => {
    const help = await areaHelpOn(h);
    expect(help['gebied.stadsdelen']).toBe(
      'Namen van stadsdelen uit gebieden.yaml: Centrum, Noord, Oost, Zuid of West.',
    );
    expect(help['gebied.wijken']).toMatch(
      /^Namen van wijken uit gebieden\.yaml, bijvoorbeeld [A-Z][\w -]+\.$/,
    );
  });

  it('still takes an entry written with the older heel-enschede', async () => {
    const token = await h.signIn(ANNA);
    const check = await h.call('POST', CHECK, token, {
      originalId: null,
      entry: { ...WITHOUT_CONTACT, gebied: 'heel-enschede' },
      bron: 'test',
    });
    expect(check.body.errors).toEqual([]);
  });
});

describe('the partner page on a gemeente’s knowledge without any number', () => {
  let h: PartnerHarness;
  beforeAll(async () => {
    h = await startPartnerHarness({}, async (dir) => {
      const file = path.join(dir, 'gebieden.yaml');
      const gebieden = await readFile(file, 'utf8');
      const changed = gebieden
        .replace(/^wijkteamtelefoon: .*\n/m, '')
        .replace(/^gemeente: Enschede$/m, 'gemeente: Lindewaard');
      if (changed === gebieden) throw new Error('gebieden.yaml changed shape');
      await writeFile(file, changed);
      await rm(path.join(dir, 'gemeentediensten.yaml'));
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('previews the advice to ask for the wijkteam, and no number at all', async () => {
    const card = await previewOf(h, WITHOUT_CONTACT);
    expect(card).toContain(
      'Vraag bij de gemeente naar het wijkteam. Zeg dat u meer wilt weten over: Praatgroep na een verlies.',
    );
    expect(card).not.toContain('tel:');
    expect(card).not.toContain('14 053');
  });

  it('labels the whole-gemeente choice with that gemeente’s name', async () => {
    const config = await h.call('GET', '/api/partners/config');
    const labels = (config.body.form as { labels: { gebied: Record<string, string> } }).labels;
    expect(labels.gebied).toEqual({
      'heel-de-gemeente': 'Heel Lindewaard',
      landelijk: 'Landelijk (ook voor inwoners van Lindewaard)',
    });
  });
});

/**
 * The partner page on a dev kaart of another gemeente (test/fixtures/kaart-smidsbroek, its README
 * without a table of fields): the help beside the stadsdelen and wijken names that gemeente's own,
 * never Enschede's.
 */
describe('the partner page on another gemeente’s kaart', () => {
  let h: PartnerHarness;
  beforeAll(async () => {
    h = await startPartnerHarness({}, async (dir) => {
      await rm(dir, { recursive: true, force: true });
      await cp(SMIDSBROEK, dir, { recursive: true });
    });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  it('gives its own stadsdelen and a wijk of its own as the help of the area fields', async () => {
    const help = await areaHelpOn(h);
    expect(help).toEqual({
      'gebied.stadsdelen': 'Namen van stadsdelen uit gebieden.yaml: Smidsbroek of Ijzerlo.',
      'gebied.wijken': 'Namen van wijken uit gebieden.yaml, bijvoorbeeld Aambeeld.',
    });
  });
});
