import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestValues } from '../../src/appPackage/manifest.js';
import { loadConfig } from '../../src/config.js';
import { readGemeenteIdentity } from '../../src/knowledge/gemeenteIdentity.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { knowledgeDirFrom, removeCreatedDirs } from '../knowledge/fixtures.js';

const root = findProjectRoot();
const ENSCHEDE = path.join(root, 'knowledge');
const LINDEWAARD = path.join(root, 'test/fixtures/kaart-lindewaard');

/** The configuration as `npm start` reads it, on one knowledge directory and no other setting. */
function configOn(knowledgeDir: string, environment: NodeJS.ProcessEnv = {}) {
  return loadConfig({ KNOWLEDGE_DIR: knowledgeDir, ...environment }, readGemeenteIdentity);
}

function manifestOf(config: ReturnType<typeof loadConfig>) {
  return manifestValues({
    teams: config.teams,
    publicUrl: 'https://wijkwijzer.example.nl',
    botAppId: undefined,
  });
}

/**
 * ORGANISATION_NAME and the Teams publisher's website default to what the knowledge says of the
 * gemeente (gebieden.yaml `gemeente`, gemeentediensten.yaml's website), so Enschede's `npm start`
 * without any setting says what it said, and another gemeente is never called Enschede.
 */
describe('the gemeente’s defaults from its knowledge', () => {
  afterAll(removeCreatedDirs);

  it('are Enschede’s on Enschede’s knowledge, with no environment at all', () => {
    const config = configOn(ENSCHEDE);
    expect(config.organisation.name).toBe('Gemeente Enschede');
    expect(config.teams.fullName).toBe('Digitale wijkwijzer Gemeente Enschede');
    expect(config.teams.developerName).toBe('Gemeente Enschede');
    expect(config.teams.websiteUrl).toBe('https://www.enschede.nl');
    expect(config.teams.privacyUrl).toBe('https://www.enschede.nl');
    const { values, warnings } = manifestOf(config);
    expect(values.WEBSITE_URL).toBe('https://www.enschede.nl');
    expect(warnings.join('\n')).not.toMatch(/TEAMS_DEVELOPER_WEBSITE_URL/);
  });

  it('name another gemeente by its own name and website', async () => {
    const gebieden = await readFile(path.join(LINDEWAARD, 'gebieden.yaml'), 'utf8');
    const dir = await knowledgeDirFrom(LINDEWAARD, {
      'gebieden.yaml': `gemeente: Lindewaard\n${gebieden}`,
      'gemeentediensten.yaml': [
        'gemeente: Lindewaard',
        'contact:',
        '  telefoon: 14 0599',
        '  website: https://www.lindewaard.example',
        'diensten:',
        '  - id: paspoort',
        '    naam: Paspoort of ID-kaart',
        '    woorden: [paspoort]',
        '',
      ].join('\n'),
    });
    const config = configOn(dir);
    expect(config.organisation.name).toBe('Gemeente Lindewaard');
    expect(config.teams.developerName).toBe('Gemeente Lindewaard');
    expect(config.teams.websiteUrl).toBe('https://www.lindewaard.example');
    expect(JSON.stringify(manifestOf(config).values)).not.toMatch(/enschede/i);
  });

  it('fall back to neutral words, and the package says what to set, without any name', () => {
    // The Lindewaard kaart as written: no gemeente name and no gemeentediensten.yaml.
    const config = configOn(LINDEWAARD);
    expect(config.organisation.name).toBe('Gemeente');
    expect(config.teams.websiteUrl).toBeUndefined();
    const { values, warnings } = manifestOf(config);
    expect(values.WEBSITE_URL).toBe('https://wijkwijzer.example.nl');
    expect(values.PRIVACY_URL).toBe('https://wijkwijzer.example.nl');
    expect(warnings.join('\n')).toMatch(/TEAMS_DEVELOPER_WEBSITE_URL is not set/);
    expect(JSON.stringify(values)).not.toMatch(/enschede/i);
  });

  it('give way to what the environment sets', () => {
    const config = configOn(ENSCHEDE, {
      ORGANISATION_NAME: 'Sociaal Wijkteam Enschede',
      TEAMS_DEVELOPER_WEBSITE_URL: 'https://www.wijkteamsenschede.example/',
    });
    expect(config.organisation.name).toBe('Sociaal Wijkteam Enschede');
    expect(config.teams.websiteUrl).toBe('https://www.wijkteamsenschede.example');
  });

  it('read a name even when the rest of gebieden.yaml is wrong, and nothing from a missing directory', async () => {
    const dir = await knowledgeDirFrom(LINDEWAARD, {
      'gebieden.yaml': 'gemeente: Lindewaard\nstadsdelen: niet-goed\n',
    });
    expect(readGemeenteIdentity(dir)).toEqual({ name: 'Lindewaard' });
    expect(readGemeenteIdentity(path.join(dir, 'bestaat-niet'))).toEqual({});
  });
});
