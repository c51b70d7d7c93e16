import { describe, expect, it } from 'vitest';
import { databaseError, isDatabaseFailure, pgCode } from '../../src/storage/postgres/database.js';

/** What a pg failure becomes: its SQLSTATE or Node code only, never its message. */
describe('database errors', () => {
  it('reads the SQLSTATE or connection code of whatever was thrown, and nothing else', () => {
    expect(pgCode(Object.assign(new Error('duplicate "Fatima"'), { code: '23505' }))).toBe('23505');
    expect(pgCode({ code: 'ECONNRESET' })).toBe('ECONNRESET');
    expect(pgCode({ code: 'ECONNREFUSED' })).toBe('ECONNREFUSED');
    expect(pgCode({ code: 'quoted "Fatima"' })).toBeNull();
    expect(pgCode(new Error('no code'))).toBeNull();
    expect(pgCode({ code: 40001 })).toBeNull();
    expect(pgCode(null)).toBeNull();
    expect(pgCode('ECONNRESET')).toBeNull();
  });

  it('tells connection failures (WW-3008) from query failures (WW-3010)', () => {
    expect(isDatabaseFailure({ code: 'ECONNRESET' })).toBe(true);
    expect(isDatabaseFailure({ code: '40001' })).toBe(false);
    expect(isDatabaseFailure(new Error('ours'))).toBe(false);
    expect(databaseError({ code: 'ETIMEDOUT' })).toMatchObject({ code: 'WW-3008' });
    // A server that is down refuses the connection: unavailable (503), not a failed query.
    expect(databaseError({ code: 'ECONNREFUSED' })).toMatchObject({
      code: 'WW-3008',
      detail: { code: 'ECONNREFUSED' },
    });
    expect(databaseError({ code: '08006' })).toMatchObject({ code: 'WW-3008' });
    expect(databaseError({ code: '23505' })).toMatchObject({
      code: 'WW-3010',
      detail: { code: '23505' },
    });
  });
});
