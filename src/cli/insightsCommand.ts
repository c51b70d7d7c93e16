import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { routingTableFromAreas } from '../cases/routingFromAreas.js';
import { RoutingSource } from '../cases/routingSource.js';
import { loadConfig } from '../config.js';
import { monitorKnowledge } from '../insights/report/monitorKnowledge.js';
import { buildMonitorReport } from '../insights/report/monitorReport.js';
import { periodFromRange } from '../insights/report/period.js';
import { reportCsv, reportJson, reportMarkdown } from '../insights/report/renderText.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { buildReport } from '../knowledge/report.js';
import { unconfirmedEntries } from '../partners/reviewRound.js';
import { nl } from '../i18n/nl/index.js';
import { systemClock } from '../shared/clock.js';
import { isWijkwijzerError } from '../shared/errors.js';
import { localDate } from '../shared/gemeenteTime.js';
import { createLogger } from '../shared/logger.js';
import { openInsightsReader } from '../storage/openInsightsReader.js';
import { exitCodes, type Command, type CommandIo } from './command.js';

const usage = `Usage: wijkwijzer insights report --from DATE --to DATE [options]

The gemeente's monitor on the command line: the same figures as /monitor/, with the same hidden
cells (x: fewer than 5 residents, or hidden so a small number cannot be worked out).

  --from DATE, --to DATE   One whole month, quarter or year: 2026-03-01 and 2026-03-31, or
                           2026-01 and 2026-03, or 2026-01-01 and 2026-12-31.
  --area AREA              stad (default: the whole gemeente), stadsdeel:<id> or wijk:<naam>, with
                           an id or name from the knowledge's gebieden.yaml.
  --per week|maand         Series per week (default) or per month.
  --format md|csv|json     Markdown (default), one long CSV of every table, or JSON.
  --out FILE               Write to FILE instead of standard output.

Reads DATA_DIR/insights/ (read-only: it works while the bot runs), or with DATABASE_URL the
counters every instance shares in PostgreSQL, and KNOWLEDGE_DIR.
`;

async function report(args: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      area: { type: 'string', default: 'stad' },
      per: { type: 'string', default: 'week' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (
    values.from === undefined ||
    values.to === undefined ||
    !['md', 'csv', 'json'].includes(values.format) ||
    !['week', 'maand'].includes(values.per)
  ) {
    io.stderr(usage);
    return exitCodes.usage;
  }
  const config = loadConfig(io.env);
  const clock = systemClock;
  const today = localDate(clock.now());
  const loaded = await loadKnowledge(config.paths.knowledgeDir, { clock });
  if (!loaded.ok) {
    io.stderr(
      `wijkwijzer insights: the knowledge in ${config.paths.knowledgeDir} has errors; run \`wijkwijzer knowledge check\`.\n`,
    );
    return exitCodes.dataError;
  }
  // As the running bot routes: routering.yaml, else the knowledge's gebieden.yaml (ADR 0003).
  const catalogue = loaded.catalogue;
  const routing = (
    await RoutingSource.open(
      path.join(config.paths.knowledgeDir, 'routering.yaml'),
      createLogger({ level: 'silent' }),
      () => routingTableFromAreas(catalogue.areas),
    )
  ).current();
  const reader = await openInsightsReader(config, createLogger({ level: 'silent' }));
  const store = reader.store;
  try {
    const built = await buildMonitorReport(
      {
        store,
        promiseDays: config.cases.handoverWorkingDays,
        today: () => today,
        knowledge: () =>
          Promise.resolve(
            monitorKnowledge(
              loaded.catalogue,
              routing.teams.map((team) => ({ id: team.id, name: team.naam })),
              buildReport(loaded.catalogue, loaded.warnings, today).beheerders,
              unconfirmedEntries(loaded.catalogue, today, config.partners.review),
            ),
          ),
      },
      {
        period: periodFromRange(values.from, values.to),
        area: values.area,
        granularity: values.per === 'maand' ? 'month' : 'week',
      },
    );
    const text =
      values.format === 'json'
        ? reportJson(built)
        : values.format === 'csv'
          ? reportCsv(built)
          : reportMarkdown(built);
    if (values.out === undefined) io.stdout(text);
    else await writeFile(path.resolve(io.cwd, values.out), text, 'utf8');
    return exitCodes.ok;
  } catch (error) {
    if (isWijkwijzerError(error) && (error.code === 'WW-8104' || error.code === 'WW-8105')) {
      io.stderr(`wijkwijzer insights: ${nl.errors[error.code]}\n`);
      return exitCodes.usage;
    }
    throw error;
  } finally {
    await reader.close();
  }
}

export const insightsCommand: Command = {
  name: 'insights',
  summary: "The gemeente's monitor as Markdown, CSV or JSON (aggregated, small cells hidden).",
  usage,
  run: async (args, io) => {
    const [subcommand, ...rest] = args;
    if (subcommand !== 'report') {
      io.stderr(usage);
      return exitCodes.usage;
    }
    return report(rest, io);
  },
};
