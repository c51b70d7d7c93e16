import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds package.json, found by walking up from this file: the same answer whether
 * the code runs from src/ (tsx, tests) or from dist/src/ (a build).
 */
export function findProjectRoot(
  start: string = path.dirname(fileURLToPath(import.meta.url)),
): string {
  let current = start;
  for (;;) {
    if (existsSync(path.join(current, 'package.json'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return start;
    current = parent;
  }
}
