import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { GemeenteIdentity } from './knowledge/gemeenteIdentity.js';
import { WijkwijzerError } from './shared/errors.js';
import { allOnLoopback } from './shared/loopback.js';

/**
 * The one place that reads the environment. Every setting has an embedded default, so
 * `npm start` runs with no env at all; `NODE_ENV=production` additionally requires the Bot Framework
 * app registration and a channel token secret (see `requiredInProduction`).
 * Keep `.env.example` in step with this file: it documents every variable.
 */

/** Shipped for local trials only; production refuses to start with it (see `requiredInProduction`). */
const DEVELOPMENT_TOKEN_SECRET = 'development-only-web-chat-token-secret-do-not-deploy';

/** Teams app id of a package built without any app registration: for looking at, not uploading. */
const DEVELOPMENT_TEAMS_APP_ID = '00000000-0000-4000-8000-000000000000';

/** An unset variable and an empty one (`FOO=` in a .env file) mean the same: use the default. */
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

const flag = (defaultValue: boolean) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], {
        error: 'must be true or false',
      })
      .default(defaultValue ? 'true' : 'false')
      .transform((value) => value === 'true' || value === '1' || value === 'yes'),
  );

const whole = (defaultValue: number, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: `must be a whole number between ${min} and ${max}` })
      .int({ error: `must be a whole number between ${min} and ${max}` })
      .min(min, { error: `must be at least ${min}` })
      .max(max, { error: `must be at most ${max}` })
      .default(defaultValue),
  );

/** An id in Microsoft Entra ID (an app registration or a user's object id). */
const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, {
    error: 'must be a GUID such as 00000000-0000-0000-0000-000000000000',
  })
  .transform((value) => value.toLowerCase());

/** Teams refuses http addresses in an app package. */
const httpsUrl = z
  .url({ protocol: /^https$/, error: 'must be an https URL such as https://www.enschede.nl' })
  .transform((value) => value.replace(/\/+$/, ''));

const httpUrl = z
  .url({
    protocol: /^https?$/,
    error: 'must be an http(s) URL such as https://wijkwijzer.example.nl',
  })
  .transform((value) => value.replace(/\/+$/, ''));

/** "a, b ,c" → ["a", "b", "c"], each checked by `item`. */
function commaList(item: z.ZodType<string, string>) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1));
}

export const environmentSchema = z.object({
  NODE_ENV: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['development', 'production', 'test'], {
        error: 'must be development, production or test',
      })
      .default('development'),
  ),
  HOST: optionalText.default('127.0.0.1'),
  PORT: whole(3978, 0, 65535),
  PUBLIC_URL: z.preprocess((value) => (value === '' ? undefined : value), httpUrl.optional()),
  TRUST_PROXY: flag(false),
  MAX_BODY_BYTES: whole(256 * 1024, 1024, 16 * 1024 * 1024),
  HTTP_REQUEST_TIMEOUT_SECONDS: whole(30, 1, 600),
  DATA_DIR: optionalText.default('./data'),
  KNOWLEDGE_DIR: optionalText.default('./knowledge'),
  STATE_RETENTION_DAYS: whole(35, 1, 3650),
  LOG_LEVEL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  // Default: "Gemeente <name>" with the name of the knowledge's gebieden.yaml (`organisationName`).
  ORGANISATION_NAME: optionalText,

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        error: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
      })
      .default('MultiTenant'),
  ),
  MicrosoftAppTenantId: optionalText,

  WEBCHAT_MODE: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['self-hosted', 'azure'], { error: 'must be self-hosted or azure' })
      .default('self-hosted'),
  ),
  WEBCHAT_TOKEN_SECRET: optionalText.pipe(
    z.string().min(32, { error: 'must be at least 32 characters long' }).optional(),
  ),
  WEBCHAT_TOKEN_TTL_SECONDS: whole(1800, 60, 24 * 3600),
  WEBCHAT_TOKEN_RATE_PER_MINUTE: whole(20, 1, 10_000),
  WEBCHAT_MESSAGES_PER_MINUTE: whole(30, 1, 10_000),
  WEBCHAT_MESSAGES_PER_MINUTE_PER_ADDRESS: whole(300, 1, 100_000),
  WEBCHAT_CONVERSATION_IDLE_MINUTES: whole(240, 5, 7 * 24 * 60),
  WEBCHAT_MAX_MESSAGE_CHARS: whole(2000, 100, 20_000),
  WEBCHAT_RESIDENT_KEY_IDLE_DAYS: whole(14, 1, 365),
  WEBCHAT_ALLOWED_ORIGINS: optionalText.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.url({
            protocol: /^https?$/,
            error: 'must be a comma-separated list of origins such as https://www.enschede.nl',
          }),
        ),
      )
      .optional(),
  ),
  AZURE_DIRECT_LINE_SECRET: optionalText,
  AZURE_DIRECT_LINE_DOMAIN: z.preprocess(
    (value) => (value === '' ? undefined : value),
    httpUrl.default('https://europe.directline.botframework.com/v3/directline'),
  ),
  QUICK_EXIT_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    httpUrl.default('https://www.google.nl'),
  ),

  // Cases and the warm handover (src/cases/, docs/adr/0006-case-model-and-retention.md).
  REFERENCE_PREFIX: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Z]{2,6}$/, { error: 'must be 2 to 6 capital letters, such as WW' })
      .default('WW'),
  ),
  HANDOVER_WORKING_DAYS: whole(3, 1, 20),
  CASE_CONTACT_RETENTION_DAYS: whole(30, 1, 3650),
  CASE_RETENTION_DAYS: whole(180, 1, 3650),
  CASE_DELIVERY_INTERVAL_SECONDS: whole(15, 1, 3600),
  CASE_DELIVERY_RETRY_BASE_SECONDS: whole(30, 1, 3600),
  CASE_DELIVERY_RETRY_MAX_SECONDS: whole(3600, 60, 86_400),
  // One attempt to post a card; a process that dies mid-post holds its case twice this long.
  CASE_DELIVERY_ATTEMPT_TIMEOUT_SECONDS: whole(30, 1, 600),

  // Microsoft Teams for the wijkteam (src/teams/, manifest/, docs/adr/0008-teams-cards-and-actions.md).
  TEAMS_APP_ID: optionalText.pipe(guid.optional()),
  TEAMS_APP_VERSION: optionalText.pipe(
    z
      .string()
      .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, {
        error: 'must be a version such as 1.0.0',
      })
      .default('1.0.0'),
  ),
  TEAMS_APP_SHORT_NAME: optionalText.pipe(
    z.string().max(30, { error: 'must be at most 30 characters' }).default('Wijkwijzer'),
  ),
  TEAMS_APP_FULL_NAME: optionalText.pipe(
    z.string().max(100, { error: 'must be at most 100 characters' }).optional(),
  ),
  TEAMS_DEVELOPER_NAME: optionalText.pipe(
    z.string().max(32, { error: 'must be at most 32 characters' }).optional(),
  ),
  TEAMS_DEVELOPER_WEBSITE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    // Default: the website in the knowledge's gemeentediensten.yaml, else none (`manifestValues`).
    httpsUrl.optional(),
  ),
  TEAMS_PRIVACY_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    httpsUrl.optional(),
  ),
  TEAMS_TERMS_URL: z.preprocess((value) => (value === '' ? undefined : value), httpsUrl.optional()),
  TEAMS_ACCENT_COLOR: optionalText.pipe(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour such as #1F4E79' })
      .default('#1F4E79'),
  ),
  TEAMS_SSO_RESOURCE: optionalText,
  TEAMS_COORDINATORS: optionalText.pipe(
    z
      .string()
      .optional()
      .transform((value) => (value ?? '').split(/[\s,;]+/).filter((item) => item !== ''))
      .pipe(z.array(guid)),
  ),
  TEAMS_PICKUP_WORKING_HOURS: whole(4, 1, 200),
  // Microsoft Graph, to look up a card in doubt before posting it again (docs/adr/0008).
  GRAPH_CARD_LOOKUP: flag(true),
  GRAPH_CLIENT_ID: optionalText,
  GRAPH_CLIENT_SECRET: optionalText,
  GRAPH_TENANT_ID: optionalText,
  GRAPH_URL: optionalText.pipe(httpUrl.optional()),
  GRAPH_LOGIN_URL: optionalText.pipe(httpUrl.optional()),

  // The Casusbord tab and staff sign-in (src/board/, docs/adr/0011-casusbord-and-staff-auth.md).
  BOARD_SSO_AUDIENCE: optionalText.pipe(commaList(z.string().min(1)).optional()),
  BOARD_SSO_TENANT_ID: optionalText.pipe(guid.optional()),
  BOARD_SSO_ISSUER: optionalText.pipe(
    commaList(z.url({ error: 'must be a comma-separated list of issuer URLs' })).optional(),
  ),
  BOARD_SSO_JWKS_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    httpUrl.optional(),
  ),
  BOARD_SSO_SCOPE: optionalText.pipe(z.string().default('access_as_user')),
  BOARD_SSO_CLOCK_TOLERANCE_SECONDS: whole(60, 0, 300),
  BOARD_DEV_LOGIN: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .optional()
      .transform((value) =>
        value === undefined ? undefined : value === 'true' || value === '1' || value === 'yes',
      ),
  ),
  STAFF_FILE: optionalText,

  // The gemeente's monitor (src/insights/, docs/adr/0017-insights-events-aggregates-and-anonymity.md).
  INSIGHTS_RETENTION_MONTHS: whole(36, 1, 240),
  // Storage (src/storage/, docs/adr/0019-storage-that-grows.md).
  DATABASE_URL: optionalText.pipe(
    z
      .url({
        protocol: /^postgres(ql)?$/,
        error: 'must be a PostgreSQL URL such as postgres://wijkwijzer@localhost:5432/wijkwijzer',
      })
      .optional(),
  ),
  DATABASE_POOL_SIZE: whole(10, 2, 200),
  ANONYMOUS_STATE_RETENTION_HOURS: whole(48, 1, 24 * 35),
  TEAMS_PICKUP_CHECK_SECONDS: whole(900, 1, 86_400),

  // The partner page, e-mail link sign-in and the "klopt dit nog?" round (src/partners/,
  // docs/adr/0018-partner-page-email-sign-in-change-log.md).
  SMTP_URL: optionalText.pipe(
    z
      .url({
        protocol: /^smtps?$/,
        error: 'must be an smtp:// or smtps:// URL such as smtps://user:password@mail.example.nl',
      })
      .optional(),
  ),
  MAIL_FROM: optionalText.pipe(
    z.string().max(200).default('Wijkwijzer <noreply@wijkwijzer.local>'),
  ),
  MAIL_OUTBOX_DIR: optionalText,
  PARTNERS_LINK_TTL_MINUTES: whole(15, 2, 120),
  PARTNERS_SESSION_HOURS: whole(8, 1, 24),
  PARTNERS_LINKS_PER_HOUR: whole(5, 1, 100),
  PARTNERS_SIGN_IN_RATE_PER_HOUR: whole(60, 1, 10_000),
  PARTNERS_APPROVAL: flag(false),
  KNOWLEDGE_CHECK_MONTHS: whole(6, 1, 24),
  KNOWLEDGE_UNCONFIRMED_GRACE_MONTHS: whole(3, 0, 24),
  KNOWLEDGE_HIDE_UNCONFIRMED: flag(false),
  PARTNERS_REMINDER_DAYS: whole(7, 7, 90),
  PARTNERS_LOG_RETENTION_MONTHS: whole(24, 1, 240),

  // Development conveniences, opt-in only (docs/adr/0015-security-posture.md).
  DEVELOPMENT_MODE: flag(false),
  METRICS_TOKEN: optionalText.pipe(
    z.string().min(32, { error: 'must be at least 32 characters long' }).optional(),
  ),
  METRICS_HOST: optionalText.default('127.0.0.1'),
  METRICS_PORT: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'must be a port number between 1 and 65535' })
      .int({ error: 'must be a port number between 1 and 65535' })
      .min(1, { error: 'must be at least 1' })
      .max(65535, { error: 'must be at most 65535' })
      .optional(),
  ),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  readonly env: Environment['NODE_ENV'];
  /**
   * DEVELOPMENT_MODE: the conveniences of a local trial (an open /api/messages without an app
   * registration, relaying only to loopback; the development login; the shipped token secret).
   * Off unless asked for, whatever NODE_ENV says; refused together with production settings.
   */
  readonly development: boolean;
  readonly server: {
    readonly host: string;
    readonly port: number;
    /** How browsers and channels reach this bot; serviceUrl of the web chat channel. */
    readonly publicUrl: string;
    readonly trustProxy: boolean;
    readonly maxBodyBytes: number;
    /** How long a client may take to send one whole request (a slow client holds a socket). */
    readonly requestTimeoutSeconds: number;
  };
  readonly paths: {
    readonly dataDir: string;
    readonly knowledgeDir: string;
  };
  /** Conversation and user state nobody touched for this many days is deleted. */
  readonly stateRetentionDays: number;
  readonly log: { readonly level: Environment['LOG_LEVEL'] };
  /** ORGANISATION_NAME, else "Gemeente <name>" from the knowledge (`organisationName`). */
  readonly organisation: { readonly name: string };
  readonly botFramework: {
    readonly appId: string | undefined;
    readonly appPassword: string | undefined;
    readonly appType: Environment['MicrosoftAppType'];
    readonly tenantId: string | undefined;
  };
  readonly webchat: {
    readonly mode: Environment['WEBCHAT_MODE'];
    readonly tokenSecret: string;
    /** True when the shipped development secret is in use: only in development mode. */
    readonly usesDevelopmentSecret: boolean;
    /** True when no secret was set outside development mode: a random one, valid until restart. */
    readonly usesEphemeralSecret: boolean;
    readonly tokenTtlSeconds: number;
    readonly tokenRatePerMinute: number;
    /**
     * Activities a conversation and a client address may post per minute (each starts a bot turn):
     * one token must not keep the process busy for everyone (docs/adr/0015-security-posture.md §1).
     */
    readonly messagesPerMinute: { readonly conversation: number; readonly address: number };
    readonly conversationIdleMinutes: number;
    readonly maxMessageChars: number;
    /**
     * The widget forgets its resident key after this many days unused, so a shared computer does
     * not keep linking visitors to one resident for long (docs/privacy.md, "Shared computers").
     */
    readonly residentKeyIdleDays: number;
    /** Other websites that may embed the widget (CORS); the bot's own origin always may. */
    readonly allowedOrigins: readonly string[];
    readonly quickExitUrl: string;
    readonly azure: {
      readonly secret: string | undefined;
      readonly domain: string;
    };
  };
  readonly cases: {
    /** First part of a case reference such as WW-2026-000123. */
    readonly referencePrefix: string;
    /** The promise made to residents: the wijkteam contacts you within this many working days. */
    readonly handoverWorkingDays: number;
    readonly retention: {
      /** Contact details are anonymised this many days after a case is closed. */
      readonly contactDays: number;
      /** The whole case is deleted this many days after it is closed. */
      readonly caseDays: number;
    };
    readonly delivery: {
      readonly intervalSeconds: number;
      readonly retryBaseSeconds: number;
      readonly retryMaxSeconds: number;
      /** One delivery attempt; the outbox lease on a case is twice this (ADR 0019). */
      readonly attemptTimeoutSeconds: number;
    };
  };
  readonly teams: {
    /** The Teams app id (manifest `id`); the bot's app id or a development id when unset. */
    readonly appId: string;
    /** True when no TEAMS_APP_ID or MicrosoftAppId was given: fine to look at, not to upload. */
    readonly usesDevelopmentAppId: boolean;
    readonly appVersion: string;
    readonly shortName: string;
    readonly fullName: string;
    readonly developerName: string;
    /**
     * TEAMS_DEVELOPER_WEBSITE_URL, else the https website of the knowledge's gemeentediensten.yaml;
     * undefined without both (the package then says so and stands in the bot's own host).
     */
    readonly websiteUrl: string | undefined;
    readonly privacyUrl: string | undefined;
    readonly termsOfUseUrl: string | undefined;
    readonly accentColor: string;
    /** Application ID URI for Teams SSO (`webApplicationInfo.resource`); derived when unset. */
    readonly ssoResource: string | undefined;
    /** Entra object ids of the staff who may link a channel to a wijkteam and act on any case. */
    readonly coordinators: readonly string[];
    /** A new case nobody picked up within this many working hours is raised again in the channel. */
    readonly pickupWorkingHours: number;
    /**
     * Microsoft Graph (app-only, client credentials) to look up a card in doubt; undefined when
     * off or without an app id and secret: a card in doubt is then posted again.
     */
    readonly graph: GraphConfig | undefined;
  };
  readonly board: {
    /** How Teams SSO tokens are checked; undefined when not configured (no tenant or app id). */
    readonly sso: BoardSsoSettings | undefined;
    /** The development login (fictitious personas); never true in production. */
    readonly devLogin: boolean;
    /** STAFF_FILE: staff, their wijkteams and the coordinator flag; undefined when unset. */
    readonly staffFile: string | undefined;
  };
  readonly insights: {
    /** Aggregated counts older than this many whole months are deleted (INSIGHTS_RETENTION_MONTHS). */
    readonly retentionMonths: number;
  };
  readonly storage: {
    /** PostgreSQL for more than one process; undefined: the embedded files in DATA_DIR. */
    readonly databaseUrl: string | undefined;
    /** Connections per process. */
    readonly poolSize: number;
    /** State nobody can come back to (src/bot/stateRetention.ts) goes after this many hours. */
    readonly anonymousStateRetentionHours: number;
    /** How often each instance runs the pick-up reminder job (all together post once). */
    readonly pickupCheckSeconds: number;
  };
  readonly partners: PartnerSettings;
  /** Who may read /metrics (docs/adr/0016-runtime-deployment-and-test-tiers.md); closed when both unset. */
  readonly metrics: {
    /** Bearer token for GET /metrics on the bot's port (and on the internal listener). */
    readonly token: string | undefined;
    /** An internal listener that serves only /metrics; undefined: none. */
    readonly listener: { readonly host: string; readonly port: number } | undefined;
  };
}

/** The partner page, its sign-in by e-mail link and the review round (docs/adr/0018). */
export interface PartnerSettings {
  readonly mail: {
    /** SMTP_URL; undefined: development writes mail to the outbox folder, production sends none. */
    readonly smtpUrl: string | undefined;
    readonly from: string;
    /** Where mail goes when no SMTP server is set (never in production). */
    readonly outboxDir: string;
  };
  readonly linkTtlMinutes: number;
  readonly sessionHours: number;
  /** Sign-in links one e-mail address may ask for per hour. */
  readonly linksPerHour: number;
  /** Requests to the two sign-in routes one client address may make per hour (docs/security.md). */
  readonly signInRatePerHour: number;
  /** Changes by partners wait for the redactie before they are written. */
  readonly approval: boolean;
  readonly review: {
    /** An entry is offered for "klopt dit nog?" this many months after its last check. */
    readonly checkMonths: number;
    /** Still unconfirmed this many months after it was due: flagged (and hidden when set). */
    readonly graceMonths: number;
    readonly hideUnconfirmed: boolean;
    /** At most one reminder per beheerder in this many days. */
    readonly reminderDays: number;
  };
  /** Change log and audit records older than this many months are removed by a daily job. */
  readonly logRetentionMonths: number;
}

/** What a Teams SSO token for the Casusbord must satisfy (docs/adr/0011). */
export interface BoardSsoSettings {
  readonly tenantId: string | undefined;
  /** `aud`: the app id (v2 tokens) and/or the Application ID URI (v1 tokens). */
  readonly audiences: readonly string[];
  /** `iss`: the tenant's v2.0 and v1 issuers by default. */
  readonly issuers: readonly string[];
  /** Where the tenant publishes its signing keys. */
  readonly jwksUrl: string;
  /** The delegated scope the token must carry in `scp`, such as access_as_user. */
  readonly requiredScope: string;
  readonly clockToleranceSeconds: number;
}

/** Thrown when the environment cannot give a working configuration; lists every problem at once. */
export class ConfigError extends WijkwijzerError {
  readonly problems: readonly string[];

  constructor(code: 'WW-1001' | 'WW-1002' | 'WW-1003' | 'WW-1004', problems: readonly string[]) {
    super(code, { detail: { problems: problems.join('; ') } });
    this.problems = problems;
    this.message = `${code} Configuration error:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
  }
}

/** Settings a production deployment cannot do without, each with the reason an operator reads. */
function requiredInProduction(environment: Environment): string[] {
  const missing: string[] = [];
  const need = (name: keyof Environment, why: string) => {
    if (environment[name] === undefined)
      missing.push(`${name} is required when NODE_ENV=production (${why})`);
  };
  need(
    'MicrosoftAppId',
    'the Bot Framework app registration; without it requests are not authenticated',
  );
  if (environment.MicrosoftAppType !== 'UserAssignedMSI') {
    need('MicrosoftAppPassword', 'the client secret of the app registration');
  }
  if (environment.MicrosoftAppType !== 'MultiTenant') {
    need(
      'MicrosoftAppTenantId',
      `the tenant of a ${environment.MicrosoftAppType} app registration`,
    );
  }
  if (environment.WEBCHAT_MODE === 'self-hosted') {
    need(
      'WEBCHAT_TOKEN_SECRET',
      'signs the web chat channel tokens; at least 32 random characters',
    );
  } else {
    need('AZURE_DIRECT_LINE_SECRET', 'exchanged server-side for Azure Direct Line tokens');
  }
  return missing;
}

/**
 * Settings that mean "this is a real deployment": NODE_ENV=production, or the client secret of a
 * real app registration (the bot's, or the one Microsoft Graph uses). Development conveniences are
 * refused next to any of them (docs/adr/0015-security-posture.md), so a forgotten flag cannot open
 * a real deployment.
 */
function productionSettings(environment: Environment): string[] {
  const found: string[] = [];
  if (environment.NODE_ENV === 'production') found.push('NODE_ENV=production');
  if (environment.MicrosoftAppPassword !== undefined) found.push('MicrosoftAppPassword');
  if (environment.GRAPH_CLIENT_SECRET !== undefined && !graphOnLoopback(environment)) {
    found.push('GRAPH_CLIENT_SECRET');
  }
  return found;
}

/**
 * Graph and its sign-in both on this machine: a loopback fake (the end-to-end tests'), which no
 * real app registration's secret is sent to. As DEVELOPMENT_MODE relays only to loopback, its
 * secret alone does not make a real deployment. The gates ask the same (src/shared/developmentGate.ts).
 */
function graphOnLoopback(environment: Environment): boolean {
  return allOnLoopback(environment.GRAPH_URL, environment.GRAPH_LOGIN_URL);
}

/**
 * GRAPH_CLIENT_ID and GRAPH_CLIENT_SECRET name one app registration together: one without the
 * other would pair an id with the bot's secret, or leave a secret unused without a word.
 */
function graphPairProblems(environment: Environment): string[] {
  const id = environment.GRAPH_CLIENT_ID !== undefined;
  const secret = environment.GRAPH_CLIENT_SECRET !== undefined;
  if (id === secret) return [];
  return [
    id
      ? 'GRAPH_CLIENT_SECRET: is required with GRAPH_CLIENT_ID (the secret of that app registration)'
      : 'GRAPH_CLIENT_ID: is required with GRAPH_CLIENT_SECRET (the app registration it belongs to)',
  ];
}

function developmentRefusals(environment: Environment): string[] {
  const production = productionSettings(environment);
  if (production.length === 0) return [];
  const together = production.join(' and ');
  const problems: string[] = [];
  if (environment.DEVELOPMENT_MODE) {
    problems.push(
      `DEVELOPMENT_MODE: cannot be true together with ${together} (it opens /api/messages and the development login)`,
    );
  }
  if (environment.BOARD_DEV_LOGIN === true) {
    problems.push(
      `BOARD_DEV_LOGIN: cannot be true together with ${together} (anyone could act as any staff member)`,
    );
  }
  return problems;
}

/** Published secrets: anyone who read this repository knows them. */
const KNOWN_SECRETS = new Set([
  DEVELOPMENT_TOKEN_SECRET,
  'test-only-web-chat-token-secret-0123456789',
]);
/** A random secret of 32 characters or more has far more distinct characters than this. */
const MIN_DISTINCT_SECRET_CHARACTERS = 12;

/** Production refuses a web chat token secret anyone could know or guess (docs/adr/0015-security-posture.md). */
function weakSecretProblems(environment: Environment): string[] {
  const secret = environment.WEBCHAT_TOKEN_SECRET;
  if (environment.NODE_ENV !== 'production' || secret === undefined) return [];
  if (KNOWN_SECRETS.has(secret)) {
    return [
      'WEBCHAT_TOKEN_SECRET: is a published example; generate one with `openssl rand -base64 48`',
    ];
  }
  if (new Set(secret).size < MIN_DISTINCT_SECRET_CHARACTERS) {
    return [
      'WEBCHAT_TOKEN_SECRET: is too easy to guess; generate one with `openssl rand -base64 48`',
    ];
  }
  return [];
}

/**
 * Teams SSO for the Casusbord, from explicit BOARD_SSO_* settings or derived from the bot's app
 * registration: the same app id and Application ID URI the manifest's webApplicationInfo gets.
 */
function boardSsoSettings(
  environment: Environment,
  publicHost: string,
): BoardSsoSettings | undefined {
  const tenantId =
    environment.BOARD_SSO_TENANT_ID ?? guid.safeParse(environment.MicrosoftAppTenantId).data;
  const appId = guid.safeParse(environment.MicrosoftAppId).data;
  const host =
    environment.PUBLIC_URL === undefined ? publicHost : new URL(environment.PUBLIC_URL).hostname;
  const audiences =
    environment.BOARD_SSO_AUDIENCE ??
    (appId === undefined
      ? []
      : [appId, environment.TEAMS_SSO_RESOURCE ?? `api://${host}/${appId}`]);
  const issuers =
    environment.BOARD_SSO_ISSUER ??
    (tenantId === undefined
      ? []
      : [
          `https://login.microsoftonline.com/${tenantId}/v2.0`,
          `https://sts.windows.net/${tenantId}/`,
        ]);
  const jwksUrl =
    environment.BOARD_SSO_JWKS_URL ??
    (tenantId === undefined
      ? undefined
      : `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`);
  if (audiences.length === 0 || issuers.length === 0 || jwksUrl === undefined) return undefined;
  return {
    tenantId,
    audiences,
    issuers,
    jwksUrl,
    requiredScope: environment.BOARD_SSO_SCOPE,
    clockToleranceSeconds: environment.BOARD_SSO_CLOCK_TOLERANCE_SECONDS,
  };
}

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child);
  }
  return Object.freeze(value);
}

/**
 * What the organisation is called where no ORGANISATION_NAME is set: "Gemeente <name>" with the
 * name the knowledge gives, else a word that fits any gemeente. Never another gemeente's name.
 */
export function organisationName(
  configured: string | undefined,
  gemeente: GemeenteIdentity,
): string {
  return configured ?? (gemeente.name === undefined ? 'Gemeente' : `Gemeente ${gemeente.name}`);
}

/**
 * Reads the configuration from an environment (by default the process's). Pure apart from that read
 * and `gemeente`: it throws a `ConfigError` naming every invalid or missing variable, and never
 * echoes a value, because values may be secrets. `gemeente` says who the gemeente is from its
 * knowledge directory (KNOWLEDGE_DIR), for the defaults of ORGANISATION_NAME and the Teams
 * publisher's website; the composition root and `wijkwijzer teams` pass `readGemeenteIdentity`,
 * commands that show neither leave it out (and get the neutral defaults).
 */
export function loadConfig(
  source: NodeJS.ProcessEnv = process.env,
  gemeente: (knowledgeDir: string) => GemeenteIdentity = () => ({}),
): Config {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      'WW-1001',
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    );
  }
  const environment = parsed.data;
  const unpaired = graphPairProblems(environment);
  if (unpaired.length > 0) throw new ConfigError('WW-1001', unpaired);
  if (environment.NODE_ENV === 'production') {
    const missing = requiredInProduction(environment);
    if (missing.length > 0) throw new ConfigError('WW-1002', missing);
  }

  const refusedTogether = developmentRefusals(environment);
  if (refusedTogether.length > 0) throw new ConfigError('WW-1003', refusedTogether);
  const weakSecrets = weakSecretProblems(environment);
  if (weakSecrets.length > 0) throw new ConfigError('WW-1004', weakSecrets);
  const development = environment.DEVELOPMENT_MODE;

  const teamsAppId = environment.TEAMS_APP_ID ?? guid.safeParse(environment.MicrosoftAppId).data;
  const knowledgeDir = path.resolve(environment.KNOWLEDGE_DIR);
  const identity = gemeente(knowledgeDir);
  const organisation = organisationName(environment.ORGANISATION_NAME, identity);
  const website = environment.TEAMS_DEVELOPER_WEBSITE_URL ?? identity.website?.replace(/\/+$/, '');
  const host = environment.HOST;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return deepFreeze({
    env: environment.NODE_ENV,
    development,
    server: {
      host,
      port: environment.PORT,
      publicUrl: environment.PUBLIC_URL ?? `http://${publicHost}:${environment.PORT}`,
      trustProxy: environment.TRUST_PROXY,
      maxBodyBytes: environment.MAX_BODY_BYTES,
      requestTimeoutSeconds: environment.HTTP_REQUEST_TIMEOUT_SECONDS,
    },
    paths: {
      dataDir: path.resolve(environment.DATA_DIR),
      knowledgeDir,
    },
    stateRetentionDays: environment.STATE_RETENTION_DAYS,
    log: { level: environment.LOG_LEVEL },
    organisation: { name: organisation },
    botFramework: {
      appId: environment.MicrosoftAppId,
      appPassword: environment.MicrosoftAppPassword,
      appType: environment.MicrosoftAppType,
      tenantId: environment.MicrosoftAppTenantId,
    },
    webchat: {
      mode: environment.WEBCHAT_MODE,
      tokenSecret:
        environment.WEBCHAT_TOKEN_SECRET ??
        (development ? DEVELOPMENT_TOKEN_SECRET : randomBytes(48).toString('base64url')),
      usesDevelopmentSecret: environment.WEBCHAT_TOKEN_SECRET === undefined && development,
      usesEphemeralSecret: environment.WEBCHAT_TOKEN_SECRET === undefined && !development,
      tokenTtlSeconds: environment.WEBCHAT_TOKEN_TTL_SECONDS,
      tokenRatePerMinute: environment.WEBCHAT_TOKEN_RATE_PER_MINUTE,
      messagesPerMinute: {
        conversation: environment.WEBCHAT_MESSAGES_PER_MINUTE,
        address: environment.WEBCHAT_MESSAGES_PER_MINUTE_PER_ADDRESS,
      },
      conversationIdleMinutes: environment.WEBCHAT_CONVERSATION_IDLE_MINUTES,
      maxMessageChars: environment.WEBCHAT_MAX_MESSAGE_CHARS,
      residentKeyIdleDays: environment.WEBCHAT_RESIDENT_KEY_IDLE_DAYS,
      allowedOrigins: (environment.WEBCHAT_ALLOWED_ORIGINS ?? []).map(
        (origin) => new URL(origin).origin,
      ),
      quickExitUrl: environment.QUICK_EXIT_URL,
      azure: {
        secret: environment.AZURE_DIRECT_LINE_SECRET,
        domain: environment.AZURE_DIRECT_LINE_DOMAIN,
      },
    },
    cases: {
      referencePrefix: environment.REFERENCE_PREFIX,
      handoverWorkingDays: environment.HANDOVER_WORKING_DAYS,
      retention: {
        contactDays: environment.CASE_CONTACT_RETENTION_DAYS,
        caseDays: environment.CASE_RETENTION_DAYS,
      },
      delivery: {
        intervalSeconds: environment.CASE_DELIVERY_INTERVAL_SECONDS,
        retryBaseSeconds: environment.CASE_DELIVERY_RETRY_BASE_SECONDS,
        retryMaxSeconds: environment.CASE_DELIVERY_RETRY_MAX_SECONDS,
        attemptTimeoutSeconds: environment.CASE_DELIVERY_ATTEMPT_TIMEOUT_SECONDS,
      },
    },
    teams: {
      appId: teamsAppId ?? DEVELOPMENT_TEAMS_APP_ID,
      usesDevelopmentAppId: teamsAppId === undefined,
      appVersion: environment.TEAMS_APP_VERSION,
      shortName: environment.TEAMS_APP_SHORT_NAME,
      fullName: environment.TEAMS_APP_FULL_NAME ?? `Digitale wijkwijzer ${organisation}`,
      developerName: environment.TEAMS_DEVELOPER_NAME ?? organisation.slice(0, 32),
      websiteUrl: website,
      privacyUrl: environment.TEAMS_PRIVACY_URL ?? website,
      termsOfUseUrl: environment.TEAMS_TERMS_URL ?? website,
      accentColor: environment.TEAMS_ACCENT_COLOR,
      ssoResource: environment.TEAMS_SSO_RESOURCE,
      coordinators: environment.TEAMS_COORDINATORS,
      pickupWorkingHours: environment.TEAMS_PICKUP_WORKING_HOURS,
      graph: graphConfig(environment),
    },
    board: {
      sso: boardSsoSettings(environment, publicHost),
      // An explicit BOARD_DEV_LOGIN=true is an opt-in of its own (tests and trials of the board).
      devLogin: environment.BOARD_DEV_LOGIN ?? development,
      staffFile:
        environment.STAFF_FILE === undefined ? undefined : path.resolve(environment.STAFF_FILE),
    },
    insights: { retentionMonths: environment.INSIGHTS_RETENTION_MONTHS },
    storage: {
      databaseUrl: environment.DATABASE_URL,
      poolSize: environment.DATABASE_POOL_SIZE,
      anonymousStateRetentionHours: environment.ANONYMOUS_STATE_RETENTION_HOURS,
      pickupCheckSeconds: environment.TEAMS_PICKUP_CHECK_SECONDS,
    },
    partners: {
      mail: {
        smtpUrl: environment.SMTP_URL,
        from: environment.MAIL_FROM,
        outboxDir: path.resolve(
          environment.MAIL_OUTBOX_DIR ?? path.join(environment.DATA_DIR, 'outbox'),
        ),
      },
      linkTtlMinutes: environment.PARTNERS_LINK_TTL_MINUTES,
      sessionHours: environment.PARTNERS_SESSION_HOURS,
      linksPerHour: environment.PARTNERS_LINKS_PER_HOUR,
      signInRatePerHour: environment.PARTNERS_SIGN_IN_RATE_PER_HOUR,
      approval: environment.PARTNERS_APPROVAL,
      review: {
        checkMonths: environment.KNOWLEDGE_CHECK_MONTHS,
        graceMonths: environment.KNOWLEDGE_UNCONFIRMED_GRACE_MONTHS,
        hideUnconfirmed: environment.KNOWLEDGE_HIDE_UNCONFIRMED,
        reminderDays: environment.PARTNERS_REMINDER_DAYS,
      },
      logRetentionMonths: environment.PARTNERS_LOG_RETENTION_MONTHS,
    },
    metrics: {
      token: environment.METRICS_TOKEN,
      listener:
        environment.METRICS_PORT === undefined
          ? undefined
          : { host: environment.METRICS_HOST, port: environment.METRICS_PORT },
    },
  });
}

export interface GraphConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** GRAPH_TENANT_ID or MicrosoftAppTenantId; else the tenant each channel was linked in. */
  readonly tenantId: string | undefined;
  readonly graphUrl: string;
  readonly loginUrl: string;
}

/** Graph with the bot's own app registration unless GRAPH_CLIENT_* say otherwise. */
function graphConfig(environment: Environment): GraphConfig | undefined {
  const clientId = environment.GRAPH_CLIENT_ID ?? environment.MicrosoftAppId;
  const clientSecret = environment.GRAPH_CLIENT_SECRET ?? environment.MicrosoftAppPassword;
  if (!environment.GRAPH_CARD_LOOKUP || clientId === undefined || clientSecret === undefined) {
    return undefined;
  }
  return {
    clientId,
    clientSecret,
    tenantId: environment.GRAPH_TENANT_ID ?? environment.MicrosoftAppTenantId,
    graphUrl: environment.GRAPH_URL ?? 'https://graph.microsoft.com',
    loginUrl: environment.GRAPH_LOGIN_URL ?? 'https://login.microsoftonline.com',
  };
}
