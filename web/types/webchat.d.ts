/** The small part of the Web Chat UMD bundle (window.WebChat) that our browser code uses. */
interface WijkwijzerDirectLine {
  token?: string;
  connectionStatus$: { subscribe(listener: (status: number) => void): unknown };
  end(): void;
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
