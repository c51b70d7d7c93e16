import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createMailer } from '../../src/partners/mailer.js';
import { captureLogger } from '../support/logs.js';
import { startLoopbackSmtp, type LoopbackSmtp } from '../support/loopbackSmtp.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';

/** A mail server that refuses: the caller gets WW-4113, the log the library's code and no address. */
describe('the mailer when the SMTP server refuses', () => {
  let temp: TempDirectory;
  let smtp: LoopbackSmtp;

  beforeEach(async () => {
    temp = await createTempDirectory();
    smtp = await startLoopbackSmtp({ onConnect: () => Promise.resolve(false) });
  });

  afterEach(async () => {
    await smtp.close();
    await temp.remove();
  });

  it('fails with WW-4113 and logs the short code nodemailer gives, never the address', async () => {
    const logs = captureLogger();
    const mailer = createMailer(
      loadConfig({
        DATA_DIR: temp.path,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'wijkwijzer@gemeente.example',
      }),
      logs.logger,
    );
    try {
      await expect(
        mailer.send({ to: ['anna@alifa.example'], subject: 'Link', text: 'Hallo' }, 'sign-in'),
      ).rejects.toMatchObject({ code: 'WW-4113' });
    } finally {
      mailer.close();
    }
    const failed = logs.lines().find((line) => line['msg'] === 'mail failed');
    expect(failed).toMatchObject({ purpose: 'sign-in', code: expect.stringMatching(/^E[A-Z]+$/) });
    expect(logs.text()).not.toContain('anna@alifa.example');
    expect(smtp.messages).toEqual([]);
  });
});
