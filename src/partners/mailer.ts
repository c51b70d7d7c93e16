import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import { developmentModeAllowed } from '../shared/developmentGate.js';
import { errorCodeOf } from '../shared/errorFields.js';
import { WijkwijzerError } from '../shared/errors.js';
import { moduleLogger, type Logger } from '../shared/logger.js';
import { maskEmail } from './emailAddress.js';

/**
 * Outgoing mail of the partner page (sign-in links, "klopt dit nog?" reminders), through
 * nodemailer. With SMTP_URL the mail goes to that server. Without it, only with DEVELOPMENT_MODE=true
 * (a local trial; the same opt-in as the development login), each message is written as an .eml
 * file to the outbox folder (MAIL_OUTBOX_DIR, default data/outbox) and a log line names the masked
 * recipient, so a developer can open the link without a mail server. Otherwise, whatever NODE_ENV
 * says, nothing is sent or written: e-mail sign-in is off (WW-4116, and the page says so in Dutch)
 * and the redactie signs in with the staff sign-in. A sign-in link on disk is a key to a partner's
 * entries, so writing one must never be what happens when a setting is forgotten (docs/adr/0015-security-posture.md §4).
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
          const code = errorCodeOf(error) ?? 'unknown';
          log.error({ purpose, to: masked(mail), code }, 'mail failed');
          throw new WijkwijzerError('WW-4113', { detail: { purpose, stage: 'mail' } });
        }
        log.info({ purpose, to: masked(mail) }, 'mail sent');
      },
      close: () => transport.close(),
    };
  }

  if (!developmentModeAllowed(config)) {
    log.info('no SMTP_URL: e-mail sign-in is off');
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
