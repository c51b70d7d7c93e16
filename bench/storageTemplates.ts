/**
 * Realistic stored data for `bench/storage.ts`: one resident conversation run through the real
 * product (an intake turn, then a warm handover) on a throwaway data directory, and the state items
 * and the case it left behind. The benchmark clones these to any number of conversations and cases,
 * so the seeded data has the shape and size the product really writes.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { composeApp } from '../src/index.js';
import { createLogger } from '../src/shared/logger.js';
import { freePort } from '../test/support/http.js';
import { messagesTurn } from '../test/support/messagesTurn.js';

import {
  HANDOVER_CONFIRM,
  HANDOVER_SCRIPT,
  REFERENCE_PATTERN,
} from '../test/support/handoverScript.js';

export interface StoredTemplates {
  /** Bot state items by kind, as botbuilder stores them (without eTag). */
  readonly conversationState: Record<string, unknown>;
  readonly userState: Record<string, unknown>;
  /** A stored case as the repository returned it. */
  readonly storedCase: Record<string, unknown>;
}

export interface TurnReply {
  readonly texts: string[];
}

/** One turn through /api/messages with expectReplies; resolves with the reply texts. */
export async function postTurn(
  url: string,
  conversationId: string,
  text: string,
  sequence: number,
): Promise<TurnReply> {
  const reply = await messagesTurn(url, conversationId, text, sequence);
  if (reply.status !== 200) throw new Error(`turn failed with HTTP ${reply.status}`);
  return { texts: reply.texts };
}

/** Walks the handover script; resolves with the reference and the confirm turn's latency. */
export async function handover(
  url: string,
  conversationId: string,
): Promise<{ reference: string; confirmMs: number }> {
  let sequence = 0;
  for (const line of HANDOVER_SCRIPT) await postTurn(url, conversationId, line, sequence++);
  const started = performance.now();
  const reply = await postTurn(url, conversationId, HANDOVER_CONFIRM, sequence);
  const confirmMs = performance.now() - started;
  const reference = reply.texts.map((text) => REFERENCE_PATTERN.exec(text)?.[1]).find(Boolean);
  if (reference === undefined) {
    throw new Error(`no reference after "${HANDOVER_CONFIRM}": ${reply.texts.join(' | ')}`);
  }
  return { reference, confirmMs };
}

/** Runs one handover conversation in-process on the embedded default and returns what it stored. */
export async function recordTemplates(): Promise<StoredTemplates> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wijkwijzer-template-'));
  const port = await freePort();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'development',
    DEVELOPMENT_MODE: 'true',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: '',
  });
  const app = await composeApp(config, createLogger({ level: 'silent' }));
  try {
    const base = await app.start();
    await handover(`${base}/api/messages`, 'template-conversation');
  } finally {
    await app.stop();
  }
  try {
    return await readTemplates(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function readTemplates(dataDir: string): Promise<StoredTemplates> {
  const items: Array<{ key: string; value: Record<string, unknown> }> = [];
  for (const relative of await readdir(path.join(dataDir, 'state'), { recursive: true })) {
    if (!String(relative).endsWith('.json')) continue;
    items.push(
      JSON.parse(await readFile(path.join(dataDir, 'state', String(relative)), 'utf8')) as {
        key: string;
        value: Record<string, unknown>;
      },
    );
  }
  const pick = (part: string) => {
    const found = items.find((item) => item.key.includes(part));
    if (found === undefined) throw new Error(`no ${part} state item in the template run`);
    return found.value;
  };
  const caseFiles = (await readdir(path.join(dataDir, 'cases'), { recursive: true }))
    .map(String)
    .filter((name) => /WW-\d{4}-\d+\.json$/.test(name));
  const [first] = caseFiles;
  if (first === undefined) throw new Error('the template run stored no case');
  const storedCase = JSON.parse(
    await readFile(path.join(dataDir, 'cases', first), 'utf8'),
  ) as Record<string, unknown>;
  return {
    conversationState: pick('/conversations/'),
    userState: pick('/users/'),
    storedCase,
  };
}
