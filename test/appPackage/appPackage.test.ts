import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config.js';
import { readGemeenteIdentity } from '../../src/knowledge/gemeenteIdentity.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { buildAppPackage } from '../../src/appPackage/appPackage.js';
import { checkManifestSchema, type ManifestSettings } from '../../src/appPackage/manifest.js';
import { readPngHeader } from '../../src/appPackage/png.js';

const manifestDir = path.join(findProjectRoot(), 'manifest');

const productionLike = {
  PUBLIC_URL: 'https://wijkwijzer.enschede.nl',
  MicrosoftAppId: '4b1c7f5e-2d3a-4c8b-9e6f-0a1b2c3d4e5f',
  TEAMS_APP_ID: 'a3f0c2d1-7b6e-4f5a-8c9d-1e2f3a4b5c6d',
  TEAMS_PRIVACY_URL: 'https://www.enschede.nl/privacy',
  TEAMS_TERMS_URL: 'https://www.enschede.nl/voorwaarden',
};

/** As `wijkwijzer teams package` reads it: the environment, and the gemeente from KNOWLEDGE_DIR. */
function settingsFor(env: Record<string, string>): ManifestSettings {
  const config = loadConfig(env, readGemeenteIdentity);
  return {
    teams: config.teams,
    publicUrl: config.server.publicUrl,
    botAppId: config.botFramework.appId,
  };
}

/** Microsoft's schema for a manifest version, straight from the package: no network involved. */
async function bundledSchema(version: string): Promise<unknown> {
  const packageJson = createRequire(import.meta.url).resolve(
    '@microsoft/app-manifest/package.json',
  );
  const file = path.join(
    path.dirname(packageJson),
    'build/json-schemas/teams',
    `v${version}`,
    'MicrosoftTeams.schema.json',
  );
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

type Validate = typeof AppManifestUtils.validateAgainstSchema;

async function officialValidation(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = await bundledSchema(String(manifest.manifestVersion));
  return AppManifestUtils.validateAgainstSchema(
    manifest as unknown as Parameters<Validate>[0],
    schema as Parameters<Validate>[1],
  );
}

/** Decodes a non-interlaced 8-bit RGBA PNG written with filter 0 (what our encoder writes). */
function decodeRgba(bytes: Buffer): { width: number; height: number; alpha: number[] } {
  const header = readPngHeader(bytes);
  if (header === undefined) throw new Error('not a PNG');
  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * 4 + 1;
  expect(raw.length).toBe(stride * header.height);
  const alpha: number[] = [];
  for (let row = 0; row < header.height; row += 1) {
    expect(raw[row * stride]).toBe(0);
    for (let column = 0; column < header.width; column += 1) {
      alpha.push(raw[row * stride + 1 + column * 4 + 3]!);
    }
  }
  return { width: header.width, height: header.height, alpha };
}

describe('Teams app package', () => {
  let work: string;

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'wijkwijzer-teams-package-'));
  });

  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('holds a manifest that validates against the bundled Microsoft schema, and two icons', async () => {
    const built = await buildAppPackage(manifestDir, settingsFor(productionLike));
    expect(built.warnings).toEqual([]);

    const zip = await JSZip.loadAsync(built.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<
      string,
      unknown
    >;
    expect(manifest.manifestVersion).toBe('1.30');
    expect(await officialValidation(manifest)).toEqual([]);
    expect(await checkManifestSchema(manifest)).toEqual([]);

    const color = decodeRgba(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.alpha.every((value) => value === 255)).toBe(true);
    const outline = decodeRgba(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    // Transparent background with a visible (white) symbol, as Teams asks of an outline icon.
    expect(outline.alpha[0]).toBe(0);
    expect(outline.alpha.filter((value) => value > 200).length).toBeGreaterThan(50);
  });

  it('fills every placeholder from the settings', async () => {
    const built = await buildAppPackage(manifestDir, settingsFor(productionLike));
    const text = JSON.stringify(built.manifest);
    expect(text).not.toMatch(/\{\{/);
    expect(built.manifest.id).toBe(productionLike.TEAMS_APP_ID);
    const bots = built.manifest.bots as Array<{ botId: string; scopes: string[] }>;
    expect(bots[0]!.botId).toBe(productionLike.MicrosoftAppId);
    expect(bots[0]!.scopes).toEqual(['team', 'personal']);
    const tabs = built.manifest.staticTabs as Array<{ entityId: string; contentUrl: string }>;
    expect(tabs[0]).toMatchObject({
      entityId: 'casusbord',
      contentUrl: 'https://wijkwijzer.enschede.nl/tab/',
    });
    expect(built.manifest.validDomains).toEqual(['wijkwijzer.enschede.nl']);
    expect(built.manifest.webApplicationInfo).toEqual({
      id: productionLike.MicrosoftAppId,
      resource: `api://wijkwijzer.enschede.nl/${productionLike.MicrosoftAppId}`,
    });
    // Resource-specific consent: the team that installs the app lets it read that team's channel
    // messages, and nothing of other teams (to find a card in doubt; docs/adr/0008).
    expect(built.manifest.authorization).toEqual({
      permissions: {
        resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }],
      },
    });
    const commands = (
      built.manifest.bots as Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }>
    )[0]!.commandLists[0]!.commands.map((command) => command.title);
    expect(commands).toEqual(['koppel wijkteam', 'ontkoppel', 'koppelingen', 'help']);
  });

  it('is on the newest manifest schema that @microsoft/app-manifest bundles', async () => {
    const packageJson = createRequire(import.meta.url).resolve(
      '@microsoft/app-manifest/package.json',
    );
    const versions = (
      await readdir(path.join(path.dirname(packageJson), 'build/json-schemas/teams'))
    )
      .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
      .filter((match) => match !== null)
      .map((match) => [Number(match[1]), Number(match[2])] as const)
      .sort(([majorA, minorA], [majorB, minorB]) => majorA - majorB || minorA - minorB);
    const newest = versions.at(-1)!;
    const template = JSON.parse(
      await readFile(path.join(manifestDir, 'manifest.template.json'), 'utf8'),
    ) as { manifestVersion: unknown };
    expect(template.manifestVersion).toBe(`${newest[0]}.${newest[1]}`);
  });

  it('offers the Casusbord as a channel tab per wijkteam, installs to a team, standard channels only', async () => {
    const { manifest } = await buildAppPackage(manifestDir, settingsFor(productionLike));
    expect(manifest.defaultInstallScope).toBe('team');
    expect(manifest.defaultGroupCapability).toEqual({ team: 'bot' });
    expect(manifest.configurableTabs).toEqual([
      {
        id: 'casusbord-kanaal',
        configurationUrl: 'https://wijkwijzer.enschede.nl/tab/configure',
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ]);
    // Shared and private channels can hold people outside the wijkteam: cases stay in standard
    // channels (docs/adr/0016-runtime-deployment-and-test-tiers.md, "Teams app").
    expect(manifest.supportedChannelTypes).toEqual([]);
    expect(manifest.supportsChannelFeatures).toBeUndefined();
    const bot = (manifest.bots as Array<Record<string, unknown>>)[0]!;
    expect(bot).toMatchObject({
      supportsFiles: false,
      supportsCalling: false,
      supportsVideo: false,
    });
  });

  it('is the same bytes for the same input, so packages can be compared', async () => {
    const first = await buildAppPackage(manifestDir, settingsFor(productionLike));
    const second = await buildAppPackage(manifestDir, settingsFor(productionLike));
    expect(first.zip.equals(second.zip)).toBe(true);
  });

  it('warns when the package cannot be uploaded: no app registration, http, localhost', async () => {
    const built = await buildAppPackage(manifestDir, settingsFor({}));
    expect(built.warnings.join('\n')).toMatch(/TEAMS_APP_ID/);
    expect(built.warnings.join('\n')).toMatch(/MicrosoftAppId/);
    expect(built.warnings.join('\n')).toMatch(/not https/);
    expect(built.warnings.join('\n')).toMatch(/this machine/);
    // Still a schema-valid manifest, so a trial package can be inspected.
    expect(await officialValidation(built.manifest)).toEqual([]);
  });

  it('the schema check catches a manifest Teams would refuse', async () => {
    const built = await buildAppPackage(manifestDir, settingsFor(productionLike));
    const broken = { ...built.manifest, accentColor: 'blauw', id: 'not-a-guid' };
    const problems = await checkManifestSchema(broken);
    expect(problems?.join('\n')).toMatch(/accentColor/);
    expect(problems?.join('\n')).toMatch(/\/id/);
  });

  async function copyManifestDir(): Promise<string> {
    const copy = path.join(work, 'manifest');
    await mkdir(path.join(copy, 'icons'), { recursive: true });
    await copyFile(
      path.join(manifestDir, 'manifest.template.json'),
      path.join(copy, 'manifest.template.json'),
    );
    await copyFile(path.join(manifestDir, 'icons/color.png'), path.join(copy, 'icons/color.png'));
    await copyFile(
      path.join(manifestDir, 'icons/outline.png'),
      path.join(copy, 'icons/outline.png'),
    );
    return copy;
  }

  it('refuses icons of the wrong size or that are not PNG (WW-7004)', async () => {
    const copy = await copyManifestDir();
    await copyFile(path.join(copy, 'icons/outline.png'), path.join(copy, 'icons/color.png'));
    await expect(buildAppPackage(copy, settingsFor(productionLike))).rejects.toMatchObject({
      code: 'WW-7004',
      detail: { file: 'color.png', expected: '192x192', actual: '32x32' },
    });
    await writeFile(path.join(copy, 'icons/color.png'), 'GIF89a');
    await expect(buildAppPackage(copy, settingsFor(productionLike))).rejects.toMatchObject({
      code: 'WW-7004',
      detail: { reason: 'not a PNG' },
    });
  });

  it('refuses a template with an unknown placeholder (WW-7002) or broken JSON (WW-7001)', async () => {
    const copy = await copyManifestDir();
    const template = path.join(copy, 'manifest.template.json');
    const text = await readFile(template, 'utf8');
    await writeFile(template, text.replace('{{SHORT_NAME}}', '{{NO_SUCH_SETTING}}'));
    await expect(buildAppPackage(copy, settingsFor(productionLike))).rejects.toMatchObject({
      code: 'WW-7002',
      detail: { placeholders: 'NO_SUCH_SETTING' },
    });
    await writeFile(template, text.slice(0, 40));
    await expect(buildAppPackage(copy, settingsFor(productionLike))).rejects.toMatchObject({
      code: 'WW-7001',
    });
  });

  describe('wijkwijzer teams package', () => {
    function io(env: Record<string, string>) {
      const out: string[] = [];
      const err: string[] = [];
      return {
        io: {
          stdout: (text: string) => out.push(text),
          stderr: (text: string) => err.push(text),
          env,
          cwd: work,
        },
        out: () => out.join(''),
        err: () => err.join(''),
      };
    }

    it('writes the zip to --out and reports it', async () => {
      const run = io(productionLike);
      const code = await main(['teams', 'package', '--out', 'pakket/app.zip'], run.io);
      expect(code).toBe(0);
      const zip = await JSZip.loadAsync(await readFile(path.join(work, 'pakket/app.zip')));
      expect(zip.file('manifest.json')).not.toBeNull();
      expect(run.out()).toMatch(/pakket[/\\]app\.zip/);
      expect(run.err()).toBe('');
    });

    it('with --strict fails on warnings and writes nothing', async () => {
      const run = io({});
      const code = await main(['teams', 'package', '--strict', '--out', 'app.zip'], run.io);
      expect(code).toBe(65);
      expect(run.err()).toMatch(/Warning: .*MicrosoftAppId/);
      await expect(readFile(path.join(work, 'app.zip'))).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it('names invalid settings and exits with a data error', async () => {
      const run = io({ ...productionLike, TEAMS_ACCENT_COLOR: 'blauw' });
      expect(await main(['teams', 'package', '--out', 'app.zip'], run.io)).toBe(65);
      expect(run.err()).toMatch(/TEAMS_ACCENT_COLOR/);
    });

    it('answers an unknown subcommand or option with usage', async () => {
      const run = io({});
      expect(await main(['teams', 'publish'], run.io)).toBe(64);
      expect(await main(['teams', 'package', '--bogus'], run.io)).toBe(64);
      expect(run.err()).toMatch(/Usage: wijkwijzer teams/);
    });

    it('draws icons of the right sizes into --out', async () => {
      const run = io({ TEAMS_ACCENT_COLOR: '#AA0000' });
      expect(await main(['teams', 'icons', '--out', 'icons'], run.io)).toBe(0);
      const color = readPngHeader(await readFile(path.join(work, 'icons/color.png')));
      const outline = readPngHeader(await readFile(path.join(work, 'icons/outline.png')));
      expect(color).toMatchObject({ width: 192, height: 192, colourType: 6 });
      expect(outline).toMatchObject({ width: 32, height: 32, colourType: 6 });
    });
  });
});
