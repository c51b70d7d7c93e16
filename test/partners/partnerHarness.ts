import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startApp, type RunningApp } from '../support/app.js';
import { startLoopbackSmtp, linkIn, type LoopbackSmtp } from '../support/loopbackSmtp.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/**
 * The real bot on a temporary copy of knowledge/ (never the real one), with fictitious partner
 * addresses in the copy's beheerders.yaml and a loopback SMTP server for the sign-in mail.
 */

export const ANNA = 'anna@alifa.example';
export const HENK = 'henk@humanitas.example';
export const RIA = 'ria@redactie.example';

/** What the tests read from API answers. */
export interface EntryBody {
  readonly id: string;
  readonly naam: string;
  readonly etag: string;
  readonly entry: Record<string, unknown>;
  readonly review: { readonly state: string; readonly dueOn: string | null };
  readonly pending: number | null;
}

export interface PartnerBody {
  readonly error?: { readonly code: string; readonly message: string };
  readonly token?: string;
  readonly entries?: readonly EntryBody[];
  readonly current?: EntryBody | null;
  readonly check?: {
    readonly errors: readonly { code: string; field: string | null; message: string }[];
  };
  readonly errors?: readonly { code: string; field: string | null; message: string }[];
  readonly warnings?: readonly { code: string; field: string | null; message: string }[];
  readonly card?: unknown;
  readonly entry?: Record<string, unknown>;
  readonly state?: string;
  readonly change?: number;
  readonly action?: string;
  readonly etag?: string;
  readonly changes?: readonly {
    seq: number;
    action: string;
    entryId: string;
    actor: { label: string };
  }[];
  readonly [key: string]: unknown;
}

export interface PartnerHarness {
  readonly app: RunningApp;
  readonly smtp: LoopbackSmtp;
  readonly knowledgeDir: string;
  readonly baseUrl: string;
  /** Asks for a link for `email` and returns the token from the mail. */
  linkFor(email: string, beheerderNaam?: string): Promise<string>;
  /** Signs in through a link and returns the session token. */
  signIn(email: string): Promise<string>;
  call(
    method: string,
    route: string,
    token?: string,
    body?: unknown,
  ): Promise<{ status: number; body: PartnerBody }>;
  readKnowledge(file: string): Promise<string>;
  close(): Promise<void>;
}

export async function addPartnerAddresses(knowledgeDir: string): Promise<void> {
  const file = path.join(knowledgeDir, 'beheerders.yaml');
  const text = await readFile(file, 'utf8');
  const withAddresses = text
    .replace(
      '  - id: alifa\n    naam: Alifa\n    website: https://www.alifa.nl\n',
      `  - id: alifa\n    naam: Alifa\n    website: https://www.alifa.nl\n    medewerkers: [${ANNA}]\n`,
    )
    .replace(
      '  - id: humanitas\n    naam: Humanitas\n    website: https://www.humanitas.nl\n',
      `  - id: humanitas\n    naam: Humanitas\n    website: https://www.humanitas.nl\n    medewerkers: [${HENK}]\n`,
    )
    .replace(
      '  - id: redactie-wijkwijzer\n    naam: Redactie van de wijkwijzer (gemeente Enschede)\n',
      `  - id: redactie-wijkwijzer\n    naam: Redactie van de wijkwijzer (gemeente Enschede)\n    medewerkers: [${RIA}]\n    redactie: true\n`,
    );
  if (withAddresses.split('medewerkers:').length !== 4)
    throw new Error('beheerders.yaml changed shape');
  await writeFile(file, withAddresses);
}

/** `prepare` changes the copy of knowledge/ before the bot starts on it (another gemeente's fields). */
export async function startPartnerHarness(
  environment: NodeJS.ProcessEnv = {},
  prepare: (knowledgeDir: string) => Promise<void> = async () => {},
): Promise<PartnerHarness> {
  const temp: TempDirectory = await createTempDirectory('wijkwijzer-partners-');
  const knowledgeDir = path.join(temp.path, 'knowledge');
  await cp(path.resolve('knowledge'), knowledgeDir, { recursive: true });
  await addPartnerAddresses(knowledgeDir);
  await prepare(knowledgeDir);
  const smtp = await startLoopbackSmtp();
  const app = await startApp({
    KNOWLEDGE_DIR: knowledgeDir,
    SMTP_URL: smtp.url,
    NODE_ENV: 'test',
    ...environment,
  });
  const call = async (method: string, route: string, token?: string, body?: unknown) => {
    const response = await fetch(`${app.baseUrl}${route}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text === '' ? {} : JSON.parse(text)) as PartnerBody,
    };
  };
  const linkFor = async (email: string, beheerderNaam?: string) => {
    const asked = await call('POST', '/api/partners/sign-in/request', undefined, { email });
    if (asked.status !== 202) throw new Error(`link request answered ${asked.status}`);
    return linkIn(await smtp.nextTo(email), beheerderNaam);
  };
  return {
    app,
    smtp,
    knowledgeDir,
    baseUrl: app.baseUrl,
    linkFor,
    signIn: async (email) => {
      const link = await linkFor(email);
      const signedIn = await call('POST', '/api/partners/sign-in', undefined, { link });
      if (signedIn.status !== 200) throw new Error(`sign-in answered ${signedIn.status}`);
      return signedIn.body.token ?? '';
    },
    call,
    readKnowledge: (file) => readFile(path.join(knowledgeDir, file), 'utf8'),
    close: async () => {
      await app.stop();
      await smtp.close();
      await temp.remove();
    },
  };
}
