import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutConsoleNoise } from '../../src/bot/quietTokenCheck.js';

describe('withoutConsoleNoise', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("drops console.error from inside the check and passes everyone else's through", async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const check = withoutConsoleNoise(async () => {
      console.error('Error finding key for token. Available keys: -----BEGIN PUBLIC KEY-----');
      await held;
      console.error(new Error('TokenExpiredError'));
      return 'checked';
    });
    // Another request's line while the check waits: it is not the check's, so it is written.
    console.error('another request failed');
    release();
    await expect(check).resolves.toBe('checked');
    expect(consoleError.mock.calls).toEqual([['another request failed']]);
    expect(console.error).toBe(consoleError);
  });

  it('puts console.error back when checks overlap and when a check throws', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = withoutConsoleNoise(async () => {
      await Promise.resolve();
      console.error('first');
    });
    const second = withoutConsoleNoise(async () => {
      console.error('second');
      throw new TypeError('refused');
    });
    await first;
    await expect(second).rejects.toThrow('refused');
    expect(consoleError).not.toHaveBeenCalled();
    expect(console.error).toBe(consoleError);
  });
});
