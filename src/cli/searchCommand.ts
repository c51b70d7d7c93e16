import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { environmentSchema } from '../config.js';
import { knowledgeTexts } from '../i18n/nl/knowledge.js';
import { searchTexts } from '../i18n/nl/search.js';
import type { Catalogue, ResidentArea } from '../knowledge/catalogue.js';
import { localDate } from '../shared/gemeenteTime.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { search } from '../search/search.js';
import { buildSearchIndex, type SearchIndex } from '../search/searchIndex.js';
import { parseSearchRequest, type SearchRequest } from '../search/searchRequest.js';
import type { Audience, SearchResult } from '../search/searchTypes.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { exitCodes, type Command, type CommandIo } from './command.js';

const texts = searchTexts.cli;
const checkTexts = knowledgeTexts.check;
const severityTexts = knowledgeTexts.labels.severity;

const usage = `Usage: wijkwijzer search "question" [options]
       wijkwijzer search --batch FILE.jsonl [options]

Options:
  --knowledge DIR   Knowledge directory in the documented format (default: KNOWLEDGE_DIR,
                    else ./knowledge).
  --postcode PC     The resident's postcode (7544 or 7544 AB): own wijk first, other areas out.
  --age N           The resident's age: entries for that age first.
  --top N           Number of results (default 3, at most 20).
  --staff           Search as wijkteam staff: also entries "alleen via wijkteam".
  --json            One JSON object instead of text.
  --batch FILE      One JSON object per line, {"text", "postcode"?, "age"?}; writes one line per
                    question: {"results":[{"id","score","why"}],"domains":[...],"noGoodMatch":bool}.

Exit codes: 0 done, 64 wrong options, 65 knowledge directory or batch file invalid.
`;

export interface SearchCommandOptions {
  readonly clock?: Clock;
}

function residentArea(
  catalogue: Catalogue,
  postcode: string | number | undefined,
  io: CommandIo,
  quiet: boolean,
): ResidentArea | undefined {
  if (postcode === undefined) return undefined;
  const found = catalogue.areas.lookupPostcode(postcode);
  if (found === 'outside-gemeente' || found === 'unknown') {
    if (!quiet) {
      const message =
        found === 'outside-gemeente'
          ? texts.postcodeOutside(
              String(postcode),
              catalogue.areas.gemeente ?? catalogue.gemeenteDiensten?.gemeente,
            )
          : texts.postcodeUnknown(String(postcode));
      io.stderr(`${message}\n`);
    }
    return undefined;
  }
  return { wijk: found.wijk, stadsdeel: found.stadsdeel };
}

function compact(result: SearchResult): Record<string, unknown> {
  return {
    results: result.results.map((hit) => ({ id: hit.id, score: hit.score, why: hit.why })),
    domains: result.domains,
    noGoodMatch: result.noGoodMatch,
  };
}

function renderText(result: SearchResult): string {
  const lines: string[] = [];
  if (result.results.length === 0) lines.push(texts.noResults);
  result.results.forEach((hit, rank) => {
    lines.push(
      `${rank + 1}. ${hit.voorziening.naam} (${hit.id}, score ${hit.score.toFixed(2)})`,
      `   ${hit.voorziening.organisatie}`,
      `   ${hit.why}`,
    );
  });
  if (result.noGoodMatch) lines.push('', texts.noGoodMatch);
  if (result.domains.length > 0) {
    const domains = result.domains.map(
      (domain) =>
        `${domain.slug} ${domain.confidence.toFixed(2)}${result.strongDomains.includes(domain.slug) ? ` (${texts.strong})` : ''}`,
    );
    lines.push('', `${texts.domains}: ${domains.join(', ')}`);
  }
  if (result.strongDomains.length >= 2) lines.push(texts.handover);
  return `${lines.join('\n')}\n`;
}

async function runBatch(
  index: SearchIndex,
  file: string,
  options: { audience: Audience; top: number | undefined; today: string },
  io: CommandIo,
): Promise<number> {
  let content: string;
  try {
    content = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch {
    io.stderr(`wijkwijzer search: ${file}: ${texts.batchUnreadable}\n`);
    return exitCodes.dataError;
  }
  const out: string[] = [];
  const lines = content.split(/\r?\n/);
  for (const [number, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      io.stderr(`wijkwijzer search: ${file}:${number + 1}: ${texts.batchNotJson}\n`);
      return exitCodes.dataError;
    }
    let request: SearchRequest;
    try {
      request = parseSearchRequest(parsed);
    } catch {
      io.stderr(`wijkwijzer search: ${file}:${number + 1}: ${texts.batchWrongShape}\n`);
      return exitCodes.dataError;
    }
    const area = residentArea(index.catalogue, request.postcode, io, true);
    const result = search(index, {
      text: request.text,
      audience: options.audience,
      today: options.today,
      ...(request.age === undefined ? {} : { age: request.age }),
      ...(request.language === undefined ? {} : { language: request.language }),
      ...(area === undefined ? {} : { area }),
      ...(options.top === undefined ? {} : { top: options.top }),
    });
    out.push(JSON.stringify(compact(result)));
  }
  io.stdout(out.length === 0 ? '' : `${out.join('\n')}\n`);
  return exitCodes.ok;
}

function parseNumber(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value)) return Number.NaN;
  const number = Number(value);
  return number >= min && number <= max ? number : Number.NaN;
}

/** `wijkwijzer search`: try the search on any knowledge directory, one question or a batch. */
export function createSearchCommand(options: SearchCommandOptions = {}): Command {
  const clock = options.clock ?? systemClock;
  return {
    name: 'search',
    summary: 'Search the sociale kaart the way the bot does (one question or a batch file)',
    usage,
    async run(args, io) {
      let parsed;
      try {
        parsed = parseArgs({
          args: [...args],
          options: {
            knowledge: { type: 'string' },
            postcode: { type: 'string' },
            age: { type: 'string' },
            top: { type: 'string' },
            batch: { type: 'string' },
            staff: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
          },
          strict: true,
          allowPositionals: true,
        });
      } catch (error) {
        io.stderr(
          `wijkwijzer search: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`,
        );
        return exitCodes.usage;
      }
      const { values, positionals } = parsed;
      const age = parseNumber(values.age, 0, 120);
      const top = parseNumber(values.top, 1, 20);
      const text = positionals.join(' ').trim();
      if (
        Number.isNaN(age) ||
        Number.isNaN(top) ||
        (values.batch === undefined && text === '') ||
        (values.batch !== undefined && text !== '')
      ) {
        io.stderr(`wijkwijzer search: ${texts.usageProblem}\n\n${usage}`);
        return exitCodes.usage;
      }

      // Like `wijkwijzer knowledge check`: --knowledge, else KNOWLEDGE_DIR, else ./knowledge.
      const configured = environmentSchema.shape.KNOWLEDGE_DIR.parse(io.env.KNOWLEDGE_DIR);
      const dir = path.resolve(io.cwd, values.knowledge ?? configured);
      const loaded = await loadKnowledge(dir, { clock });
      if (!loaded.ok) {
        io.stderr(`${texts.knowledgeInvalid(dir, loaded.errors.length)}\n`);
        for (const error of loaded.errors) {
          const file = path.relative(io.cwd, path.join(dir, error.file)) || '.';
          const location = `${file.split(path.sep).join('/')}:${error.line}:${error.column}`;
          io.stderr(`${checkTexts.line(location, severityTexts.error, error.message)}\n`);
        }
        return exitCodes.dataError;
      }
      const index = buildSearchIndex(loaded.catalogue);
      const audience: Audience = values.staff ? 'staff' : 'resident';
      const today = localDate(clock.now());
      if (values.batch !== undefined) {
        return runBatch(index, values.batch, { audience, top, today }, io);
      }
      const area = residentArea(loaded.catalogue, values.postcode, io, values.json);
      const result = search(index, {
        text,
        audience,
        today,
        ...(age === undefined ? {} : { age }),
        ...(area === undefined ? {} : { area }),
        ...(top === undefined ? {} : { top }),
      });
      io.stdout(values.json ? `${JSON.stringify(compact(result))}\n` : renderText(result));
      return exitCodes.ok;
    },
  };
}

export const searchCommand: Command = createSearchCommand();
