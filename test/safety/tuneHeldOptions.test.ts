import { describe, expect, it } from 'vitest';
import { heldArgs, tunerOptions } from '../../scripts/safety/tuneConcern.js';

const HOLD = ['--hold-setting', '0.001/2/1/0.25/10', '--check-at-most', '0.12/0.13'];

/**
 * The tuner's options (docs/adr/0012-safety-net.md, sessions 17 and 18): off by default, what a
 * record names is passed back as the same arguments, and a mistyped option stops the run instead
 * of tuning without it.
 */
describe('the tuner options that hold a setting and thresholds', () => {
  it('holds nothing without options', () => {
    expect(tunerOptions([])).toEqual({
      held: undefined,
      heldCheckShort: undefined,
      floorSets: false,
      classFloor: false,
      everyDevKaart: false,
      explore: false,
      out: undefined,
    });
    expect(heldArgs(undefined)).toEqual([]);
  });

  it('reads the held setting and ceiling, as the shipped record is tuned', () => {
    expect(tunerOptions(HOLD).held).toEqual({
      setting: '0.001/2/1/0.25/10',
      checkAtMost: { check: 0.12, checkShort: 0.13 },
    });
  });

  it('reads held thresholds beside the held setting and gives them back', () => {
    const argv = [
      ...HOLD,
      '--hold-thresholds',
      'kind=0.09,behindDanger=0.15,firmCheck=0.22,firmCheckShort=0.35',
    ];
    const { held } = tunerOptions(argv);
    expect(held?.thresholds).toEqual({
      kind: 0.09,
      behindDanger: 0.15,
      firmCheck: 0.22,
      firmCheckShort: 0.35,
    });
    expect(heldArgs(held)).toEqual(argv);
  });

  it('refuses held thresholds alone, unknown names and half a firm pair', () => {
    expect(() => tunerOptions(['--hold-thresholds', 'kind=0.09'])).toThrow(/needs --hold-setting/);
    expect(() => tunerOptions([...HOLD, '--hold-thresholds', 'check=0.1'])).toThrow(/NAME=VALUE/);
    expect(() => tunerOptions([...HOLD, '--hold-thresholds', 'kind=x'])).toThrow(/NAME=VALUE/);
    expect(() => tunerOptions([...HOLD, '--hold-thresholds', 'firmCheck=0.2'])).toThrow(/together/);
  });

  it('refuses half a hold, a setting not of five numbers and a ceiling off the grid', () => {
    expect(() => tunerOptions(HOLD.slice(0, 2))).toThrow(/go together/);
    expect(() => tunerOptions(HOLD.slice(2))).toThrow(/go together/);
    expect(() => tunerOptions(['--hold-setting', '0.001/2/1', ...HOLD.slice(2)])).toThrow(
      /l2\/nonCrisisWeight/,
    );
    expect(() => tunerOptions([...HOLD.slice(0, 2), '--check-at-most', '0.12/0.995'])).toThrow(
      /not two checks on the grid/,
    );
  });

  it('reads the other options', () => {
    const options = tunerOptions([
      '--hold-check-short',
      '0.13',
      '--floor-sets',
      '--class-floor',
      '--every-dev-kaart',
      '--explore',
      '--out',
      '/tmp/tuning.json',
    ]);
    expect(options).toEqual({
      held: undefined,
      heldCheckShort: 0.13,
      floorSets: true,
      classFloor: true,
      everyDevKaart: true,
      explore: true,
      out: '/tmp/tuning.json',
    });
    expect(() => tunerOptions(['--hold-check-short', '0.995'])).toThrow(/not a check on the grid/);
  });

  it('stops at a mistyped option, a stray word or an option without its value', () => {
    expect(() => tunerOptions(['--floor-set'])).toThrow();
    expect(() => tunerOptions(['floor-sets'])).toThrow();
    expect(() => tunerOptions(['--hold-check-short'])).toThrow();
  });
});
