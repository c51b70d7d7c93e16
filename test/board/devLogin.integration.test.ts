import { afterEach, describe, expect, it } from 'vitest';
import { createBoardAuthentication } from '../../src/board/casusbordRoutes.js';
import { DevLogin } from '../../src/board/devLogin.js';
import { StaffRegister } from '../../src/board/staffRegister.js';
import { ConfigError, loadConfig, type Config } from '../../src/config.js';
import { ManualClock } from '../support/manualClock.js';
import { handover, staff, startBoard, WEST, type BoardHarness } from './boardHarness.js';

/** What production needs anyway (the bot's app registration and a channel secret). */
const PRODUCTION = {
  NODE_ENV: 'production',
  MicrosoftAppId: '99999999-8888-4777-8666-555555555555',
  MicrosoftAppPassword: 'secret',
  WEBCHAT_TOKEN_SECRET: 'q3V8-dK1zP_xw0Lm9TnYb2Rc7Hs4Ju6Ge5Fa',
};

describe('the development login', () => {
  let board: BoardHarness | undefined;

  afterEach(async () => {
    await board?.close();
    board = undefined;
  });

  it('is on only when asked for (DEVELOPMENT_MODE), off in test and production', () => {
    expect(loadConfig({}).board.devLogin).toBe(false);
    expect(loadConfig({ DEVELOPMENT_MODE: 'true' }).board.devLogin).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).board.devLogin).toBe(false);
    expect(loadConfig(PRODUCTION).board.devLogin).toBe(false);
    expect(loadConfig({ BOARD_DEV_LOGIN: 'false' }).board.devLogin).toBe(false);
  });

  it('cannot be enabled in production: the configuration refuses to load', () => {
    expect(() => loadConfig({ ...PRODUCTION, BOARD_DEV_LOGIN: 'true' })).toThrow(ConfigError);
    let problems = '';
    try {
      loadConfig({ ...PRODUCTION, BOARD_DEV_LOGIN: 'yes' });
    } catch (error) {
      problems = (error as ConfigError).problems.join('\n');
    }
    expect(problems).toContain('BOARD_DEV_LOGIN');
  });

  it('is not created for a production config even when a hand-built one asks for it', () => {
    const production = loadConfig(PRODUCTION);
    const forced: Config = { ...production, board: { ...production.board, devLogin: true } };
    const built = createBoardAuthentication(forced, StaffRegister.empty(), new ManualClock());
    expect(built.devLogin).toBeUndefined();
  });

  it('when off, its route does not exist', async () => {
    board = await startBoard();
    const response = await board.request('/api/board/dev-login', {
      body: { persona: staff.anna.id },
    });
    expect(response.status).toBe(404);
    expect((await board.request('/api/board/config')).body.devLogin).toBe(false);
  });

  it('when on, a persona gets a short-lived token that works like SSO, scoped the same way', async () => {
    board = await startBoard({ environment: { BOARD_DEV_LOGIN: 'true' } });
    const created = await board.repository.create(handover(WEST));
    const config = await board.request('/api/board/config');
    expect(config.body.devLogin).toBe(true);
    expect(config.body.personas?.map((persona) => persona.label)).toContain(
      'Anna Voorbeeld (wijkteam Boswinkel-Boekelo)',
    );

    const login = await board.request('/api/board/dev-login', { body: { persona: staff.anna.id } });
    expect(login.status).toBe(200);
    const token = login.body.token ?? '';
    const me = await board.request('/api/board/me', { token });
    expect(me.body).toMatchObject({
      name: 'Anna Voorbeeld',
      via: 'dev',
      wijkteams: [{ id: WEST, name: 'Boswinkel-Boekelo' }],
    });
    const list = await board.request('/api/board/cases', { token });
    expect(list.body.cases?.map((item) => item.reference)).toEqual([created.reference]);

    const dirk = await board.request('/api/board/dev-login', { body: { persona: staff.dirk.id } });
    const refused = await board.request(`/api/board/cases/${created.reference}`, {
      token: dirk.body.token ?? '',
    });
    expect(refused.status).toBe(404); // another wijkteam: as if the case did not exist

    board.clock.advanceMinutes(61);
    const expired = await board.request('/api/board/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error?.code).toBe('WW-8002');
  });

  it('refuses a persona that is not in the staff file', async () => {
    board = await startBoard({ environment: { BOARD_DEV_LOGIN: 'true' } });
    const unknown = await board.request('/api/board/dev-login', {
      body: { persona: '00000000-0000-4000-8000-0000000000ff' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error?.code).toBe('WW-8005');
    const malformed = await board.request('/api/board/dev-login', { body: { who: 'anna' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.code).toBe('WW-8008');
  });

  it('a token signed with another secret, or for a persona since removed, is refused', async () => {
    const clock = new ManualClock();
    const register = new StaffRegister([{ ...staff.anna, wijkteams: [WEST], coordinator: false }]);
    const real = new DevLogin({ staff: register, clock });
    const other = new DevLogin({ staff: register, clock });
    const { token } = await other.issue(staff.anna.id);
    await expect(real.verify(token)).rejects.toMatchObject({ code: 'WW-8002' });
    const fromReal = await real.issue(staff.anna.id);
    await expect(real.verify(fromReal.token)).resolves.toMatchObject({ id: staff.anna.id });
    const emptied = new DevLogin({
      staff: StaffRegister.empty(),
      clock,
      secret: new TextEncoder().encode('s'.repeat(32)),
    });
    const signed = await new DevLogin({
      staff: register,
      clock,
      secret: new TextEncoder().encode('s'.repeat(32)),
    }).issue(staff.anna.id);
    await expect(emptied.verify(signed.token)).rejects.toMatchObject({ code: 'WW-8002' });
  });
});
