/**
 * What the round scripts (shortMessages.ts, classMessages.ts) share: assessing a round's message
 * as a first message, counting crisis replies and checks, whether the lines shown are the right
 * ones, and `--save FILE` / `--compare FILE` of every outcome, so both count and compare alike.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { assessSafety, type SafetyAssessment } from '../../src/safety/assessSafety.js';
import type { CrisisKind } from '../../src/safety/crisisKind.js';
import { rightLine } from './rightLine.js';

export interface Count {
  crisis: number;
  firm: number;
  soft: number;
}

/** Stops the script with a message for the person who ran it (no stack trace). */
export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The outcome as the outcome lines spell it: crisis, check-firm, check-soft or none. */
export function verdict(result: SafetyAssessment): string {
  if (result.outcome === 'check') return `check-${result.checkStrength ?? 'firm'}`;
  return result.outcome;
}

/** Assesses one message and counts it as a crisis reply, a firm check or a soft check. */
export function assessAndCount(
  text: string,
  count: Count,
): { readonly result: SafetyAssessment; readonly said: string } {
  const result = assessSafety(text);
  const said = verdict(result);
  if (result.outcome === 'crisis') count.crisis += 1;
  if (said === 'check-firm') count.firm += 1;
  if (said === 'check-soft') count.soft += 1;
  return { result, said };
}

/** Whether the lines shown fit the kinds the message needs (no reply is not a wrong line). */
export function showsRightLine(result: SafetyAssessment, kinds: readonly CrisisKind[]): boolean {
  const shown = result.lines.map((line) => line.kind as CrisisKind);
  return result.outcome === 'none' || rightLine(result.outcome, kinds, shown);
}

/** A file `--save` wrote: each message's key and its outcome line. */
const savedOutcomesSchema = z.record(z.string(), z.string());

/** The outcomes `--save FILE` wrote, checked, or a clear failure. */
function readSavedOutcomes(file: string | undefined): Record<string, string> {
  if (file === undefined || file.startsWith('--')) fail('--compare needs the file --save wrote');
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`--compare ${file}: cannot read it as JSON (${(error as Error).message})`);
  }
  const parsed = savedOutcomesSchema.safeParse(content);
  if (!parsed.success) {
    fail(`--compare ${file}: not a file --save wrote (${parsed.error.issues[0]?.message ?? ''})`);
  }
  return parsed.data;
}

/**
 * `--save FILE` writes the outcomes (to `defaultFile` without a name); `--compare FILE` prints each
 * outcome that changed since that file, and with `listNew` also each message it does not hold.
 */
export function saveOrCompare(
  argv: readonly string[],
  outcomes: Readonly<Record<string, string>>,
  options: { readonly defaultFile: string; readonly listNew: boolean },
): void {
  const saveAt = argv.indexOf('--save');
  if (saveAt !== -1)
    writeFileSync(argv[saveAt + 1] ?? options.defaultFile, JSON.stringify(outcomes));
  const compareAt = argv.indexOf('--compare');
  if (compareAt === -1) return;
  const before = readSavedOutcomes(argv[compareAt + 1]);
  for (const [key, now] of Object.entries(outcomes)) {
    const was = before[key];
    if (was === undefined && !options.listNew) continue;
    if (was !== now) console.log(`CHANGED ${was ?? '(new)'} -> ${now} | ${key}`);
  }
}
