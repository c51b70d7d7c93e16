import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { maskEmail } from './emailAddress.js';

/**
 * Outgoing mail of the partner page (sign-in links, "klopt dit nog?" reminders), through
 * nodemailer. With SMTP_URL the mail goes to that server. Without it, outside production, each
 * message is written as an .eml file to the outbox folder (MAIL_OUTBOX_DIR, default data/outbox)
 * and a log line names the masked recipient, so a developer can open the link without a mail
 * server. In production without SMTP_URL nothing is sent: e-mail sign-in is off (WW-4116) and the
 * redactie signs in with the staff sign-in.
 */

export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
}

export interface Mailer {
  /** 'smtp', 'outbox' or 'off': how mail leaves, for the page's configuration and the log. */
  readonly mode: 'smtp' | 'outbox' | 'off';
  send(mail: OutgoingMail, purpose: string): Promise<void>;
  close(): void;
}

export function createMailer(config: Config, logger: Logger): Mailer {
  const log = moduleLogger(logger, 'mail');
  const { smtpUrl, from, outboxDir } = config.partners.mail;
  const masked = (mail: OutgoingMail) => mail.to.map(maskEmail);

  if (smtpUrl !== undefined) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      mode: 'smtp',
      send: async (mail, purpose) => {
        try {
          await transport.sendMail({
            from,
            to: [...mail.to],
            subject: mail.subject,
            text: mail.text,
          });
        } catch (error) {
          // The server's answer may quote the address: log the code only.
          const code = (error as { code?: unknown }).code;
          log.error({ purpose, to: masked(mail), code: String(code ?? 'unknown') }, 'mail failed');
          throw new WijkwijzerError('WW-4113', { detail: { purpose, stage: 'mail' } });
        }
        log.info({ purpose, to: masked(mail) }, 'mail sent');
      },
      close: () => transport.close(),
    };
  }

  if (config.env === 'production') {
    return {
      mode: 'off',
      send: async (mail, purpose) => {
        log.warn({ purpose, to: masked(mail) }, 'mail not sent: SMTP_URL is not set');
        throw new WijkwijzerError('WW-4116');
      },
      close: () => {},
    };
  }

  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    mode: 'outbox',
    send: async (mail, purpose) => {
      const info = await transport.sendMail({
        from,
        to: [...mail.to],
        subject: mail.subject,
        text: mail.text,
      });
      const message = info.message;
      await fs.mkdir(outboxDir, { recursive: true, mode: 0o700 });
      const name = `${Date.now()}-${randomBytes(4).toString('hex')}.eml`;
      await fs.writeFile(path.join(outboxDir, name), message, { mode: 0o600 });
      log.info(
        { purpose, to: masked(mail), file: name },
        'no SMTP_URL: mail written to the outbox folder (development only)',
      );
    },
    close: () => transport.close(),
  };
}
