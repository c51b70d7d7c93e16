import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { systemClock } from '../shared/clock.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { createLogger } from '../shared/logger.js';
import { migrateToPostgres } from '../storage/migrateToPostgres.js';
import { exitCodes, type Command, type CommandIo } from './command.js';

const usage = `Usage: wijkwijzer storage <subcommand>

Subcommands:
  migrate      Copies the embedded files in DATA_DIR (conversation state, cases and their
               numbers, Teams channel links, insight counters, the partner page's change log
               and audit trail, the pick-up reminders' facts) into the PostgreSQL database of
               DATABASE_URL.
               Nothing is lost and it is safe to run again: what PostgreSQL already has in a
               newer version is kept. The files stay as they are. Stop the bot first.

Example:
  DATABASE_URL=postgres://wijkwijzer@localhost/wijkwijzer wijkwijzer storage migrate
`;

async function migrateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: false });
  const config = loadConfig(io.env);
  const url = config.storage.databaseUrl;
  if (url === undefined) {
    io.stderr('wijkwijzer storage migrate: set DATABASE_URL to the PostgreSQL database to fill.\n');
    return exitCodes.usage;
  }
  const report = await migrateToPostgres({
    config,
    url,
    logger: createLogger({ level: 'silent' }),
    clock: systemClock,
  });
  io.stdout(
    `Migrated from ${config.paths.dataDir} to PostgreSQL: ` +
      `${report.stateItems} state items (${report.stateWritten} written), ` +
      `${report.cases} cases (${report.casesWritten} written), ` +
      `${report.links} channel links (${report.linksWritten} written), ` +
      `${report.insightCounters} insight counters (${report.insightCountersWritten} written), ` +
      `${report.partnerChanges} partner changes (${report.partnerChangesWritten} written), ` +
      `${report.partnerAudit} partner audit records (${report.partnerAuditWritten} written), ` +
      `${report.facts} durable facts (${report.factsWritten} written). ` +
      'Items PostgreSQL already had in the same or a newer version were kept.\n',
  );
  return exitCodes.ok;
}

export const storageCommand: Command = {
  name: 'storage',
  summary: 'Move the embedded files into PostgreSQL (migrate)',
  usage,
  async run(args, io) {
    const [subcommand, ...rest] = args;
    try {
      if (subcommand === 'migrate') return await migrateCommand(rest, io);
    } catch (error) {
      if (isWijkwijzerError(error)) {
        const detail = Object.entries(error.code.startsWith('WW-1') ? {} : error.detail)
          .map(([key, value]) => `${key}: ${String(value)}`)
          .join(', ');
        const hint = error.code === 'WW-3005' ? ' The bot is still running: stop it first.' : '';
        io.stderr(
          `wijkwijzer storage: ${error.message}${detail === '' ? '' : ` (${detail})`}.${hint}\n`,
        );
        return exitCodes.dataError;
      }
      if (error instanceof TypeError && 'code' in error) {
        io.stderr(`wijkwijzer storage: ${error.message}\n\n${usage}`);
        return exitCodes.usage;
      }
      throw error;
    }
    io.stderr(`wijkwijzer storage: unknown subcommand "${subcommand ?? ''}".\n\n${usage}`);
    return exitCodes.usage;
  },
};
