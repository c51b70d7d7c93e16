import path from 'node:path';
import { environmentSchema } from '../config.js';
import { nl } from '../i18n/nl/index.js';
import { localDate } from '../shared/gemeenteTime.js';
import type { Diagnostic } from '../knowledge/diagnostics.js';
import { outdatedSchemaFiles, writeSchemaFiles } from '../knowledge/jsonSchema.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { buildReport, renderReportMarkdown } from '../knowledge/report.js';
import {
  renderUnconfirmedMarkdown,
  reviewPolicyFrom,
  unconfirmedSection,
} from '../partners/unconfirmedReport.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { exitCodes, type Command, type CommandIo } from './command.js';
import { routingDiagnostics } from './routingCheck.js';

const texts = nl.knowledge;

interface ParsedArgs {
  readonly subcommand: string | undefined;
  readonly dir: string | undefined;
  readonly flags: ReadonlySet<string>;
}

const allowedFlags: Readonly<Record<string, readonly string[]>> = {
  check: ['--errors-only', '--json'],
  report: ['--json'],
  schema: ['--check'],
};

function parseArgs(args: readonly string[]): ParsedArgs | string {
  const [subcommand, ...rest] = args;
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const arg of rest) {
    if (arg.startsWith('--')) flags.add(arg);
    else positional.push(arg);
  }
  if (subcommand === undefined) return texts.missingSubcommand;
  const allowed = allowedFlags[subcommand];
  if (allowed === undefined) return texts.unknownSubcommand(subcommand);
  const unknown = [...flags].find((flag) => !allowed.includes(flag));
  if (unknown !== undefined) return texts.unknownOption(unknown);
  if (positional.length > 1) return texts.tooManyArguments;
  return { subcommand, dir: positional[0], flags };
}

/** The knowledge directory: the argument, else KNOWLEDGE_DIR, else ./knowledge (as in config.ts). */
function resolveDir(dir: string | undefined, io: CommandIo): string {
  const configured = environmentSchema.shape.KNOWLEDGE_DIR.parse(io.env.KNOWLEDGE_DIR);
  return path.resolve(io.cwd, dir ?? configured);
}

function location(diagnostic: Diagnostic, dir: string, io: CommandIo): string {
  const absolute = diagnostic.file === '.' ? dir : path.join(dir, diagnostic.file);
  const shown = path.relative(io.cwd, absolute) || '.';
  return `${shown.split(path.sep).join('/')}:${diagnostic.line}:${diagnostic.column}`;
}

async function check(
  dir: string,
  flags: ReadonlySet<string>,
  io: CommandIo,
  clock: Clock,
): Promise<number> {
  const result = await loadKnowledge(dir, { clock });
  const routing = await routingDiagnostics(dir, texts.check.routingProblem);
  const ok = result.ok && routing.length === 0;
  const errors = result.errors.length + routing.length;
  const warnings = result.warnings.length;
  const diagnostics = [...routing, ...result.diagnostics];
  if (flags.has('--json')) {
    io.stdout(
      `${JSON.stringify(
        {
          ok,
          errors,
          warnings,
          files: result.stats.files,
          voorzieningen: result.stats.voorzieningen,
          version: result.ok ? result.catalogue.version : result.version,
          diagnostics,
        },
        null,
        2,
      )}\n`,
    );
    return ok ? exitCodes.ok : exitCodes.failed;
  }
  const shown = flags.has('--errors-only') ? [...routing, ...result.errors] : diagnostics;
  for (const diagnostic of shown) {
    io.stdout(
      `${texts.check.line(location(diagnostic, dir, io), texts.labels.severity[diagnostic.severity], diagnostic.message)}\n`,
    );
  }
  if (flags.has('--errors-only') && warnings > 0)
    io.stdout(`${texts.check.warningsHidden(warnings)}\n`);
  io.stdout(
    `${texts.check.summary(errors, warnings, result.stats.files, result.stats.voorzieningen)}\n`,
  );
  if (!result.ok) io.stdout(`${texts.check.errorsHint}\n`);
  if (routing.length > 0) io.stdout(`${texts.check.routingHint}\n`);
  return ok ? exitCodes.ok : exitCodes.failed;
}

async function report(
  dir: string,
  flags: ReadonlySet<string>,
  io: CommandIo,
  clock: Clock,
): Promise<number> {
  const result = await loadKnowledge(dir, { clock });
  if (!result.ok) {
    for (const diagnostic of result.errors) {
      io.stderr(
        `${texts.check.line(location(diagnostic, dir, io), texts.labels.severity.error, diagnostic.message)}\n`,
      );
    }
    io.stderr(`${texts.report.errorsFirst}\n`);
    return exitCodes.failed;
  }
  const today = localDate(clock.now());
  const built = buildReport(result.catalogue, result.warnings, today);
  // The partner page's "klopt dit nog?" round (docs/adr/0018): entries unconfirmed long after due.
  const unconfirmed = unconfirmedSection(result.catalogue, today, reviewPolicyFrom(io.env));
  io.stdout(
    flags.has('--json')
      ? `${JSON.stringify({ ...built, unconfirmed: unconfirmed.entries }, null, 2)}\n`
      : `${renderReportMarkdown(built)}\n${renderUnconfirmedMarkdown(unconfirmed)}`,
  );
  return exitCodes.ok;
}

async function schema(dir: string, flags: ReadonlySet<string>, io: CommandIo): Promise<number> {
  if (flags.has('--check')) {
    const outdated = await outdatedSchemaFiles(dir);
    if (outdated.length > 0) {
      io.stderr(`${texts.check.schemaOutdated(outdated)}\n`);
      return exitCodes.failed;
    }
    io.stdout(`${texts.check.schemaUpToDate}\n`);
    return exitCodes.ok;
  }
  try {
    const written = await writeSchemaFiles(dir);
    io.stdout(`${texts.check.schemaWritten(written)}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (isWijkwijzerError(error)) {
      io.stderr(`${error.code} ${nl.errors[error.code]}\n`);
      return exitCodes.software;
    }
    throw error;
  }
}

export interface KnowledgeCommandOptions {
  /** Decides "today" for freshness warnings; tests pass a fixed clock. */
  readonly clock: Clock;
}

/** `wijkwijzer knowledge check|report|schema`: the partners' tools for the sociale kaart. */
export function createKnowledgeCommand(options: KnowledgeCommandOptions): Command {
  return {
    name: 'knowledge',
    summary: 'Check the sociale kaart, report what needs re-checking, write the JSON Schema files',
    usage: texts.usage,
    async run(args, io) {
      const parsed = parseArgs(args);
      if (typeof parsed === 'string') {
        io.stderr(`${texts.usageError(parsed)}\n${texts.usage}\n`);
        return exitCodes.usage;
      }
      const dir = resolveDir(parsed.dir, io);
      switch (parsed.subcommand) {
        case 'check':
          return check(dir, parsed.flags, io, options.clock);
        case 'report':
          return report(dir, parsed.flags, io, options.clock);
        default:
          return schema(dir, parsed.flags, io);
      }
    },
  };
}

export const knowledgeCommand: Command = createKnowledgeCommand({ clock: systemClock });
