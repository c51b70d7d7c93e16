import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { nextLanguage } from '../src/conversation/language.js';
import { crisisResponse } from '../src/safety/crisisResponse.js';
import { detectCrisis } from '../src/safety/detectCrisis.js';
import { moduleLogger, type Logger } from '../src/shared/logger.js';
import { crisisActivities } from './crisisReply.js';
import type { ConversationServices } from './ports.js';
import type { WijkwijzerState } from './wijkwijzerState.js';

/**
 * Runs on every resident message before anything else (issue 5, item 1; docs/adr/0005): the
 * crisis check first, then the conversation's language. A crisis ends whatever dialog was running,
 * gets the calm reply with the lines, and is counted as kind and day only.
 */
export class ConversationGuard {
  private readonly logger: Logger;

  constructor(
    private readonly state: WijkwijzerState,
    private readonly services: ConversationServices,
  ) {
    this.logger = moduleLogger(services.logger, 'conversation');
  }

  /** True when this message was answered here and the dialogs must not see it. */
  async check(context: TurnContext, dialogs: DialogContext): Promise<boolean> {
    const text = context.activity.text;
    if (typeof text !== 'string' || text.trim() === '') return false;
    const assessment = detectCrisis(text);
    const before = await this.state.conversation(context);
    const language = nextLanguage(before.language, text);
    const data = await this.state.updateConversation(context, (current) => ({
      ...current,
      language,
    }));
    if (language !== before.language) {
      const { clock, settings } = this.services;
      await this.state.updateMemory(
        context,
        clock.now(),
        settings.residentMemoryDays,
        (memory) => ({
          ...memory,
          language,
        }),
      );
    }
    if (!assessment.isCrisis) return false;

    await dialogs.cancelAllDialogs();
    for (const activity of crisisActivities(crisisResponse(assessment, data.language))) {
      await context.sendActivity(activity);
    }
    this.logger.info({ kinds: assessment.kinds }, 'crisis reply sent');
    // Kind and day only; the port never rejects, so the resident's lines stand whatever happens.
    const at = this.services.clock.now();
    for (const crisisKind of assessment.kinds) {
      await this.services.insights.record({ kind: 'crisis', crisisKind }, at);
    }
    return true;
  }
}
