import { describe, expect, it } from 'vitest';
import { heldArgs, heldFrom } from '../../scripts/safety/tuneConcern.js';

/**
 * The tuner's hold options (docs/adr/0012-safety-net.md, sessions 18 ordinary19 and ordinary20):
 * off by default, and what a record names is passed back as the same arguments.
 */
describe('the tuner options that hold a setting and thresholds', () => {
  it('holds nothing without options', () => {
    expect(heldFrom(['node', 'tuneConcern.ts'])).toBeUndefined();
    expect(heldArgs(undefined)).toEqual([]);
  });

  it('reads held thresholds beside the held setting and gives them back', () => {
    const argv = [
      '--hold-setting',
      '0.001/2/1/0.25/10',
      '--check-at-most',
      '0.12/0.13',
      '--hold-thresholds',
      'kind=0.09,behindDanger=0.15,firmCheck=0.22,firmCheckShort=0.35',
    ];
    const held = heldFrom(argv);
    expect(held?.thresholds).toEqual({
      kind: 0.09,
      behindDanger: 0.15,
      firmCheck: 0.22,
      firmCheckShort: 0.35,
    });
    expect(heldArgs(held)).toEqual(argv);
  });

  it('refuses held thresholds alone, unknown names and half a firm pair', () => {
    expect(() => heldFrom(['--hold-thresholds', 'kind=0.09'])).toThrow(/needs --hold-setting/);
    const base = ['--hold-setting', '0.001/2/1/0.25/10', '--check-at-most', '0.12/0.13'];
    expect(() => heldFrom([...base, '--hold-thresholds', 'check=0.1'])).toThrow(/NAME=VALUE/);
    expect(() => heldFrom([...base, '--hold-thresholds', 'kind=x'])).toThrow(/NAME=VALUE/);
    expect(() => heldFrom([...base, '--hold-thresholds', 'firmCheck=0.2'])).toThrow(/together/);
  });
});
