import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ACTIVITY_TYPES } from '../../src/directline/activitySchemas.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { startApp, type RunningApp } from '../support/app.js';
import { captureLogger } from '../support/logs.js';
import { fuzzRuns } from './fuzzRuns.js';
import { IDENTIFIERS, MESSAGE_WITH_IDENTIFIERS, identifiersIn } from './identifiers.js';

/**
 * The fuzz suite over every HTTP edge of the running product (docs/adr/0015-security-posture.md): Direct Line,
 * /api/messages, the token route, the board API and card invokes, all against one app as
 * `npm run dev` composes it. For every malformed request the process stays up, the answer is a 4xx
 * with a catalogue code and a Dutch text, no stored file changes, and no log line carries an
 * identifier typed into the request. Runs are few by default (a few seconds per edge); set
 * FUZZ_RUNS_FACTOR=20 for a longer run. The knowledge files have their own fuzz test beside this.
 */

let app: RunningApp;
const logs = captureLogger();
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
let snapshot: Map<string, string>;
let residentToken: string;
let conversationId: string;
let staffToken: string;

const projectRoot = findProjectRoot();

async function fileHashes(dirs: readonly string[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      hashes.set(
        file,
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      );
    }
  }
  return hashes;
}

const storedDirs = () => [app.dataDir, path.join(projectRoot, 'knowledge')];

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

async function send(
  method: string,
  route: string,
  body: string | undefined,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const request = () =>
    fetch(`${app.baseUrl}${route}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body ?? null,
    });
  // A kept-alive connection that the server closed for idleness just as it was reused resets:
  // that is the client's race, not an answer, so such a request is sent once more.
  const response = await request().catch(async (error: unknown) => {
    if (!/ECONNRESET|other side closed/.test(String((error as { cause?: unknown }).cause)))
      throw error;
    return request();
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the assertion below says so
  }
  return { status: response.status, body: parsed };
}

/** A refusal: 4xx with a catalogue code and a Dutch text (never a stack or the input). */
function expectRefusal(answer: Answer): void {
  expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
  expect(answer.body).toMatchObject({
    error: { code: expect.stringMatching(/^WW-\d{4}$/), message: expect.any(String) },
  });
  const message = (answer.body as { error: { message: string } }).error.message;
  expect(identifiersIn(message)).toEqual([]);
}

/** Text with identifiers mixed in, as a resident pastes it. */
const textWithIdentifiers = fc
  .tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...Object.values(IDENTIFIERS)))
  .map(([noise, identifier]) => `${noise} ${identifier} ${noise}`);

/** JSON values that are not an object: a body of the wrong kind altogether. */
const notAnObject = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 5 }),
);

const deepJson = fc
  .integer({ min: 70, max: 3000 })
  .map((depth) => `{"type":"message","text":"x","value":${'['.repeat(depth)}${']'.repeat(depth)}}`);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  // Budgets high enough that every fuzzed activity reaches the bot (messageFlood tests the budget).
  app = await startApp(
    {
      LOG_LEVEL: 'debug',
      WEBCHAT_TOKEN_RATE_PER_MINUTE: '10000',
      WEBCHAT_MESSAGES_PER_MINUTE: '10000',
      WEBCHAT_MESSAGES_PER_MINUTE_PER_ADDRESS: '100000',
    },
    logs.logger,
  );
  const token = await send('POST', '/api/webchat/token', '{}');
  residentToken = (token.body as { token: string }).token;
  const started = await send('POST', '/v3/directline/conversations', undefined, {
    authorization: `Bearer ${residentToken}`,
  });
  conversationId = (started.body as { conversationId: string }).conversationId;
  residentToken = (started.body as { token: string }).token;
  const config = await send('GET', '/api/board/config', undefined);
  const persona = (config.body as { personas: Array<{ id: string }> }).personas[0]?.id ?? '';
  const login = await send('POST', '/api/board/dev-login', JSON.stringify({ persona }));
  staffToken = (login.body as { token: string }).token;
  // Let start-up writes settle before the snapshot.
  await new Promise((resolve) => setTimeout(resolve, 300));
  snapshot = await fileHashes(storedDirs());
}, 30_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await app?.stop();
});

describe('HTTP edges under fuzzing', () => {
  it('Direct Line: malformed activities, forged tokens and odd ids are refused', async () => {
    const activities = `/v3/directline/conversations/${conversationId}/activities`;
    const bearer = { authorization: `Bearer ${residentToken}` };
    const badActivity = fc.oneof(
      notAnObject.map((value) => JSON.stringify(value)),
      fc
        .record({
          type: fc
            .string()
            .filter((type) => !(CLIENT_ACTIVITY_TYPES as readonly string[]).includes(type)),
          text: textWithIdentifiers,
        })
        .map((value) => JSON.stringify(value)),
      textWithIdentifiers.map((text) =>
        JSON.stringify({ type: 'message', text: `${text} ${'x'.repeat(2100)}` }),
      ),
      textWithIdentifiers.map((text) =>
        JSON.stringify({ type: 'message', text, attachments: [{ contentType: 'image/png' }] }),
      ),
      textWithIdentifiers.map((text) => JSON.stringify({ type: 'message', text, locale: text })),
      textWithIdentifiers.map((text) => `{"type":"message","text":"${text}"`),
      deepJson,
    );
    await fc.assert(
      fc.asyncProperty(badActivity, async (body) => {
        expectRefusal(await send('POST', activities, body, bearer));
      }),
      { numRuns: fuzzRuns(40) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          textWithIdentifiers,
          fc.base64String({ minLength: 20, maxLength: 400 }),
        ),
        fc.stringMatching(/^[\w-]{1,40}$/),
        async (token, id) => {
          const body = JSON.stringify({ type: 'message', text: MESSAGE_WITH_IDENTIFIERS });
          expectRefusal(
            await send('POST', `/v3/directline/conversations/${id}/activities`, body, {
              authorization: `Bearer ${token}`,
            }),
          );
        },
      ),
      { numRuns: fuzzRuns(30) },
    );
  }, 60_000);

  it('/api/messages: malformed envelopes, foreign serviceUrls and oversized text are refused', async () => {
    const envelope = (text: string, serviceUrl: string) => ({
      type: 'message',
      id: 'fuzz',
      text,
      channelId: 'msteams',
      serviceUrl,
      from: { id: 'fuzz-user', name: IDENTIFIERS.name },
      recipient: { id: 'bot' },
      conversation: { id: 'fuzz-conversation' },
    });
    const badRequest = fc.oneof(
      notAnObject.map((value) => JSON.stringify(value)),
      fc
        .record({
          type: fc.oneof(
            fc.integer(),
            fc.constant(''),
            fc.string({ minLength: 65, maxLength: 80 }),
          ),
        })
        .map((value) => JSON.stringify(value)),
      fc
        .tuple(
          textWithIdentifiers,
          fc.webUrl().filter((url) => !/\/\/(127\.|localhost|\[::1\])/.test(url)),
        )
        .map(([text, url]) => JSON.stringify(envelope(text, url))),
      textWithIdentifiers.map((text) =>
        JSON.stringify(envelope(`${text}${'a'.repeat(2100)}`, 'http://127.0.0.1:9/')),
      ),
      deepJson,
    );
    await fc.assert(
      fc.asyncProperty(badRequest, async (body) => {
        expectRefusal(await send('POST', '/api/messages', body));
      }),
      { numRuns: fuzzRuns(40) },
    );
  }, 60_000);

  it('token route: anything but an optional well-formed resident key is refused', async () => {
    const badBody = fc.oneof(
      // A JSON null or "" counts as no body at all, which asks for a token without a resident key.
      notAnObject.filter((value) => value !== null && value !== ''),
      fc.record({
        residentKey: fc.oneof(fc.integer(), textWithIdentifiers, fc.string({ maxLength: 21 })),
      }),
      fc.record({ residentKey: fc.constant('a'.repeat(30)), extra: textWithIdentifiers }),
    );
    await fc.assert(
      fc.asyncProperty(badBody, async (body) => {
        expectRefusal(await send('POST', '/api/webchat/token', JSON.stringify(body)));
      }),
      { numRuns: fuzzRuns(40) },
    );
  }, 60_000);

  it('board API: forged tokens and malformed actions are refused', async () => {
    const routes = ['/api/board/me', '/api/board/cases', '/api/board/cases/WW-2026-000001'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.string(),
          textWithIdentifiers,
          fc.base64String({ minLength: 10, maxLength: 300 }),
        ),
        async (route, token) => {
          expectRefusal(await send('GET', route, undefined, { authorization: `Bearer ${token}` }));
        },
      ),
      { numRuns: fuzzRuns(30) },
    );
    const badAction = fc.oneof(
      notAnObject,
      fc.record({
        reference: fc.oneof(textWithIdentifiers, fc.constant('WW-2026-999999')),
        verb: fc.oneof(fc.string(), fc.constantFrom('claim', 'close', 'constructor')),
        expectedVersion: fc.oneof(fc.integer(), fc.string()),
      }),
    );
    await fc.assert(
      fc.asyncProperty(badAction, async (body) => {
        expectRefusal(
          await send('POST', '/api/board/actions', JSON.stringify(body), {
            authorization: `Bearer ${staffToken}`,
          }),
        );
      }),
      { numRuns: fuzzRuns(40) },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (reference) => {
        const answer = await send(
          'GET',
          `/api/board/cases/${encodeURIComponent(reference)}`,
          undefined,
          {
            authorization: `Bearer ${staffToken}`,
          },
        );
        // "", "." and ".." resolve to the list route; everything else names no case that exists.
        if (!['', '.', '..'].includes(reference)) expectRefusal(answer);
        else expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: fuzzRuns(30) },
    );
  }, 60_000);

  it('card invokes: forged Adaptive Card actions change nothing', async () => {
    const invoke = (value: unknown) =>
      JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: 'fuzz-invoke',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: '29:fuzz', aadObjectId: '00000000-0000-4000-8000-0000000000aa', name: 'X' },
        recipient: { id: 'bot' },
        conversation: { id: '19:fuzz@thread.tacv2', conversationType: 'channel' },
        value,
      });
    const forged = fc.oneof(
      fc.jsonValue(),
      fc.record({
        action: fc.record({
          type: fc.constant('Action.Execute'),
          verb: fc.oneof(fc.string(), fc.constantFrom('claim', 'close', 'refresh')),
          data: fc.record({
            reference: fc.oneof(textWithIdentifiers, fc.constant('WW-2026-000001')),
            verb: fc.string(),
            expectedVersion: fc.oneof(fc.integer(), fc.string()),
          }),
        }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(forged, async (value) => {
        const answer = await send('POST', '/api/messages', invoke(value));
        // The invoke protocol answers a refused action with 200 and a message card, or a 4xx.
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
        expect(identifiersIn(JSON.stringify(answer.body))).toEqual([]);
      }),
      { numRuns: fuzzRuns(40) },
    );
  }, 60_000);

  it('afterwards: still serving, nothing stored changed, no identifier in any log line', async () => {
    expect((await send('GET', '/healthz', undefined)).status).toBe(200);
    expect(rejections).toEqual([]);
    const after = await fileHashes(storedDirs());
    const changed = [...new Set([...snapshot.keys(), ...after.keys()])].filter(
      (file) => snapshot.get(file) !== after.get(file),
    );
    expect(changed).toEqual([]);
    const leaking = logs
      .text()
      .split('\n')
      .filter((line) => identifiersIn(line).length > 0);
    expect(leaking).toEqual([]);
    expect(logs.lines().some((line) => line.level === 50 && line.code === 'WW-2006')).toBe(false);
  });
});
