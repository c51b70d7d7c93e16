import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { repositoryFiles } from '../support/repositoryFiles.js';

/**
 * References a new maintainer can follow. The reason for a piece of code lives in an ADR or a doc
 * in this repository, never in an issue tracker the gemeente cannot see ("issue 5, item 3") or a
 * brief outside the repository ("domain brief §8"); and every `docs/….md` a file names exists.
 * See docs/contributing.md, "Comments".
 */

const root = findProjectRoot();

const SOURCE = /^(?:src|dialogs|web|bin|bench|test|scripts)\/.*\.(?:ts|js|mjs|cjs|html|css)$/;
const UNFINDABLE = [
  { name: 'an issue number', pattern: /\bissues?\s+#?\d+/i },
  { name: 'the domain brief', pattern: /\bdomain brief\b/i },
];

/** Comments only: `// …`, `/* … *\/` and `<!-- … -->`; strings and code may say what they like. */
function comments(text: string): string[] {
  return [...text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g)].map(
    (match) => match[0],
  );
}

describe('references in the repository', () => {
  const files = repositoryFiles(root);

  it('source comments cite an ADR or a doc, not an issue number or the domain brief', () => {
    const offenders: string[] = [];
    for (const file of files.filter((name) => SOURCE.test(name))) {
      if (file === 'test/repository/references.test.ts') continue;
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const comment of comments(text)) {
        for (const { name, pattern } of UNFINDABLE) {
          const found = pattern.exec(comment);
          if (found === null) continue;
          const line = text.slice(0, text.indexOf(comment) + found.index).split('\n').length;
          offenders.push(`${file}:${line} cites ${name} ("${found[0]}")`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every docs/….md that a file names exists', () => {
    const missing: string[] = [];
    for (const file of files) {
      if (file === 'package-lock.json' || file === 'LICENSE') continue;
      const text = readFileSync(path.join(root, file), 'utf8');
      // `../shared/docs/…` is the project's background outside the repository; skip it here.
      for (const match of text.matchAll(/(?<![\w/.-])docs\/[\w./-]+?\.md\b/g)) {
        if (!existsSync(path.join(root, match[0]))) missing.push(`${file}: ${match[0]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('README and docs/contributing.md name every folder in src/', () => {
    const folders = [
      ...new Set(
        files.filter((file) => /^src\/[^/]+\//.test(file)).map((file) => file.split('/')[1]!),
      ),
    ];
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const contributing = readFileSync(path.join(root, 'docs/contributing.md'), 'utf8');
    const unnamed = folders.flatMap((folder) => [
      ...(new RegExp(`(?<![\\w/])${folder}/`).test(readme) ? [] : [`README.md: ${folder}/`]),
      ...(new RegExp(`^  ${folder}/`, 'm').test(contributing) ? [] : [`contributing: ${folder}/`]),
    ]);
    expect(folders.length).toBeGreaterThan(10);
    expect(unnamed).toEqual([]);
  });

  it('the ADR index lists every ADR, and nothing else', () => {
    const adrs = files.filter((file) => /^docs\/adr\/\d{4}[a-z]?-[\w-]+\.md$/.test(file));
    const index = readFileSync(path.join(root, 'docs/adr/README.md'), 'utf8');
    const listed = [...index.matchAll(/\]\((\d{4}[a-z]?-[\w-]+\.md)\)/g)].map(
      (match) => `docs/adr/${match[1]}`,
    );
    expect(adrs.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...adrs].sort());
  });

  it('every axe check in the browser tests includes the WCAG 2.2 AA rules', () => {
    // toegankelijkheidsverklaring.md promises WCAG 2.2 AA checks; a new page's test must keep it.
    const weaker = files
      .filter((file) => file.startsWith('test/') && file.endsWith('.ts'))
      .filter((file) => {
        const text = readFileSync(path.join(root, file), 'utf8');
        return text.includes('.withTags(') && !/WCAG_22_AA|'wcag22aa'/.test(text);
      });
    expect(weaker).toEqual([]);
  });

  it('the check itself finds an issue number in a comment and ignores one in code', () => {
    const sample = [
      '// see issue 5, item 3',
      "const label = 'issue 12';",
      '/** domain brief §8 */',
    ].join('\n');
    const hits = comments(sample).flatMap((comment) =>
      UNFINDABLE.filter(({ pattern }) => pattern.test(comment)).map(({ name }) => name),
    );
    expect(hits).toEqual(['an issue number', 'the domain brief']);
  });
});
