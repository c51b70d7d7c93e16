import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { gebiedSchema } from '../../src/knowledge/schema.js';
import { knowledgeDir, fixedClock, removeCreatedDirs, VALID_FIXTURE } from './fixtures.js';

afterEach(removeCreatedDirs);

const STADSBANK = 'voorzieningen/stadsbank.yaml';
const ALIFA = 'voorzieningen/alifa.yaml';

async function fixtureText(file: string): Promise<string> {
  return readFile(path.join(VALID_FIXTURE, file), 'utf8');
}

async function load(changes: Readonly<Record<string, string | null>>) {
  return loadKnowledge(await knowledgeDir(changes), { clock: fixedClock });
}

/** The fixture's gebieden.yaml with lines added at the top (its own fields come first). */
async function gebiedenWith(...lines: string[]): Promise<string> {
  return `${lines.join('\n')}\n${await fixtureText('gebieden.yaml')}`;
}

/**
 * The knowledge format names no gemeente (ADR 0003, session-16 amendment): the whole-gemeente
 * keyword is `heel-de-gemeente`, and the older `heel-enschede` still reads the same, so no kaart
 * written before has to change.
 */
describe('gebied for the whole gemeente', () => {
  it('reads heel-de-gemeente, and the older heel-enschede as the same keyword', async () => {
    const older = await fixtureText(STADSBANK);
    expect(older).toContain('gebied: heel-enschede');
    const asBefore = await loadKnowledge(VALID_FIXTURE, { clock: fixedClock });
    const renamed = await load({
      [STADSBANK]: older.replace('gebied: heel-enschede', 'gebied: heel-de-gemeente'),
    });
    if (!asBefore.ok || !renamed.ok) throw new Error('both must load');
    expect(asBefore.catalogue.voorziening('schuldhulp-stadsbank')?.gebied).toBe('heel-de-gemeente');
    expect(renamed.catalogue.voorziening('schuldhulp-stadsbank')?.gebied).toBe('heel-de-gemeente');
    expect(renamed.warnings).toEqual(asBefore.warnings);
  });

  it('refuses another city’s name, and the message names the neutral keyword', async () => {
    const loaded = await load({
      [STADSBANK]: (await fixtureText(STADSBANK)).replace(
        'gebied: heel-enschede',
        'gebied: heel-hengelo',
      ),
    });
    expect(loaded.ok).toBe(false);
    const message = loaded.errors.find((error) => error.file === STADSBANK)?.message ?? '';
    expect(message).toContain('Schrijf heel-de-gemeente of landelijk');
    expect(message).not.toContain('heel-enschede');
  });

  it('keeps landelijk and blocks as they were', () => {
    expect(gebiedSchema.parse('landelijk')).toBe('landelijk');
    expect(gebiedSchema.parse({ wijken: ['Bolwerk'] })).toEqual({ wijken: ['Bolwerk'] });
    expect(gebiedSchema.safeParse('heel-lindewaard').success).toBe(false);
  });

  it('is labelled with the gemeente’s own name, and neutrally without one', () => {
    expect(nl.knowledge.gebiedLabels('Hengelo')).toEqual({
      'heel-de-gemeente': 'Heel Hengelo',
      landelijk: 'Landelijk (ook voor inwoners van Hengelo)',
    });
    expect(nl.knowledge.gebiedLabels(undefined)).toEqual({
      'heel-de-gemeente': 'De hele gemeente',
      landelijk: 'Landelijk (ook voor inwoners van deze gemeente)',
    });
  });
});

/** gebieden.yaml `wijkteamwebsite`: the site residents are pointed to beside the wijkteam's number. */
describe('the wijkteam’s website in gebieden.yaml', () => {
  it('is read when it is an https address', async () => {
    const loaded = await load({
      'gebieden.yaml': await gebiedenWith('wijkteamwebsite: https://wijkteams.lindewaard.example'),
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(loaded.catalogue.areas.wijkteamWebsite).toBe('https://wijkteams.lindewaard.example');
  });

  it('is optional: without it there is none', async () => {
    const loaded = await loadKnowledge(VALID_FIXTURE, { clock: fixedClock });
    if (!loaded.ok) throw new Error('the fixture must load');
    expect(loaded.catalogue.areas.wijkteamWebsite).toBeUndefined();
  });

  it.each([
    ['http://wijkteams.lindewaard.example', 'an http address'],
    ['wijkteams.lindewaard.example', 'an address without https://'],
  ])('refuses %s (%s) with a Dutch message at its line', async (value) => {
    const loaded = await load({ 'gebieden.yaml': await gebiedenWith(`wijkteamwebsite: ${value}`) });
    expect(loaded.ok).toBe(false);
    expect(loaded.errors).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        file: 'gebieden.yaml',
        line: 1,
        message:
          "'wijkteamwebsite' is geen volledig webadres. Begin met https://, bijvoorbeeld https://www.113.nl.",
      }),
    ]);
  });
});

/**
 * The warning for an entry with only "hoe_aanmelden" says what the resident's card shows instead:
 * the wijkteam's number where the kaart has one, and no number where it has none.
 */
describe('the warning for an entry without a contact to tap', () => {
  async function onlyHowToApply(): Promise<string> {
    const text = await readFile(
      path.join(VALID_FIXTURE, '../cases/no-contact-method', ALIFA),
      'utf8',
    );
    return text;
  }

  const warningOf = async (changes: Readonly<Record<string, string | null>>) => {
    const loaded = await load({ [ALIFA]: await onlyHowToApply(), ...changes });
    return loaded.warnings.find((warning) => warning.code === 'no-contact-method')?.message;
  };

  it('names the wijkteam’s number from gebieden.yaml', async () => {
    const message = await warningOf({
      'gebieden.yaml': await gebiedenWith('wijkteamtelefoon: 14 0599'),
    });
    expect(message).toContain(
      'Tot dan zien inwoners het nummer 14 0599, met de tip om naar het wijkteam te vragen.',
    );
  });

  it('names the gemeente’s number from gemeentediensten.yaml when gebieden.yaml has none', async () => {
    const diensten = [
      'gemeente: Lindewaard',
      'contact:',
      '  telefoon: 14 0599',
      'diensten:',
      '  - id: paspoort',
      '    naam: Paspoort of ID-kaart',
      '    woorden: [paspoort]',
      '',
    ].join('\n');
    const message = await warningOf({ 'gemeentediensten.yaml': diensten });
    expect(message).toContain('Tot dan zien inwoners het nummer 14 0599');
  });

  it('says that no number is shown on a kaart without one', async () => {
    const message = await warningOf({});
    expect(message).toContain('Tot dan zien inwoners geen nummer om te bellen');
    expect(message).not.toContain('toont de wijkwijzer het nummer');
  });
});
