/**
 * The string literals of the tests (test/**\/*.ts): a line written apart that nearly copies a
 * phrasing a test asserts on is measured on something the project was built against. Read with the
 * TypeScript parser rather than a pattern, so escapes, quotes inside strings and template parts
 * come out as the test means them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { ComparedLine } from '../../training/nearCopies.js';

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return tsFiles(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
}

/** Every literal with a letter in it, where it is (file and line, relative to `root`). */
export function literalsOf(file: string, root: string): ComparedLine[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const relative = path.relative(root, file);
  const found: ComparedLine[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (/\p{L}/u.test(node.text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ text: node.text, where: `${relative}:${line}` });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The literals of every TypeScript file under `dir`, except the files in `skip`. */
export function testLiterals(
  dir: string,
  root: string,
  skip: ReadonlySet<string> = new Set(),
): ComparedLine[] {
  return tsFiles(dir)
    .filter((file) => !skip.has(path.resolve(file)))
    .flatMap((file) => literalsOf(file, root));
}
