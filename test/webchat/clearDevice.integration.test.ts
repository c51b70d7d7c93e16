import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { stateDirectory, stateFileOf } from '../../src/bot/fileStateStorage.js';
import type { RunningApp } from '../support/app.js';
import { useAppsOn } from '../support/appsOnBackend.js';
import { storageBackends } from '../support/storageBackends.js';

interface Session {
  token: string;
  conversationId: string;
}
interface ActivitySet {
  activities: Array<{ type: string; text?: string }>;
}

async function json<T>(response: Response): Promise<T> {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return (await response.json()) as T;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** The bot's stored states (conversation and resident), wherever the backend keeps them. */
async function storedStates(running: RunningApp, databaseUrl?: string): Promise<string[]> {
  if (databaseUrl === undefined) {
    const names = await readdir(stateDirectory(running.dataDir), { recursive: true });
    return names.filter((name) => name.endsWith('.json'));
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ key: string }>('SELECT key FROM bot_state');
    return result.rows.map((row) => row.key);
  } finally {
    await client.end();
  }
}

/**
 * "Gesprek wissen op dit apparaat" (web/widget/wijkwijzer.js) posts an `endOfConversation` through
 * the Direct Line route before it drops the conversation from the browser: the server then
 * forgets the bot's state of it and deletes its transcript at once (docs/privacy.md). On
 * PostgreSQL the end is posted to the other instance than the one that held the conversation.
 */
for (const backend of storageBackends()) {
  describe(`a resident who clears the conversation on their device, on ${backend.name}`, () => {
    const start = useAppsOn(backend);

    it('ends it on the server too: no transcript and no conversation state left', async (context) => {
      if (backend.skip !== undefined) context.skip(backend.skip);
      const { apps, databaseUrl } = await start();
      const [first, last] = [apps[0]!, apps.at(-1)!];
      const session = await json<Session>(
        await fetch(`${first.baseUrl}/api/webchat/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ residentKey: 'a-resident-key-of-this-browser-01' }),
        }),
      );
      const activities = (app: RunningApp) =>
        `${app.baseUrl}/v3/directline/conversations/${session.conversationId}/activities`;
      const headers = {
        authorization: `Bearer ${session.token}`,
        'content-type': 'application/json',
      };
      const post = async (app: RunningApp, activity: Record<string, unknown>) =>
        json(
          await fetch(activities(app), {
            method: 'POST',
            headers,
            body: JSON.stringify({ from: { id: 'ignored' }, locale: 'nl-NL', ...activity }),
          }),
        );
      const transcript = async (app: RunningApp) =>
        (await json<ActivitySet>(await fetch(activities(app), { headers }))).activities.filter(
          (activity) => activity.type === 'message',
        );

      await post(first, { type: 'event', name: 'webchat/join' });
      const question = 'Ik heb schulden en weet niet waar ik moet beginnen';
      await post(first, { type: 'message', text: question });
      expect((await transcript(first)).map((activity) => activity.text)).toContain(question);
      expect(await storedStates(first, databaseUrl)).not.toEqual([]);
      if (databaseUrl === undefined) {
        const conversationFile = path.join(
          stateDirectory(first.dataDir),
          stateFileOf(`webchat/conversations/${session.conversationId}/`),
        );
        expect(await exists(conversationFile)).toBe(true);
      }

      await post(last, { type: 'endOfConversation' });

      // The conversation was the only one on this server: nothing of it is stored any more.
      expect(await storedStates(first, databaseUrl)).toEqual([]);
      // The same token finds an empty conversation: nothing of the transcript is left to read.
      expect(await transcript(first)).toEqual([]);
    });
  });
}
