import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { findProjectRoot } from '../shared/projectRoot.js';
import { renderAppIcons } from '../appPackage/appIcons.js';
import { buildAppPackage, ICON_FILES, writeAppPackage } from '../appPackage/appPackage.js';
import { checkManifestSchema, type ManifestSettings } from '../appPackage/manifest.js';
import { exitCodes, type Command, type CommandIo } from './command.js';
import { readGemeenteIdentity } from '../knowledge/gemeenteIdentity.js';

const DEFAULT_PACKAGE = path.join('dist', 'teams', 'wijkwijzer-teams.zip');

const usage = `Usage: wijkwijzer teams <subcommand> [options]

Subcommands:
  package [--out FILE] [--strict]   Build the Teams app package (zip) from manifest/ and the
                                    settings (TEAMS_*, PUBLIC_URL, MicrosoftAppId). Default
                                    output: ${DEFAULT_PACKAGE}. --strict fails on warnings.
  icons [--out DIR]                 Draw the app icons in TEAMS_ACCENT_COLOR (default: manifest/icons).

Upload the package in Teams: Apps > Manage your apps > Upload an app.
`;

function settingsFrom(config: Config): ManifestSettings {
  return {
    teams: config.teams,
    publicUrl: config.server.publicUrl,
    botAppId: config.botFramework.appId,
  };
}

async function packageCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' }, strict: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const config = loadConfig(io.env, readGemeenteIdentity);
  const manifestDir = path.join(findProjectRoot(), 'manifest');
  const built = await buildAppPackage(manifestDir, settingsFrom(config));
  const problems = await checkManifestSchema(built.manifest);
  if (problems === undefined) {
    io.stderr('Note: @microsoft/app-manifest is not installed; the schema was not checked.\n');
  } else if (problems.length > 0) {
    io.stderr(
      `The manifest does not match the Teams schema:\n${problems.map((line) => `  - ${line}`).join('\n')}\n`,
    );
    return exitCodes.dataError;
  }
  for (const warning of built.warnings) io.stderr(`Warning: ${warning}\n`);
  if (values.strict && built.warnings.length > 0) return exitCodes.dataError;

  const target = path.resolve(io.cwd, values.out ?? DEFAULT_PACKAGE);
  await writeAppPackage(target, built.zip);
  io.stdout(
    `Teams app package written to ${target} (manifest ${String(built.manifest.manifestVersion)}, ` +
      `app version ${config.teams.appVersion}, ${built.zip.length} bytes).\n`,
  );
  return exitCodes.ok;
}

async function iconsCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { out: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const config = loadConfig(io.env);
  const directory = path.resolve(
    io.cwd,
    values.out ?? path.join(findProjectRoot(), 'manifest', 'icons'),
  );
  const icons = renderAppIcons(config.teams.accentColor);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, ICON_FILES.color), icons.color);
  await writeFile(path.join(directory, ICON_FILES.outline), icons.outline);
  io.stdout(
    `Icons written to ${directory} (${ICON_FILES.color} 192x192, ${ICON_FILES.outline} 32x32).\n`,
  );
  return exitCodes.ok;
}

/** `wijkwijzer teams`: the Teams app package for the wijkteams. */
export const teamsCommand: Command = {
  name: 'teams',
  summary: 'Build the Microsoft Teams app package and its icons',
  usage,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    try {
      if (subcommand === 'package') return await packageCommand(rest, io);
      if (subcommand === 'icons') return await iconsCommand(rest, io);
    } catch (error) {
      if (isWijkwijzerError(error)) {
        // A configuration error already lists every problem in its message.
        const detail = Object.entries(error.code.startsWith('WW-1') ? {} : error.detail)
          .map(([key, value]) => `${key}: ${String(value)}`)
          .join(', ');
        io.stderr(`wijkwijzer teams: ${error.message}${detail === '' ? '' : ` (${detail})`}\n`);
        return error.code === 'WW-7005' ? exitCodes.failed : exitCodes.dataError;
      }
      if (error instanceof TypeError && 'code' in error) {
        // parseArgs reports unknown or malformed options as a TypeError with an ERR_PARSE_ARGS code.
        io.stderr(`wijkwijzer teams: ${error.message}\n\n${usage}`);
        return exitCodes.usage;
      }
      throw error;
    }
    io.stderr(`wijkwijzer teams: unknown subcommand "${subcommand ?? ''}".\n\n${usage}`);
    return exitCodes.usage;
  },
};
