import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the loopback SMTP server received it. */
export interface ReceivedMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

/**
 * A real SMTP server (the maintained `smtp-server` package) on 127.0.0.1 and a free port: the
 * product's nodemailer transport talks real SMTP to it, and tests read what arrived. No mock of
 * the mailer anywhere. STARTTLS is off because the server has no trusted certificate here.
 */
export interface LoopbackSmtp {
  readonly url: string;
  readonly messages: ReceivedMail[];
  /** Resolves with the next message to `address` (already received ones count). */
  nextTo(address: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface LoopbackSmtpOptions {
  /**
   * Called as the n-th connection (from 1) opens, before any message on it; resolving false
   * refuses the connection. A test kills a sender here, between two of its mails.
   */
  readonly onConnect?: (count: number) => Promise<boolean>;
}

export async function startLoopbackSmtp(options: LoopbackSmtpOptions = {}): Promise<LoopbackSmtp> {
  const messages: ReceivedMail[] = [];
  const waiters: Array<() => void> = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      const accept = options.onConnect?.(connections) ?? Promise.resolve(true);
      accept.then(
        (ok) => callback(ok ? undefined : new Error('refused by the test')),
        (error: unknown) => callback(error as Error),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          for (const wake of waiters.splice(0)) wake();
          callback();
        })
        .catch((error: unknown) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const consumed = new Set<ReceivedMail>();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    nextTo: async (recipient, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(
          (message) => !consumed.has(message) && message.to.includes(recipient.toLowerCase()),
        );
        if (found !== undefined) {
          consumed.add(found);
          return found;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no mail to ${recipient} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The sign-in link token in a mail (the part after `#link=`), for the beheerder named. */
export function linkIn(mail: ReceivedMail, beheerderNaam?: string): string {
  const text =
    beheerderNaam === undefined
      ? mail.text
      : mail.text.slice(mail.text.indexOf(`Voor ${beheerderNaam}:`));
  const match = /#link=([A-Za-z0-9_-]{43})/.exec(text);
  if (match?.[1] === undefined) throw new Error('no sign-in link in the mail');
  return match[1];
}
