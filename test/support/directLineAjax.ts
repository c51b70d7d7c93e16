import { createRequire } from 'node:module';

/**
 * botframework-directlinejs makes its HTTP calls with rxjs 5's `Observable.ajax`, which needs a
 * browser's XMLHttpRequest. Node has fetch instead: this is its `ajax` service on fetch, returning the
 * same rxjs 5 Observable class the library patched its operators onto.
 */

interface AjaxRequest {
  readonly method?: string;
  readonly url?: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly timeout?: number;
}

interface Subscriber {
  next(value: unknown): void;
  error(error: unknown): void;
  complete(): void;
}

interface ObservableStatic {
  create(subscribe: (subscriber: Subscriber) => () => void): unknown;
}

const require = createRequire(import.meta.url);
// Resolved from the library's own location, so it is the very rxjs instance the library uses.
const rxjsPath = require.resolve('rxjs/Observable', {
  paths: [require.resolve('botframework-directlinejs')],
});
const { Observable } = require(rxjsPath) as { Observable: ObservableStatic };

export function fetchAjax(request: AjaxRequest): unknown {
  return Observable.create((subscriber) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeout ?? 20_000);
    const body =
      request.body === undefined || request.body === null
        ? null
        : typeof request.body === 'string'
          ? request.body
          : JSON.stringify(request.body);
    fetch(request.url ?? '', {
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      body,
      signal: controller.signal,
    }).then(
      async (response) => {
        clearTimeout(timer);
        const text = await response.text();
        const parsed: unknown = text === '' ? null : JSON.parse(text);
        const result = {
          status: response.status,
          response: parsed,
          xhr: { getResponseHeader: (name: string) => response.headers.get(name) },
        };
        if (response.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      },
      (error: unknown) => {
        clearTimeout(timer);
        subscriber.error({ status: 0, error });
      },
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  });
}
