/**
 * The small part of the @microsoft/teams-js 2.x UMD bundle (window.microsoftTeams) the tab uses.
 * Types only, for board.js (`// @ts-check`); the bundle itself is served from node_modules.
 */
export interface WijkwijzerTeamsContext {
  app: { theme?: string; locale?: string };
  user?: { id?: string; displayName?: string };
  team?: { displayName?: string };
}

export interface WijkwijzerTeamsJs {
  app: {
    initialize(validMessageOrigins?: string[]): Promise<void>;
    getContext(): Promise<WijkwijzerTeamsContext>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    notifySuccess(): void;
  };
  authentication: {
    getAuthToken(request?: { silent?: boolean }): Promise<string>;
  };
  /** The configuration page of a channel tab (configure.js). */
  pages: {
    config: {
      registerOnSaveHandler(handler: (event: WijkwijzerSaveEvent) => void): void;
      setConfig(settings: {
        entityId: string;
        contentUrl: string;
        websiteUrl?: string;
        suggestedDisplayName?: string;
      }): Promise<void>;
      setValidityState(valid: boolean): void;
    };
  };
}

export interface WijkwijzerSaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}
