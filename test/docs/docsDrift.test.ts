import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentSchema } from '../../src/config.js';
import { findProjectRoot } from '../../src/shared/projectRoot.js';
import { repositoryFiles } from '../support/repositoryFiles.js';

/**
 * The docs a newcomer follows stay true to the code: every `npm run X` they name is a script in
 * package.json, every relative link opens a file, every setting of `.env.example` is read by the
 * code and the code reads no setting outside it, and the README's layout names every top-level
 * folder. Reads files only: no build, no network. `.env.example` against src/config.ts's schema
 * (same names, the defaults shown) is test/repository/envExample.test.ts.
 */

const root = findProjectRoot();
const files = repositoryFiles(root);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** What a newcomer reads: the README, the docs (ADRs too, for their links), the partner README. */
const DOCS = files.filter(
  (file) =>
    file === 'README.md' ||
    file === 'knowledge/README.md' ||
    file === 'training/README.md' ||
    /^contributing\.md$/i.test(file) ||
    (file.startsWith('docs/') && file.endsWith('.md')),
);

const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
);

/** Script names a text asks for: `npm run X`, and `bench:turn` listed after an `npm run`. */
function namedScripts(text: string): string[] {
  const afterRun = [...text.matchAll(/npm run (?:--[\w-]+ )*([a-z][\w:.*-]*)/g)].map(
    (match) => match[1]!,
  );
  const prefixes = new Set(afterRun.map((name) => name.split(':')[0]!));
  const bare = [...text.matchAll(/`([a-z]+:[a-z][\w:-]*)`/g)]
    .map((match) => match[1]!)
    .filter((name) => prefixes.has(name.split(':')[0]!));
  return [...new Set([...afterRun, ...bare])];
}

function scriptExists(name: string): boolean {
  if (!name.includes('*')) return scripts.includes(name);
  const pattern = new RegExp(`^${name.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return scripts.some((script) => pattern.test(script));
}

/** Relative Markdown link targets (`[text](target)`), without the #fragment. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^(?:[a-z][a-z+.-]*:|#)/i.test(target))
    .map((target) => decodeURI(target.split('#')[0]!));
}

/** src/ and dialogs/ without src/config.ts's schema, where every name appears by definition. */
function codeOutsideTheSchema(): string {
  return files
    .filter((file) => /^(?:src|dialogs)\/.*\.ts$/.test(file))
    .map((file) => {
      const text = read(file);
      if (file !== 'src/config.ts') return text;
      const start = text.indexOf('export const environmentSchema = z.object({');
      const end = text.indexOf('\n});', start);
      expect(start).toBeGreaterThan(-1);
      return text.slice(0, start) + text.slice(end);
    })
    .join('\n');
}

describe('the docs match the code', () => {
  it('reads the docs it should', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['README.md', 'knowledge/README.md']));
    expect(DOCS.filter((file) => file.startsWith('docs/')).length).toBeGreaterThan(10);
  });

  it('every `npm run X` the docs name is a script in package.json', () => {
    const missing = DOCS.flatMap((file) =>
      namedScripts(read(file))
        .filter((name) => !scriptExists(name))
        .map((name) => `${file}: npm run ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('every relative link in the docs points to a file or folder that exists', () => {
    const broken = DOCS.flatMap((file) =>
      relativeLinks(read(file))
        .filter((target) => target !== '')
        .filter((target) => !existsSync(path.resolve(root, path.dirname(file), target)))
        .map((target) => `${file}: ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('every setting of .env.example is read by the code, outside the schema that lists it', () => {
    const code = codeOutsideTheSchema();
    const unread = Object.keys(environmentSchema.shape).filter(
      (name) => !new RegExp(`\\.${name}\\b|\\[['"]${name}['"]\\]`).test(code),
    );
    expect(unread).toEqual([]);
  });

  it('the code reads the environment only through src/config.ts', () => {
    // A `process.env.X` elsewhere would be a setting .env.example cannot list. Passing the whole
    // environment on to loadConfig (the composition root, the command) is how it is read.
    const direct = files
      .filter((file) => /^(?:src|dialogs)\/.*\.ts$/.test(file))
      .flatMap((file) =>
        [...read(file).matchAll(/process\.env(?:\.(\w+)|\[['"](\w+)['"]\])/g)].map(
          (match) => `${file}: ${match[1] ?? match[2]}`,
        ),
      );
    expect(direct).toEqual([]);
  });

  it("the README's project layout names every top-level folder", () => {
    const readme = read('README.md');
    const layout = /## Project layout\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    // Hidden folders (.github, .vscode) are tooling, not the project's layout.
    const folders = [
      ...new Set(
        files
          .filter((file) => file.includes('/') && !file.startsWith('.'))
          .map((file) => file.split('/')[0]!),
      ),
    ];
    const unnamed = folders.filter((folder) => !new RegExp(`^${folder}/`, 'm').test(layout));
    expect(layout).not.toBe('');
    expect(unnamed).toEqual([]);
  });

  it('the checks find a missing script, a broken link and a link they must ignore', () => {
    const sample =
      'Run `npm run bench:nothing`, `npm run --silent sbom`, `npm run bench:*` and `bench:turn`; ' +
      '[a](notes/none.md#x), [b](https://example.nl), [c](tel:08000113), [d](#here).';
    expect(namedScripts(sample).filter((name) => !scriptExists(name))).toEqual(['bench:nothing']);
    expect(relativeLinks(sample)).toEqual(['notes/none.md']);
  });
});
