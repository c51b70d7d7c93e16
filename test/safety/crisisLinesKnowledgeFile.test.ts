import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { crisislijnenFileSchema } from '../../src/knowledge/schema.js';
import { crisisLines, displayHost } from '../../src/safety/crisisLines.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * Residents see the crisis lines from src/safety/crisisLines.ts, never from a file that could be
 * broken; knowledge/crisislijnen.yaml repeats them for staff and the knowledge report, and must
 * agree (docs/adr/0005-crisis-detection.md, "Monthly number check"; knowledge/README.md,
 * "Levensgebieden en crisislijnen"). A number changed in one place only fails here.
 */

const file = crisislijnenFileSchema.parse(
  parse(readFileSync(path.join(findProjectRoot(), 'knowledge', 'crisislijnen.yaml'), 'utf8')),
);
const digits = (number: string) => number.replace(/\D/g, '');

describe('knowledge/crisislijnen.yaml and src/safety/crisisLines.ts', () => {
  it('hold the same phone numbers', () => {
    const inCode = Object.values(crisisLines).flatMap((line) =>
      [line.phone, ...line.otherPhones].map((phone) => digits(phone.shown)),
    );
    const inFile = file.crisislijnen.flatMap((line) =>
      line.telefoon.map((phone) => digits(phone.nummer)),
    );
    expect([...inFile].sort()).toEqual([...inCode].sort());
  });

  it('name the same websites', () => {
    const inCode = Object.values(crisisLines).flatMap((line) =>
      line.web === null ? [] : [displayHost(line.web)],
    );
    const inFile = file.crisislijnen.flatMap((line) =>
      [line.chat, line.website].flatMap((url) => (url === undefined ? [] : [displayHost(url)])),
    );
    expect([...new Set(inFile)].sort()).toEqual([...new Set(inCode)].sort());
  });
});
