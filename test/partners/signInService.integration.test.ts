import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createMailer } from '../../src/partners/mailer.js';
import { PartnerAudit } from '../../src/partners/partnerAudit.js';
import { SignInService } from '../../src/partners/signInService.js';
import { SignInStore } from '../../src/partners/signInStore.js';
import type { Beheerder } from '../../src/knowledge/schema.js';
import { captureLogger, silentLogger } from '../support/logs.js';
import { ManualClock } from '../support/manualClock.js';
import { createTempDirectory, type TempDirectory } from '../support/tempDirectory.js';
import { linkIn, startLoopbackSmtp, type LoopbackSmtp } from '../support/loopbackSmtp.js';

/** Sign-in links with a clock the test moves: expiry, and the address leaving beheerders.yaml. */
describe('sign-in by e-mail link', () => {
  let temp: TempDirectory;
  let smtp: LoopbackSmtp;
  let store: SignInStore;
  let clock: ManualClock;
  let beheerders: Beheerder[];
  let service: SignInService;

  const alifa = (medewerkers: string[]): Beheerder => ({
    id: 'alifa',
    naam: 'Alifa',
    medewerkers,
    redactie: false,
  });

  beforeEach(async () => {
    temp = await createTempDirectory();
    smtp = await startLoopbackSmtp();
    clock = new ManualClock('2026-12-01T09:00:00.000Z');
    store = await SignInStore.open(temp.path, silentLogger());
    beheerders = [
      alifa(['Anna@Alifa.example']),
      { id: 'humanitas', naam: 'Humanitas', medewerkers: ['anna@alifa.example'], redactie: false },
    ];
    const config = loadConfig({ SMTP_URL: smtp.url, DATA_DIR: temp.path });
    service = new SignInService({
      store,
      mailer: createMailer(config, silentLogger()),
      audit: new PartnerAudit(temp.path, clock, silentLogger()),
      clock,
      beheerders: () => beheerders,
      secret: new Uint8Array(32).fill(7),
      publicUrl: 'https://wijkwijzer.example',
      linkTtlMinutes: 15,
      sessionHours: 8,
      linksPerHour: 5,
    });
  });

  afterEach(async () => {
    await store.close();
    await smtp.close();
    await temp.remove();
  });

  it('one mail holds one link per beheerder; each signs in to its own beheerder only', async () => {
    await service.requestLinks('anna@alifa.example');
    const mail = await smtp.nextTo('anna@alifa.example');
    expect(mail.text).toContain('https://wijkwijzer.example/partners/#link=');
    const alifaSession = await service.signIn(linkIn(mail, 'Alifa'));
    const humanitasSession = await service.signIn(linkIn(mail, 'Humanitas'));
    expect(alifaSession.identity).toMatchObject({
      kind: 'partner',
      beheerder: 'alifa',
      label: 'a***@alifa.example',
    });
    expect(humanitasSession.identity).toMatchObject({ beheerder: 'humanitas' });
  });

  it('an expired link is refused with WW-4103, a minute after its 15 minutes', async () => {
    await service.requestLinks('anna@alifa.example');
    const link = linkIn(await smtp.nextTo('anna@alifa.example'), 'Alifa');
    clock.advance(16 * 60_000);
    await expect(service.signIn(link)).rejects.toMatchObject({
      code: 'WW-4103',
      detail: { reason: 'expired' },
    });
  });

  it('a session ends after its hours, and at once when the address leaves beheerders.yaml', async () => {
    await service.requestLinks('anna@alifa.example');
    const session = await service.signIn(linkIn(await smtp.nextTo('anna@alifa.example'), 'Alifa'));
    await expect(service.identify(session.token)).resolves.toMatchObject({ beheerder: 'alifa' });
    beheerders = [alifa([]), ...beheerders.slice(1)];
    await expect(service.identify(session.token)).rejects.toMatchObject({ code: 'WW-4102' });
    beheerders = [alifa(['anna@alifa.example']), ...beheerders.slice(1)];
    clock.advance(8 * 3600_000 + 1);
    await expect(service.identify(session.token)).rejects.toMatchObject({ code: 'WW-4102' });
  });

  it('keeps only hashes of tokens and keyed hashes of addresses on disk', async () => {
    await service.requestLinks('anna@alifa.example');
    const link = linkIn(await smtp.nextTo('anna@alifa.example'), 'Alifa');
    const session = await service.signIn(link);
    await store.close();
    const files = await readdir(path.join(temp.path, 'partners'));
    for (const file of files) {
      const text = await readFile(path.join(temp.path, 'partners', file), 'utf8');
      expect(text, file).not.toContain('anna@alifa.example');
      expect(text, file).not.toContain(link);
      expect(text, file).not.toContain(session.token);
    }
    store = await SignInStore.open(temp.path, silentLogger());
  });
});

describe('the mailer without SMTP', () => {
  let temp: TempDirectory;

  beforeEach(async () => {
    temp = await createTempDirectory();
  });

  afterEach(async () => {
    await temp.remove();
  });

  it('writes the mail to the outbox folder with DEVELOPMENT_MODE=true', async () => {
    const mailer = createMailer(
      loadConfig({ DATA_DIR: temp.path, DEVELOPMENT_MODE: 'true' }),
      silentLogger(),
    );
    expect(mailer.mode).toBe('outbox');
    await mailer.send({ to: ['anna@alifa.example'], subject: 'Test', text: 'Hallo' }, 'test');
    const files = await readdir(path.join(temp.path, 'outbox'));
    expect(files).toHaveLength(1);
    expect(await readFile(path.join(temp.path, 'outbox', files[0] ?? ''), 'utf8')).toContain(
      'Subject: Test',
    );
  });

  // docs/adr/0015-security-posture.md §4: the outbox was on whenever NODE_ENV was not production, so a deployment that
  // forgot NODE_ENV wrote every partner's sign-in link to a folder on disk.
  it.each([
    ['NODE_ENV unset', {}],
    ['NODE_ENV=development', { NODE_ENV: 'development' }],
    ['NODE_ENV=test', { NODE_ENV: 'test' }],
    ['only the board’s development login', { BOARD_DEV_LOGIN: 'true' }],
  ])(
    'without SMTP_URL and without DEVELOPMENT_MODE (%s): e-mail sign-in is off and no link is written',
    async (_label, environment) => {
      const logs = captureLogger();
      const mailer = createMailer(loadConfig({ DATA_DIR: temp.path, ...environment }), logs.logger);
      expect(mailer.mode).toBe('off');
      await expect(
        mailer.send(
          { to: ['anna@alifa.example'], subject: 'Link', text: 'https://x/#link=abc' },
          'test',
        ),
      ).rejects.toMatchObject({ code: 'WW-4116' });
      await expect(readdir(path.join(temp.path, 'outbox'))).rejects.toMatchObject({
        code: 'ENOENT',
      });
      expect(logs.lines()).toContainEqual(
        expect.objectContaining({ msg: 'no SMTP_URL: e-mail sign-in is off' }),
      );
      expect(logs.text()).not.toContain('anna@alifa.example');
    },
  );

  it('keeps the outbox shut for a hand-built configuration with production settings', async () => {
    const development = loadConfig({ DATA_DIR: temp.path, DEVELOPMENT_MODE: 'true' });
    const config = {
      ...development,
      botFramework: { ...development.botFramework, appPassword: 'a-real-client-secret' },
    };
    expect(createMailer(config, silentLogger()).mode).toBe('off');
  });

  it('sends nothing in production: e-mail sign-in is off (WW-4116)', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: temp.path,
      MicrosoftAppId: '11111111-1111-4111-8111-111111111111',
      MicrosoftAppPassword: 'secret',
      WEBCHAT_TOKEN_SECRET: 'q3V8-dK1zP_xw0Lm9TnYb2Rc7Hs4Ju6Ge5Fa', // production refuses a guessable one
    });
    const mailer = createMailer(config, silentLogger());
    expect(mailer.mode).toBe('off');
    await expect(
      mailer.send({ to: ['a@b.example'], subject: 's', text: 't' }, 'test'),
    ).rejects.toMatchObject({
      code: 'WW-4116',
    });
  });
});
