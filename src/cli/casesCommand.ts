import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { caseStatusSchema } from '../cases/status.js';
import type { Case } from '../cases/case.js';
import { listIn } from '../cases/caseDocument.js';
import {
  casesDirectory,
  FileCaseRepository,
  legacyCasesFile,
  readCaseSnapshot,
} from '../cases/fileCaseRepository.js';
import { parseReference } from '../cases/reference.js';
import { runRetention } from '../cases/retention.js';
import { loadRoutingFile, wijkteamName, type RoutingTable } from '../cases/routing.js';
import { routingTableFromAreas } from '../cases/routingFromAreas.js';
import { loadConfig } from '../config.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { casesTexts } from '../i18n/nl/cases.js';
import { systemClock } from '../shared/clock.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { localDateTime } from '../shared/gemeenteTime.js';
import { createLogger } from '../shared/logger.js';
import { exitCodes, type Command, type CommandIo } from './command.js';
import { terminalSafeJson, withoutControlCharacters } from '../shared/displayText.js';

const usage = `Usage: wijkwijzer cases <subcommand> [options]

Subcommands:
  list [--status S] [--team T] [--json]    Cases in order of arrival, with their delivery state.
                                           S: ${caseStatusSchema.options.join(', ')}.
                                           T: a wijkteam id from knowledge/routering.yaml
                                           (without it, from knowledge/gebieden.yaml).
  show REF [--json] [--with-contact]       One case with its story and history. Contact details
                                           are shown only with --with-contact.
  purge [--dry-run]                        Retention: anonymise contact details and delete closed
                                           cases after CASE_CONTACT_RETENTION_DAYS and
                                           CASE_RETENTION_DAYS. --dry-run only counts.

Reads DATA_DIR/cases/ (a file per case). list and show work while the bot runs; purge needs the
directory to itself (one writer), so run it while the bot is stopped. With DATABASE_URL set the
cases are in PostgreSQL: use the Casusbord there.
`;

/** 2026-03-02 10:00 in Dutch time: sortable and unambiguous for operators. */
function formatTime(iso: string | null): string {
  return iso === null ? '-' : localDateTime(new Date(iso));
}

function deliveryText(current: Case): string {
  const delivery = current.delivery;
  const attempts = `${delivery.attempts} ${delivery.attempts === 1 ? 'attempt' : 'attempts'}`;
  switch (delivery.state) {
    case 'delivered':
      return `delivered ${formatTime(delivery.deliveredAt)}`;
    case 'failed':
      return `failed (${attempts}, ${delivery.lastErrorCode ?? '?'}, next ${formatTime(delivery.nextAttemptAt)})`;
    case 'pending':
      return delivery.attempts === 0 ? 'pending' : `pending (${attempts})`;
  }
}

/** What may leave the process without --with-contact: no contact details, no chat key. */
function withoutContact(current: Case): Record<string, unknown> {
  return {
    ...current,
    melder: current.melder.kind === 'contact' ? { kind: 'hidden' } : current.melder,
    residentKey: current.residentKey === null ? null : '[hidden]',
  };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell.padEnd(widths?.[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}

/** As the running bot routes: routering.yaml, else the knowledge's gebieden.yaml (ADR 0003). */
async function routingFor(knowledgeDir: string): Promise<RoutingTable | undefined> {
  const file = path.join(knowledgeDir, 'routering.yaml');
  try {
    if (existsSync(file)) return await loadRoutingFile(file);
    // Only without the routing file does the knowledge route, so only then is it loaded.
    const loaded = await loadKnowledge(knowledgeDir, { clock: systemClock });
    return loaded.ok ? routingTableFromAreas(loaded.catalogue.areas) : undefined;
  } catch {
    // Names are a nicety here; without usable routing or knowledge the ids are shown.
    return undefined;
  }
}

async function listCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      status: { type: 'string' },
      team: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const status =
    values.status === undefined ? undefined : caseStatusSchema.safeParse(values.status);
  if (status !== undefined && !status.success) {
    io.stderr(
      `wijkwijzer cases: unknown status "${values.status ?? ''}". Use one of: ${caseStatusSchema.options.join(', ')}.\n`,
    );
    return exitCodes.usage;
  }
  const config = loadConfig(io.env);
  const document = readCaseSnapshot(config.paths.dataDir);
  const cases = listIn(document, {
    ...(status === undefined ? {} : { status: status.data }),
    ...(values.team === undefined ? {} : { wijkteam: values.team }),
  });
  if (values.json) {
    io.stdout(`${terminalSafeJson(cases.map(withoutContact))}\n`);
    return exitCodes.ok;
  }
  if (cases.length === 0) {
    io.stdout('No cases.\n');
    return exitCodes.ok;
  }
  const rows = [
    ['REFERENCE', 'STATUS', 'TEAM', 'CREATED', 'ASSIGNEE', 'DELIVERY'],
    ...cases.map((current) => [
      current.reference,
      current.status,
      current.wijkteam,
      formatTime(current.createdAt),
      current.assignee?.displayName ?? '-',
      deliveryText(current),
    ]),
  ];
  const count = (state: string) =>
    cases.filter((current) => current.delivery.state === state).length;
  io.stdout(
    `${table(rows.map((row) => row.map(withoutControlCharacters)))}\n\n${cases.length} ${cases.length === 1 ? 'case' : 'cases'}: ` +
      `${count('pending')} pending, ${count('failed')} failed, ${count('delivered')} delivered.\n`,
  );
  return exitCodes.ok;
}

function describe(current: Case, routing: RoutingTable | undefined, withContact: boolean): string {
  const name = routing === undefined ? current.wijkteam : wijkteamName(routing, current.wijkteam);
  const story = current.story;
  const lines = [
    `Reference:      ${current.reference}`,
    `Status:         ${current.status} (${casesTexts.status[current.status]})`,
    `Outcome:        ${current.outcome === null ? '-' : `${current.outcome} (${casesTexts.outcome[current.outcome]})`}`,
    `Wijkteam:       ${name} (${current.wijkteam})`,
    `Created:        ${formatTime(current.createdAt)}`,
    `Updated:        ${formatTime(current.updatedAt)} (version ${current.version})`,
    `Closed:         ${formatTime(current.closedAt)}`,
    `Assignee:       ${current.assignee === null ? '-' : `${current.assignee.displayName} (${current.assignee.staffId})`}`,
    `Delivery:       ${deliveryText(current)}${current.delivery.receipt === null ? '' : ` via ${current.delivery.receipt.channel}`}`,
    `Consent:        ${current.consent.given ? 'given' : 'not given'} ${formatTime(current.consent.at)} (${current.consent.textVersion})`,
    '',
    'Story',
    `  Summary:        ${story.summary}`,
    `  Levensgebieden: ${story.levensgebieden.join(', ') || '-'}`,
    `  Area:           ${story.wijk ?? '-'}${story.stadsdeel === null ? '' : ` (stadsdeel ${story.stadsdeel})`}`,
    `  For whom:       ${story.forWhom}${story.ageBand === null ? '' : `, ${story.ageBand}`}`,
    `  Tried already:  ${story.triedAlready || '-'}`,
    `  Already shown:  ${story.voorzieningenShown.join(', ') || '-'}`,
    `  Conversations:  ${story.conversationCount}`,
    '',
  ];
  const melder = current.melder;
  if (melder.kind === 'erased') {
    lines.push(`Contact:        erased ${formatTime(melder.at)} (${melder.reason})`);
  } else if (!withContact) {
    lines.push('Contact:        hidden (add --with-contact to show it)');
  } else {
    lines.push(
      'Contact',
      `  Name:           ${melder.name}`,
      `  Phone:          ${melder.phone ?? '-'}`,
      `  E-mail:         ${melder.email ?? '-'}`,
      `  Best moment:    ${melder.bestMoment ?? '-'}`,
      `  No calls:       ${melder.noCalls ? 'yes (text or e-mail only)' : 'no'}`,
    );
  }
  lines.push('', 'History');
  for (const entry of current.history) {
    const actor = entry.actor.name ?? entry.actor.id;
    const outcome = entry.outcome === undefined ? '' : ` [${entry.outcome}]`;
    const note = entry.note === undefined ? '' : ` "${entry.note}"`;
    lines.push(
      `  ${formatTime(entry.at)}  ${entry.action.padEnd(14)} ${(entry.from ?? '-').padEnd(14)} -> ${entry.to.padEnd(14)} ${entry.actor.kind}:${actor}${outcome}${note}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function showCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean', default: false },
      'with-contact': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) {
    io.stderr(`wijkwijzer cases show: give exactly one reference.\n\n${usage}`);
    return exitCodes.usage;
  }
  const { reference } = parseReference(input);
  const config = loadConfig(io.env);
  const document = readCaseSnapshot(config.paths.dataDir);
  const found = document.cases[reference];
  if (found === undefined) {
    io.stderr(`wijkwijzer cases: no case ${reference}.\n`);
    return exitCodes.failed;
  }
  const withContact = values['with-contact'];
  if (withContact && found.melder.kind === 'contact') {
    // Said on stderr so it is not lost when stdout goes to a file.
    io.stderr(`Showing contact details of ${reference}. Do not copy them elsewhere.\n`);
  }
  if (values.json) {
    io.stdout(`${terminalSafeJson(withContact ? found : withoutContact(found))}\n`);
  } else {
    // The story, names and notes are other people's words: no control characters reach the
    // operator's terminal (src/shared/displayText.ts). --json escapes them already.
    io.stdout(
      withoutControlCharacters(
        describe(found, await routingFor(config.paths.knowledgeDir), withContact),
      ),
    );
  }
  return exitCodes.ok;
}

async function purgeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { 'dry-run': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const config = loadConfig(io.env);
  const logger = createLogger({ level: 'silent' });
  let repository: FileCaseRepository;
  try {
    repository = await FileCaseRepository.open({
      dir: casesDirectory(config.paths.dataDir),
      legacyFile: legacyCasesFile(config.paths.dataDir),
      clock: systemClock,
      referencePrefix: config.cases.referencePrefix,
      logger,
    });
  } catch (error) {
    if (isWijkwijzerError(error) && error.code === 'WW-3005') {
      io.stderr(
        'wijkwijzer cases purge: the cases file is in use by the running bot. Only one process may ' +
          'write it: stop the bot first, or let the bot run retention itself.\n',
      );
      return exitCodes.failed;
    }
    throw error;
  }
  try {
    const dryRun = values['dry-run'];
    const policy = config.cases.retention;
    const report = await runRetention({ repository, clock: systemClock, policy, logger, dryRun });
    const verb = dryRun ? 'would be' : 'were';
    io.stdout(
      `Retention${dryRun ? ' (dry run, nothing changed)' : ''}: ${report.examined} closed ` +
        `${report.examined === 1 ? 'case' : 'cases'} examined; contact details of ${report.anonymised} ${verb} ` +
        `anonymised (after ${policy.contactDays} days); ${report.deleted} ${verb} deleted ` +
        `(after ${policy.caseDays} days)` +
        `${report.skipped > 0 ? `; ${report.skipped} skipped (changed during the run)` : ''}.\n`,
    );
  } finally {
    await repository.close();
  }
  return exitCodes.ok;
}

/** `wijkwijzer cases`: handed-over questions for staff and operators. */
export const casesCommand: Command = {
  name: 'cases',
  summary: 'List and show handed-over cases; run retention (purge)',
  usage,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    try {
      if (subcommand === 'list') return await listCommand(rest, io);
      if (subcommand === 'show') return await showCommand(rest, io);
      if (subcommand === 'purge') return await purgeCommand(rest, io);
    } catch (error) {
      if (isWijkwijzerError(error)) {
        const detail = Object.entries(error.code.startsWith('WW-1') ? {} : error.detail)
          .map(([key, value]) => `${key}: ${String(value)}`)
          .join(', ');
        io.stderr(`wijkwijzer cases: ${error.message}${detail === '' ? '' : ` (${detail})`}\n`);
        return exitCodes.dataError;
      }
      if (error instanceof TypeError && 'code' in error) {
        io.stderr(`wijkwijzer cases: ${error.message}\n\n${usage}`);
        return exitCodes.usage;
      }
      throw error;
    }
    io.stderr(`wijkwijzer cases: unknown subcommand "${subcommand ?? ''}".\n\n${usage}`);
    return exitCodes.usage;
  },
};
