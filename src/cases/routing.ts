import { z } from 'zod';
import { parseOperatorYaml, readOperatorYaml, type OperatorYaml } from '../knowledge/yamlSource.js';
import { WijkwijzerError } from '../shared/errors.js';
import { slugSchema, stadsdeelSchema, type Stadsdeel } from './case.js';

/**
 * Which wijkteam gets a handover, as data in knowledge/routering.yaml: ordered rules that match on
 * wijk and/or stadsdeel, first match wins, and an explicit fallback team. Keys are Dutch because
 * the file is kept by people at the gemeente, not by developers.
 */

const name = z.string().trim().min(1).max(100);

export const wijkteamDefinitionSchema = z.object({
  id: slugSchema,
  naam: name,
  stadsdeel: stadsdeelSchema.optional(),
});
export type WijkteamDefinition = z.infer<typeof wijkteamDefinitionSchema>;

export const routingRuleSchema = z
  .object({
    wijken: z.array(name).min(1).optional(),
    stadsdeel: stadsdeelSchema.optional(),
    wijkteam: slugSchema,
  })
  .refine((rule) => rule.wijken !== undefined || rule.stadsdeel !== undefined, {
    error: 'a rule needs "wijken", "stadsdeel" or both',
  });
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/** Lower case, no accents, hyphens and slashes as spaces, no leading article: "'t Zwering" = "zwering". */
export function normaliseAreaName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:de|het|t) /, '');
}

export const routingFileSchema = z
  .object({
    versie: z.literal(1),
    wijkteams: z.array(wijkteamDefinitionSchema).min(1),
    regels: z.array(routingRuleSchema),
    terugval: slugSchema,
  })
  .superRefine((file, context) => {
    const ids = new Set<string>();
    file.wijkteams.forEach((team, index) => {
      if (ids.has(team.id)) {
        context.addIssue({
          code: 'custom',
          path: ['wijkteams', index, 'id'],
          message: `wijkteam "${team.id}" appears twice`,
        });
      }
      ids.add(team.id);
    });
    if (!ids.has(file.terugval)) {
      context.addIssue({
        code: 'custom',
        path: ['terugval'],
        message: `wijkteam "${file.terugval}" is not in the list of wijkteams`,
      });
    }
    // A wijk claimed by an earlier rule with the same stadsdeel condition can never reach a later one.
    const claimed = new Map<string, number>();
    file.regels.forEach((rule, index) => {
      if (!ids.has(rule.wijkteam)) {
        context.addIssue({
          code: 'custom',
          path: ['regels', index, 'wijkteam'],
          message: `wijkteam "${rule.wijkteam}" is not in the list of wijkteams`,
        });
      }
      for (const wijk of rule.wijken ?? []) {
        const key = `${rule.stadsdeel ?? '*'}|${normaliseAreaName(wijk)}`;
        const earlier = claimed.get(key) ?? claimed.get(`*|${normaliseAreaName(wijk)}`);
        if (earlier !== undefined) {
          context.addIssue({
            code: 'custom',
            path: ['regels', index, 'wijken'],
            message: `wijk "${wijk}" is already routed by rule ${earlier + 1}; this rule never matches it`,
          });
        } else {
          claimed.set(key, index);
        }
      }
    });
  });
export type RoutingFile = z.infer<typeof routingFileSchema>;

export interface RoutingTable {
  readonly teams: readonly WijkteamDefinition[];
  readonly rules: readonly RoutingRule[];
  readonly fallback: WijkteamDefinition;
}

export interface RoutingInput {
  readonly wijk?: string | null | undefined;
  readonly stadsdeel?: Stadsdeel | null | undefined;
}

export interface RoutingDecision {
  readonly wijkteam: WijkteamDefinition;
  /** Index (0-based) of the rule that matched, or `fallback` when none did. */
  readonly matchedBy: number | 'fallback';
}

/** Thrown when the routing file cannot be used; lists every problem with its place in the file. */
export class RoutingFileError extends WijkwijzerError {
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[], cause?: unknown) {
    super('WW-6006', {
      detail: { file: source, problems: problems.length },
      ...(cause === undefined ? {} : { cause }),
    });
    this.problems = problems;
    this.message = `WW-6006 Routing file ${source} cannot be used:\n${problems
      .map((problem) => `  - ${problem}`)
      .join('\n')}`;
  }
}

function toTable(file: RoutingFile): RoutingTable {
  const teams = file.wijkteams;
  const fallback = teams.find((team) => team.id === file.terugval);
  // The schema guarantees the fallback exists; this keeps the type checker honest without `!`.
  if (fallback === undefined) throw new RoutingFileError('routing', ['terugval is missing']);
  return { teams, rules: file.regels, fallback };
}

/** Validates routing data that is already parsed (from YAML or a test fixture). */
export function routingTableFrom(data: unknown, source = 'routering.yaml'): RoutingTable {
  const parsed = routingFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new RoutingFileError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  }
  return toTable(parsed.data);
}

function routingTableOf(yaml: OperatorYaml, source: string): RoutingTable {
  if (!yaml.ok) throw new RoutingFileError(source, yaml.problems);
  return routingTableFrom(yaml.data, source);
}

/**
 * Parses the YAML text of a routing file, with the limits of the knowledge files (size, nesting,
 * aliases); syntax errors name their line.
 */
export function parseRoutingFile(text: string, source = 'routering.yaml'): RoutingTable {
  return routingTableOf(parseOperatorYaml(text, source), source);
}

/**
 * Reads and validates knowledge/routering.yaml (or another file) through the knowledge files'
 * reader: a regular file (a FIFO is refused, not waited for) of at most 1 MiB. A missing file is
 * WW-6006 too.
 */
export async function loadRoutingFile(file: string): Promise<RoutingTable> {
  return routingTableOf(await readOperatorYaml(file), file);
}

function ruleMatches(
  rule: RoutingRule,
  wijk: string | undefined,
  stadsdeel: Stadsdeel | undefined,
) {
  if (rule.stadsdeel !== undefined && rule.stadsdeel !== stadsdeel) return false;
  if (rule.wijken !== undefined) {
    return wijk !== undefined && rule.wijken.some((name) => normaliseAreaName(name) === wijk);
  }
  return true;
}

/** The wijkteam for a resident's wijk and stadsdeel: the first rule that matches, else the fallback. */
export function routeCase(table: RoutingTable, input: RoutingInput): RoutingDecision {
  const wijk =
    input.wijk === undefined || input.wijk === null || input.wijk.trim() === ''
      ? undefined
      : normaliseAreaName(input.wijk);
  const stadsdeel = input.stadsdeel ?? undefined;
  for (const [index, rule] of table.rules.entries()) {
    if (!ruleMatches(rule, wijk, stadsdeel)) continue;
    const team = table.teams.find((candidate) => candidate.id === rule.wijkteam);
    if (team !== undefined) return { wijkteam: team, matchedBy: index };
  }
  return { wijkteam: table.fallback, matchedBy: 'fallback' };
}

/** The display name of a wijkteam id, or the id itself when the table does not know it (any more). */
export function wijkteamName(table: RoutingTable, id: string): string {
  return table.teams.find((team) => team.id === id)?.naam ?? id;
}
