import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.js';
import { withoutConsoleNoise } from './quietTokenCheck.js';

/**
 * The adapter for Azure channels (Teams, Azure Direct Line, the Emulator) on `/api/messages`.
 * With an app registration it validates the Bot Framework JWT of every request and signs every
 * reply; without one (local trials only, never production: config refuses that) it runs open.
 */
export class AzureChannelAdapter extends CloudAdapter {
  /**
   * Runs one activity; our route builds the HTTP response itself so errors stay JSON and quiet.
   * The token is checked first, on its own, so botbuilder's `console.error` lines about a refused
   * token are dropped (quietTokenCheck.ts); the turn itself runs as botbuilder runs it.
   */
  async handle(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const authenticated = await withoutConsoleNoise(() =>
      this.botFrameworkAuthentication.authenticateRequest(activity, authorization),
    );
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAzureChannelAdapter(settings: Config['botFramework']): AzureChannelAdapter {
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId ?? '',
  });
  return new AzureChannelAdapter(authentication);
}
