/** The small part of the Web Chat UMD bundle (window.WebChat) that our browser code uses. */
interface WijkwijzerDirectLine {
  token?: string;
  connectionStatus$: { subscribe(listener: (status: number) => void): unknown };
  end(): void;
  /** botframework-directlinejs: posts one activity; the observable gives its id, or fails. */
  postActivity(activity: { type: string; from: { id: string; role?: string } }): {
    subscribe(observer: { next(id: string): void; error(error: unknown): void }): unknown;
  };
}

interface WijkwijzerWebChat {
  createDirectLine(options: {
    token: string;
    conversationId?: string;
    domain?: string;
    webSocket?: boolean;
    watermark?: string;
  }): WijkwijzerDirectLine;
  createStore(initialState: object, ...middleware: unknown[]): unknown;
  renderWebChat(props: Record<string, unknown>, element: HTMLElement): void;
  /** Web Chat's own Markdown renderer (sanitised HTML), which a `renderMarkdown` prop may wrap. */
  renderMarkdown(markdown: string, ...rest: unknown[]): string;
}

interface Window {
  WebChat?: WijkwijzerWebChat;
}
