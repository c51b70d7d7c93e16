import { createRequire } from 'node:module';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Config } from '../config.js';
import { nl } from '../i18n/nl/index.js';
import { WijkwijzerError } from '../shared/errors.js';

/**
 * The Teams app manifest: `manifest/manifest.template.json` with `{{NAME}}` placeholders, filled
 * from the configuration and the Dutch texts in src/i18n/nl/teams.ts. Placeholders are replaced
 * inside the parsed JSON strings, never in the raw text, so a value with quotes cannot break the
 * JSON. See docs/adr/0008-teams-cards-and-actions.md.
 *
 * The template asks for one resource-specific permission, ChannelMessage.Read.Group (application):
 * a team that installs the app lets it read that team's channel messages, so the delivery outbox
 * can find the card of a case in doubt instead of posting it twice (ADR 0008, amendment
 * 2026-12-03). Its `webApplicationInfo.id` is the app registration Graph tokens are asked for.
 */

/** Stands in for a missing app registration, so the package can still be built and inspected. */
export const PLACEHOLDER_GUID = '00000000-0000-4000-8000-000000000000';

export interface ManifestSettings {
  readonly teams: Config['teams'];
  readonly publicUrl: string;
  /** The Bot Framework app registration (MicrosoftAppId); the bot id and the SSO app. */
  readonly botAppId: string | undefined;
}

export interface ManifestValues {
  readonly values: Readonly<Record<string, string>>;
  /** What makes this package unfit for uploading, for the operator to read (English). */
  readonly warnings: readonly string[];
}

const LOCAL_HOSTS = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0)$/;

/** Every placeholder value, plus warnings about settings that make the package unusable. */
export function manifestValues(settings: ManifestSettings): ManifestValues {
  const { teams } = settings;
  const texts = nl.teams.manifest;
  const publicUrl = new URL(settings.publicUrl);
  const base = settings.publicUrl.replace(/\/+$/, '');
  const botId = settings.botAppId ?? PLACEHOLDER_GUID;
  const warnings: string[] = [];
  if (teams.usesDevelopmentAppId) {
    warnings.push(
      'Neither TEAMS_APP_ID nor MicrosoftAppId is set: the package has a development id and cannot be uploaded.',
    );
  }
  if (settings.botAppId === undefined) {
    warnings.push(
      'MicrosoftAppId is not set: the bot in the package has a placeholder id and Teams cannot reach it.',
    );
  }
  if (publicUrl.protocol !== 'https:') {
    warnings.push(
      'PUBLIC_URL is not https: Teams only loads tabs and calls bots over https (use a tunnel for a trial).',
    );
  }
  if (LOCAL_HOSTS.test(publicUrl.hostname)) {
    warnings.push(
      'PUBLIC_URL points to this machine: Teams cannot reach it. Use the public address or a tunnel.',
    );
  }
  // Teams wants an https website: without one set or in the knowledge, the bot's own host stands in.
  const website = teams.websiteUrl ?? `https://${publicUrl.host}`;
  if (teams.websiteUrl === undefined) {
    warnings.push(
      'TEAMS_DEVELOPER_WEBSITE_URL is not set and the knowledge (gemeentediensten.yaml) gives no https website: the package names the bot’s own address as the publisher’s website.',
    );
  }
  const values: Record<string, string> = {
    APP_VERSION: teams.appVersion,
    TEAMS_APP_ID: teams.appId,
    BOT_ID: botId,
    DEVELOPER_NAME: teams.developerName,
    WEBSITE_URL: website,
    PRIVACY_URL: teams.privacyUrl ?? website,
    TERMS_URL: teams.termsOfUseUrl ?? website,
    SHORT_NAME: teams.shortName,
    FULL_NAME: teams.fullName,
    DESCRIPTION_SHORT: texts.descriptionShort,
    DESCRIPTION_FULL: texts.descriptionFull,
    ACCENT_COLOR: teams.accentColor,
    TAB_NAME: texts.tabName,
    PUBLIC_URL: base,
    PUBLIC_DOMAIN: publicUrl.hostname,
    SSO_APP_ID: botId,
    SSO_RESOURCE: teams.ssoResource ?? `api://${publicUrl.hostname}/${botId}`,
    COMMAND_LINK_TITLE: texts.commands.link.title,
    COMMAND_LINK_DESCRIPTION: texts.commands.link.description,
    COMMAND_UNLINK_TITLE: texts.commands.unlink.title,
    COMMAND_UNLINK_DESCRIPTION: texts.commands.unlink.description,
    COMMAND_LINKS_TITLE: texts.commands.links.title,
    COMMAND_LINKS_DESCRIPTION: texts.commands.links.description,
    COMMAND_HELP_TITLE: texts.commands.help.title,
    COMMAND_HELP_DESCRIPTION: texts.commands.help.description,
  };
  return { values, warnings };
}

const PLACEHOLDER = /\{\{([A-Z0-9_]+)\}\}/g;

/**
 * Replaces every `{{NAME}}` in the strings of a parsed template. Throws WW-7002 naming the
 * placeholders that have no value (names only: values may be secrets or personal).
 */
export function fillTemplate(template: unknown, values: Readonly<Record<string, string>>): unknown {
  const missing = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) {
          missing.add(name);
          return whole;
        }
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  const filled = fill(template);
  if (missing.size > 0) {
    throw new WijkwijzerError('WW-7002', { detail: { placeholders: [...missing].join(', ') } });
  }
  return filled;
}

/** Parses the template text; WW-7001 when it is not a JSON object. */
export function parseTemplate(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new WijkwijzerError('WW-7001', { cause: error });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new WijkwijzerError('WW-7001', { detail: { reason: 'not an object' } });
  }
  return parsed as Record<string, unknown>;
}

export interface BuiltManifest {
  readonly manifest: Record<string, unknown>;
  readonly warnings: readonly string[];
}

export function buildManifest(templateText: string, settings: ManifestSettings): BuiltManifest {
  const { values, warnings } = manifestValues(settings);
  const manifest = fillTemplate(parseTemplate(templateText), values) as Record<string, unknown>;
  return { manifest, warnings };
}

/**
 * Checks a manifest against Microsoft's JSON schema as bundled by `@microsoft/app-manifest`
 * (offline: the schema file is read from the package, never fetched). That package is a
 * development dependency: where it is absent (a production install) this returns `undefined`,
 * meaning "not checked".
 */
export async function checkManifestSchema(
  manifest: Record<string, unknown>,
): Promise<readonly string[] | undefined> {
  const version = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json');
  } catch {
    return undefined;
  }
  const schemaFile = path.join(
    path.dirname(packageJson),
    'build',
    'json-schemas',
    'teams',
    `v${version}`,
    'MicrosoftTeams.schema.json',
  );
  let schemaText: string;
  try {
    schemaText = await readFile(schemaFile, 'utf8');
  } catch (error) {
    throw new WijkwijzerError('WW-7003', {
      cause: error,
      detail: { reason: 'schema version not bundled', version },
    });
  }
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  // Same clean-up the package applies to schemas it loads itself (\a and \v are not JSON escapes).
  const schema = JSON.parse(
    schemaText.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'),
  ) as Parameters<Validate>[1];
  return AppManifestUtils.validateAgainstSchema(
    manifest as unknown as Parameters<Validate>[0],
    schema,
  );
}
