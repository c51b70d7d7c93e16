/**
 * Partner files an attacker or a careless edit could leave behind (docs/adr/0015-security-posture.md,
 * "Costly YAML and JSON"), each small enough to write in a test and each costly for an unbounded
 * parser: the partner page must refuse them with WW-4118 before the costly part.
 */

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded. */
export function aliasBomb(): string {
  const lines = [
    'voorzieningen:',
    '  - id: alifa-bom',
    '    naam: Bom',
    '    a0: &a0 [x, x, x, x, x, x, x, x, x]',
  ];
  for (let level = 1; level <= 8; level += 1) {
    const previous = `*a${level - 1}`;
    lines.push(
      `    a${level}: &a${level} [${Array.from({ length: 9 }, () => previous).join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A valid-looking file just over the 1 MiB limit: many ordinary entries. */
export function hugeDocument(): string {
  const entries: string[] = [];
  let length = 0;
  for (let index = 0; length < 1024 * 1024 + 10; index += 1) {
    const entry = `  - id: alifa-groot-${index}\n    naam: Voorziening ${index}\n    beschrijving: ${'tekst '.repeat(40)}\n`;
    entries.push(entry);
    length += entry.length;
  }
  return `voorzieningen:\n${entries.join('')}`;
}

/** 5,000 nested flow sequences inside one field (about 10 kB). */
export function deepNesting(): string {
  return `voorzieningen:\n  - id: alifa-diep\n    naam: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
}
