import type { ActivityGroup, ResourceId } from './activity.js';

/**
 * The resident-facing side of the web chat channel: the Direct Line 3.0 calls Web Chat makes, each
 * with the bearer token as it arrived. The routes (directLineRoutes.ts) depend on this interface,
 * not on the channel class, so the two do not import each other
 * (docs/adr/0020-house-layout-and-dependency-rules.md).
 */

/** Direct Line's token response (`POST /tokens/generate`, `/tokens/refresh`, our `/api/webchat/token`). */
export interface DirectLineTokenResponse {
  readonly conversationId: string;
  readonly token: string;
  readonly expires_in: number;
}

/** Direct Line's conversation response (`POST /conversations`, `GET /conversations/{id}`). */
export interface DirectLineConversationResponse extends DirectLineTokenResponse {
  readonly streamUrl: string;
}

export interface DirectLineApi {
  generateToken(token: string | undefined, body: unknown): Promise<DirectLineTokenResponse>;
  refreshToken(token: string | undefined): Promise<DirectLineTokenResponse>;
  startConversation(
    token: string | undefined,
  ): Promise<{ response: DirectLineConversationResponse; created: boolean }>;
  reconnect(
    token: string | undefined,
    conversationId: string,
    watermarkParam: unknown,
  ): Promise<DirectLineConversationResponse>;
  listActivities(
    token: string | undefined,
    conversationId: string,
    watermarkParam: unknown,
  ): Promise<ActivityGroup>;
  postActivity(
    token: string | undefined,
    conversationId: string,
    body: unknown,
    clientAddress?: string,
  ): Promise<ResourceId>;
  upload(token: string | undefined, conversationId: string): Promise<never>;
}
