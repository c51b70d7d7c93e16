import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/shared/projectRoot.js';

/**
 * The container recipe, checked without a container runtime (none can pull a base image here):
 * dockerfile-utils' linter, and the rules of docs/adr/0016-runtime-deployment-and-test-tiers.md
 * read from the parsed file: multi-stage, production dependencies only, a non-root user, a health
 * check, and every file it copies present in the repository.
 */

const root = findProjectRoot();
const file = path.join(root, 'deploy', 'container', 'Containerfile');
const content = readFileSync(file, 'utf8');
const dockerfile = DockerfileParser.parse(content);

/** Instructions of one stage, by its `AS` name. */
function stage(name: string): Instruction[] {
  const froms = dockerfile.getFROMs();
  const index = froms.findIndex((from) => from.getBuildStage() === name);
  expect(index, `stage ${name}`).toBeGreaterThanOrEqual(0);
  const start = froms[index]!.getRange().start.line;
  const end = froms[index + 1]?.getRange().start.line ?? Number.MAX_SAFE_INTEGER;
  return dockerfile.getInstructions().filter((instruction) => {
    const line = instruction.getRange().start.line;
    return line >= start && line < end;
  });
}

/** Everything after the keyword, flags such as `--from=build` included. */
const argumentsOf = (instruction: Instruction) =>
  instruction
    .getTextContent()
    .slice(instruction.getKeyword().length)
    .trim()
    .replace(/\s*\\\n\s*/g, ' ');

describe('deploy/container/Containerfile', () => {
  it('passes the dockerfile-utils linter without errors or warnings', () => {
    const problems = validate(content).map(
      (diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
    );
    expect(problems).toEqual([]);
  });

  it('builds in stages and ships only production dependencies', () => {
    expect(dockerfile.getFROMs().map((from) => from.getBuildStage())).toEqual([
      'build',
      'production-dependencies',
      'runtime',
    ]);
    const install = stage('production-dependencies').filter(
      (instruction) => instruction.getKeyword() === 'RUN',
    );
    expect(install.map(argumentsOf).join('\n')).toMatch(/npm ci --omit=dev/);
    const runtime = stage('runtime');
    const copies = runtime
      .filter((instruction) => instruction.getKeyword() === 'COPY')
      .map(argumentsOf);
    expect(copies).toContain('--from=production-dependencies /app/node_modules ./node_modules');
    expect(copies).toContain('--from=build /app/dist ./dist');
    // What the compiled bot reads at run time from the project root, besides knowledge/ and web/.
    expect(copies).toEqual(expect.arrayContaining(['models ./models', 'migrations ./migrations']));
    // The build stage runs the whole `npm run build`, browser bundles included.
    const build = stage('build').map(argumentsOf);
    expect(build).toContain('scripts ./scripts');
    expect(build).toContain('npm run build');
    // Nothing is installed or compiled in the image that runs.
    expect(runtime.filter((instruction) => /\bnpm\b/.test(argumentsOf(instruction)))).toEqual([]);
  });

  it('runs as a non-root user, with a health check, on NODE_ENV=production', () => {
    const runtime = stage('runtime');
    const user = runtime.filter((instruction) => instruction.getKeyword() === 'USER').at(-1);
    expect(user === undefined ? 'root' : argumentsOf(user)).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.some((instruction) => instruction.getKeyword() === 'HEALTHCHECK')).toBe(true);
    const env = runtime
      .filter((instruction) => instruction.getKeyword() === 'ENV')
      .map(argumentsOf)
      .join(' ');
    expect(env).toMatch(/NODE_ENV=production/);
    const cmd = runtime.find((instruction) => instruction.getKeyword() === 'CMD');
    expect(cmd === undefined ? '' : argumentsOf(cmd)).toBe('["node", "bin/start.js"]');
  });

  it('keeps the sociale kaart writable for the partner page, in a volume of its own', () => {
    const runtime = stage('runtime');
    const knowledge = runtime
      .filter((instruction) => instruction.getKeyword() === 'COPY')
      .map(argumentsOf)
      .find((args) => args.endsWith(' ./knowledge'));
    const user = runtime.filter((instruction) => instruction.getKeyword() === 'USER').at(-1);
    const runAs = user === undefined ? 'root' : argumentsOf(user);
    // Owned by the user the bot runs as: the partner page writes the YAML files and their
    // temporary files next to them (docs/adr/0018-partner-page-email-sign-in-change-log.md).
    expect(knowledge).toBe(`--chown=${runAs}:${runAs} knowledge ./knowledge`);
    const volumes = runtime
      .filter((instruction) => instruction.getKeyword() === 'VOLUME')
      .map(argumentsOf)
      .join(' ');
    // A volume: partners' edits outlive the container, and an empty volume starts as a copy.
    expect(volumes).toContain('"/app/knowledge"');
  });

  it('copies only files that exist in the repository', () => {
    const missing = dockerfile
      .getInstructions()
      .filter((instruction) => instruction.getKeyword() === 'COPY')
      .map(argumentsOf)
      .filter((args) => !args.startsWith('--from='))
      .flatMap((args) => args.split(/\s+/).slice(0, -1))
      .filter((source) => !source.startsWith('--'))
      .filter((source) => !existsSync(path.join(root, source)));
    expect(missing).toEqual([]);
  });
});
