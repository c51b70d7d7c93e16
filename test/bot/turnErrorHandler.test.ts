import {
  ConversationState,
  MemoryStorage,
  TestAdapter,
  UserState,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { WijkwijzerState } from '../../dialogs/wijkwijzerState.js';
import { createTurnErrorHandler } from '../../src/bot/turnErrorHandler.js';
import { WijkwijzerError } from '../../src/shared/errors.js';
import { WijkwijzerBot } from '../../src/bot/wijkwijzerBot.js';
import { residentLocales } from '../../src/shared/residentLocales.js';
import { captureLogger } from '../support/logs.js';

/** A storage whose reads fail once `broken` is set: the state itself is what went wrong. */
function breakableStorage(): { storage: Storage; break(): void } {
  const inner = new MemoryStorage();
  let broken = false;
  return {
    storage: {
      read: (keys) => (broken ? Promise.reject(new Error('disk gone')) : inner.read(keys)),
      write: (changes) => inner.write(changes),
      delete: (keys) => inner.delete(keys),
    },
    break: () => {
      broken = true;
    },
  };
}

/**
 * The root dialog of the test bot: "english please" sets the conversation's language; any other
 * message breaks the turn.
 */
class BreakingDialog extends Dialog {
  constructor(private readonly state: WijkwijzerState) {
    super('breaking');
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.text === 'busy') throw new WijkwijzerError('WW-3014');
    if (dc.context.activity.text !== 'english please') throw new Error('the dialog broke');
    await this.state.updateConversation(dc.context, (data) => ({ ...data, language: 'en' }));
    await dc.context.sendActivity('ok');
    return dc.endDialog();
  }
}

/**
 * The product's bot (with its reply locale) and turn error handler around a dialog that breaks,
 * on botbuilder's TestAdapter.
 */
function failingBot(storage: Storage = new MemoryStorage()) {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const state = new WijkwijzerState(conversationState, userState);
  const logs = captureLogger();
  const bot = new WijkwijzerBot({
    conversationState,
    userState,
    rootDialog: new BreakingDialog(state),
    logger: logs.logger,
    languageOf: (context) => state.language(context),
  });
  const adapter = new TestAdapter((context: TurnContext) => bot.run(context));
  adapter.onTurnError = createTurnErrorHandler({
    conversationState,
    logger: logs.logger,
    languageOf: (context) => state.language(context),
    pinLanguage: (context, language) => state.pinLanguage(context, language),
  });
  return { adapter, conversationState, logs };
}

const DUTCH_APOLOGY = /^Sorry, er ging iets mis aan onze kant\..*code: [A-Z0-9-]+\.$/;
const ENGLISH_APOLOGY = /^Sorry, something went wrong on our side\..*code: [A-Z0-9-]+\.$/;

describe('the apology after a failed turn', () => {
  it('is Dutch by default and quotes the code the log holds', async () => {
    const { adapter, logs } = failingBot();
    let apology = '';
    await adapter.send('ik heb een vraag over mijn huur').assertReply((reply) => {
      apology = reply.text ?? '';
    });
    expect(apology).toMatch(DUTCH_APOLOGY);
    const logged = logs.lines().find((line) => line.code === 'WW-9001');
    expect(logged?.reference).toBeDefined();
    expect(apology).toContain(String(logged?.reference));
  });

  it('is English in a conversation held in English, even on a short reply', async () => {
    const { adapter } = failingBot();
    await adapter
      .send('english please')
      .assertReply('ok')
      .send('ok')
      .assertReply((reply) => {
        expect(reply.text).toMatch(ENGLISH_APOLOGY);
        // The state is cleared before the apology goes; its locale keeps the apology's language.
        expect(reply.locale).toBe(residentLocales.en);
      })
      // The failed turn cleared the conversation, its language with it.
      .send('ok')
      .assertReply((reply) => {
        expect(reply.text).toMatch(DUTCH_APOLOGY);
      });
  });

  it('leaves the conversation as it was when the store was only busy', async () => {
    const { adapter } = failingBot();
    await adapter
      .send('english please')
      .assertReply('ok')
      .send('busy')
      .assertReply((reply) => {
        expect(reply.text).toMatch(ENGLISH_APOLOGY);
      })
      // Not cleared: the conversation is still in English.
      .send('ok')
      .assertReply((reply) => {
        expect(reply.text).toMatch(ENGLISH_APOLOGY);
      });
  });

  it('is English when the failing message is the first one and written in English', async () => {
    const { adapter } = failingBot();
    await adapter
      .send('I need help with my rent, I cannot pay it this month')
      .assertReply((reply) => {
        expect(reply.text).toMatch(ENGLISH_APOLOGY);
      });
  });

  it('still comes, in the message language, when the stored state cannot be read', async () => {
    const breakable = breakableStorage();
    const { adapter } = failingBot(breakable.storage);
    await adapter.send('english please').assertReply('ok');
    breakable.break();
    await adapter.send('I would like to talk to someone about my debts').assertReply((reply) => {
      expect(reply.text).toMatch(ENGLISH_APOLOGY);
    });
    await adapter.send('ok').assertReply((reply) => {
      expect(reply.text).toMatch(DUTCH_APOLOGY);
    });
  });
});
