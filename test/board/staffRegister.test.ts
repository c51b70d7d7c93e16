import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EXAMPLE_STAFF_FILE,
  loadStaffFile,
  loadStaffRegister,
  parseStaffFile,
  staffFileFor,
} from '../../src/board/staffRegister.js';
import { loadRoutingFile } from '../../src/cases/routing.js';
import { loadConfig } from '../../src/config.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

const ANNA = '6F1C2B3A-0000-4000-8000-000000000001';

describe('the staff file', () => {
  let temp: TempDirectory;

  beforeEach(async () => {
    temp = await createTempDirectory();
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('gives the configured membership and the coordinators, ids compared without case', async () => {
    const register = parseStaffFile(`
versie: 1
medewerkers:
  - id: ${ANNA}
    naam: Anna
    wijkteams: [boswinkel-boekelo]
  - id: 00000000-0000-4000-8000-000000000002
    naam: Carla
    coordinator: true
`);
    const membership = register.membership();
    expect(await membership.isMember('boswinkel-boekelo', ANNA.toLowerCase())).toBe(true);
    expect(await membership.isMember('noord-noord', ANNA)).toBe(false);
    expect(register.coordinatorIds()).toEqual(['00000000-0000-4000-8000-000000000002']);
    expect(register.find(ANNA)?.name).toBe('Anna');
    expect(register.unknownWijkteams(['centrum'])).toEqual(['boswinkel-boekelo']);
  });

  it('names the paths that are wrong and never the values', () => {
    const attempt = () =>
      parseStaffFile(`
versie: 1
medewerkers:
  - id: geheim-niet-een-guid
    naam: Echte Naam
    wijkteams: [Boswinkel Boekelo]
  - id: ${ANNA}
    naam: Zonder team
`);
    expect(attempt).toThrow(expect.objectContaining({ code: 'WW-8007' }));
    let detail = '';
    try {
      attempt();
    } catch (error) {
      detail = JSON.stringify((error as { detail: unknown }).detail);
    }
    expect(detail).toContain('medewerkers.0.id');
    expect(detail).toContain('medewerkers.0.wijkteams.0');
    expect(detail).toContain('medewerkers.1.wijkteams');
    expect(detail).not.toContain('geheim');
    expect(detail).not.toContain('Echte Naam');
  });

  it('refuses duplicate ids, bad YAML and a missing file with WW-8007', async () => {
    expect(() =>
      parseStaffFile(`versie: 1
medewerkers:
  - { id: ${ANNA}, naam: A, wijkteams: [centrum] }
  - { id: ${ANNA.toLowerCase()}, naam: B, wijkteams: [centrum] }
`),
    ).toThrow(expect.objectContaining({ code: 'WW-8007' }));
    expect(() => parseStaffFile('versie: [1')).toThrow(
      expect.objectContaining({ code: 'WW-8007' }),
    );
    await expect(loadStaffFile(temp.file('missing.yaml'))).rejects.toMatchObject({
      code: 'WW-8007',
    });
  });

  it('STAFF_FILE wins; without it the fictitious example is used outside production only', async () => {
    const root = findProjectRoot();
    const file = temp.file('staff.yaml');
    await writeFile(
      file,
      `versie: 1\nmedewerkers:\n  - { id: ${ANNA}, naam: A, wijkteams: [centrum] }\n`,
    );
    expect(staffFileFor(loadConfig({ STAFF_FILE: file }), root)).toBe(file);
    expect((await loadStaffRegister(loadConfig({ STAFF_FILE: file }), root)).members).toHaveLength(
      1,
    );
    expect(staffFileFor(loadConfig({}), root)).toBe(path.join(root, EXAMPLE_STAFF_FILE));
    const production = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: '99999999-8888-4777-8666-555555555555',
      MicrosoftAppPassword: 'secret',
      WEBCHAT_TOKEN_SECRET: 'q3V8-dK1zP_xw0Lm9TnYb2Rc7Hs4Ju6Ge5Fa',
    });
    expect(staffFileFor(production, root)).toBeUndefined();
    expect((await loadStaffRegister(production, root)).members).toEqual([]);
  });

  it('the shipped example is valid, fictitious, and uses wijkteams of the routing file', async () => {
    const root = findProjectRoot();
    const register = await loadStaffFile(path.join(root, EXAMPLE_STAFF_FILE));
    const routing = await loadRoutingFile(path.join(root, 'knowledge', 'routering.yaml'));
    expect(register.unknownWijkteams(routing.teams.map((team) => team.id))).toEqual([]);
    expect(register.coordinatorIds()).toHaveLength(1);
    for (const member of register.members) {
      expect(member.name).toMatch(/Voorbeeld$/);
      expect(member.id).toMatch(/^00000000-0000-4000-8000-/);
    }
    // Every wijkteam has a persona, so a newcomer's trial handover, wherever they say they live,
    // is visible to a colleague on the board (not only to the coordinator).
    const withPersona = new Set(register.members.flatMap((member) => member.wijkteams));
    expect(routing.teams.map((team) => team.id).filter((id) => !withPersona.has(id))).toEqual([]);
  });
});

describe('Teams SSO settings for the board', () => {
  const appId = '99999999-8888-4777-8666-555555555555';
  const tenant = '11111111-2222-4333-8444-555555555555';

  it('are derived from the app registration: app id and Application ID URI, v2 and v1 issuers', () => {
    const config = loadConfig({
      MicrosoftAppId: appId,
      MicrosoftAppTenantId: tenant,
      PUBLIC_URL: 'https://wijkwijzer.example.nl',
    });
    expect(config.board.sso).toEqual({
      tenantId: tenant,
      audiences: [appId, `api://wijkwijzer.example.nl/${appId}`],
      issuers: [
        `https://login.microsoftonline.com/${tenant}/v2.0`,
        `https://sts.windows.net/${tenant}/`,
      ],
      jwksUrl: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
      requiredScope: 'access_as_user',
      clockToleranceSeconds: 60,
    });
  });

  it('are off without a tenant or app id, and every part can be set explicitly', () => {
    expect(loadConfig({}).board.sso).toBeUndefined();
    expect(loadConfig({ MicrosoftAppId: appId }).board.sso).toBeUndefined();
    const explicit = loadConfig({
      BOARD_SSO_TENANT_ID: tenant,
      BOARD_SSO_AUDIENCE: 'api://board, other',
      BOARD_SSO_ISSUER: 'https://issuer.example/v2.0',
      BOARD_SSO_JWKS_URL: 'https://keys.example/jwks',
      BOARD_SSO_SCOPE: 'Casusbord.Lezen',
      BOARD_SSO_CLOCK_TOLERANCE_SECONDS: '10',
    }).board.sso;
    expect(explicit).toMatchObject({
      audiences: ['api://board', 'other'],
      issuers: ['https://issuer.example/v2.0'],
      jwksUrl: 'https://keys.example/jwks',
      requiredScope: 'Casusbord.Lezen',
      clockToleranceSeconds: 10,
    });
    expect(() => loadConfig({ BOARD_SSO_TENANT_ID: 'west' })).toThrow(/BOARD_SSO_TENANT_ID/);
    expect(() => loadConfig({ BOARD_SSO_CLOCK_TOLERANCE_SECONDS: '3600' })).toThrow(
      /BOARD_SSO_CLOCK_TOLERANCE_SECONDS/,
    );
  });
});
