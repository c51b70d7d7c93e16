import { nl } from '../../i18n/nl/index.js';
import type { BeheerderReport } from '../../knowledge/report.js';
import { dutchCalendarDate } from '../../shared/gemeenteTime.js';
import type { InsightAggregateStore } from '../aggregateStore.js';
import type { InsightRow } from '../insightCounts.js';
import { pilotOutcomes, UNKNOWN_LEVENSGEBIED, workingDayBuckets } from '../insightEvents.js';
import { followUpOutcomes } from '../../conversation/residentMemory.js';
import { crisisKindsByUrgency } from '../../safety/crisisKind.js';
import { buildAreaTree, cityOnly, CITY, type AreaTree } from './areaTree.js';
import { Cube, MIN_CELL, type Hierarchy } from './cube.js';
import {
  bucketsOf,
  describeNode,
  nodeRange,
  timeHierarchy,
  weekNodeOf,
  type Granularity,
  type Period,
} from './period.js';

/**
 * The monitor's figures for one period and area, as plain data: sections of tables, each cell a
 * count or hidden (ADR 0017 §5). The page, the CSV files and `wijkwijzer insights report` all
 * render this one object, so they cannot disagree.
 */

const texts = nl.monitor.report;
/** Unmet-need terms considered per year; the table shows at most fifteen of them. */
const MAX_TERMS = 40;

export interface ReportCell {
  /** Null when hidden. */
  readonly value: number | null;
  /** What a reader sees: a Dutch number, `x` for hidden, or a short text (a date, a median). */
  readonly text: string;
}

export interface ReportRow {
  readonly id: string;
  readonly label: string;
  readonly cells: readonly ReportCell[];
  /** A shorter label for a chart's axis (months as "mrt"). */
  readonly short?: string;
  /** The total row of an additive table. */
  readonly total?: boolean;
}

export type ChartKind = 'bars' | 'stacked' | 'columns' | 'none';

export interface ReportTable {
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly ReportRow[];
  /** How the page draws it; the chart shows the first column (`stacked`: all but the total). */
  readonly chart: ChartKind;
  /** Counted for the whole city only, while an area was chosen: the page says so. */
  readonly cityOnly?: boolean;
}

export interface ReportSection {
  readonly id: keyof typeof texts.sections;
  readonly title: string;
  readonly intro: string;
  readonly tables: readonly ReportTable[];
}

export interface MonitorReport {
  readonly title: string;
  readonly period: {
    readonly id: string;
    readonly label: string;
    readonly from: string;
    readonly to: string;
  };
  readonly area: { readonly id: string; readonly label: string };
  readonly granularity: Granularity;
  readonly generatedOn: string;
  readonly minCell: number;
  readonly marker: string;
  readonly sections: readonly ReportSection[];
}

export interface MonitorKnowledge {
  readonly levensgebieden: readonly { readonly id: string; readonly label: string }[];
  readonly stadsdelen: Parameters<typeof buildAreaTree>[0]['stadsdelen'];
  readonly wijkteams: readonly { readonly id: string; readonly name: string }[];
  readonly voorzieningen: readonly { readonly id: string; readonly naam: string }[];
  /** `wijkwijzer knowledge report`'s figures per beheerder. */
  readonly beheerders: readonly BeheerderReport[];
  /** Per beheerder: entries unconfirmed long after their check was due (the partner page's rule). */
  readonly unconfirmed?: ReadonlyMap<string, number>;
}

export interface MonitorSource {
  readonly store: InsightAggregateStore;
  readonly knowledge: () => Promise<MonitorKnowledge>;
  /** HANDOVER_WORKING_DAYS: the promise the pick-up time is held against. */
  readonly promiseDays: number;
  /** jjjj-mm-dd of today, for "gemaakt op". */
  readonly today: () => string;
}

export interface ReportRequest {
  readonly period: Period;
  /** `stad`, `stadsdeel:<id>` or `wijk:<naam>`. */
  readonly area: string;
  readonly granularity: Granularity;
}

// ---- formatting -----------------------------------------------------------------------------

const numberFormat = new Intl.NumberFormat('nl-NL');

function cell(value: number, hidden: boolean): ReportCell {
  return hidden ? { value: null, text: texts.marker } : { value, text: numberFormat.format(value) };
}

function textCell(text: string): ReportCell {
  return { value: null, text };
}

export function nodeLabel(year: number, node: number): string {
  const info = describeNode(node);
  if (info.kind === 'year') return texts.year(year);
  if (info.kind === 'quarter') return texts.quarter(info.quarter, year);
  const month = texts.months[info.month - 1] ?? '';
  if (info.kind === 'month') return `${month} ${year}`;
  const range = nodeRange(year, node);
  return texts.week(
    Number(range.from.slice(8)),
    Number(range.to.slice(8)),
    texts.monthsShort[info.month - 1] ?? '',
  );
}

/** For a chart axis: "mrt" for a month, "8-14 mrt" for a week. */
export function shortLabel(year: number, node: number): string {
  const info = describeNode(node);
  return info.kind === 'month' ? (texts.monthsShort[info.month - 1] ?? '') : nodeLabel(year, node);
}

function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

// ---- category axes --------------------------------------------------------------------------

interface Axis {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly hierarchy: Hierarchy;
  /** Index of the total node, or -1 when the categories do not add up to one. */
  readonly total: number;
  index(id: string): number;
}

function axis(categories: readonly { id: string; label: string }[], additive: boolean): Axis {
  const ids = additive ? ['__total', ...categories.map((c) => c.id)] : categories.map((c) => c.id);
  const labels = additive
    ? [texts.total, ...categories.map((c) => c.label)]
    : categories.map((c) => c.label);
  const byId = new Map(ids.map((id, index) => [id, index]));
  return {
    ids,
    labels,
    hierarchy: { parents: ids.map((_, index) => (additive ? (index === 0 ? -1 : 0) : -1)) },
    total: additive ? 0 : -1,
    index: (id) => byId.get(id) ?? -1,
  };
}

function labelled(ids: readonly string[], labels: Readonly<Record<string, string>>) {
  return ids.map((id) => ({ id, label: labels[id] ?? id }));
}

// ---- cubes ----------------------------------------------------------------------------------

/** One counted entry: its day, area dimensions and a category per axis. */
/** Something counted: its week node, its area leaf (0 for city-only tables), its dimensions. */
interface Countable {
  readonly week: number;
  readonly area: number;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly count: number;
}

/** The category of a counter on each axis (a string for one axis), or undefined to skip it. */
type CategoryOf = (
  dimensions: Readonly<Record<string, string>>,
) => string | readonly [string, string] | undefined;

/** A stored counter with its week and area leaf worked out once, for every table that uses it. */
interface PreparedRow {
  readonly day: string;
  readonly week: number;
  readonly area: number;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly count: number;
}

/** The rows grouped by kind, with week and area computed once (a year is ~10⁵ counters). */
function prepareRows(
  rows: readonly InsightRow[],
  areas: AreaTree,
): ReadonlyMap<string, readonly PreparedRow[]> {
  const byKind = new Map<string, PreparedRow[]>();
  // Rows come day by day: the week changes rarely; the area leaf is looked up per wijk, then per
  // stadsdeel (no string building per row: a year holds ~10⁵ counters).
  let lastDay = '';
  let week = 0;
  const byWijk = new Map<string, Map<string, number>>();
  const byStadsdeel = new Map<string, number>();
  for (const row of rows) {
    if (row.day !== lastDay) {
      lastDay = row.day;
      week = weekNodeOf(row.day);
    }
    const { wijk, stadsdeel } = row.dimensions;
    let inWijk = wijk === undefined ? undefined : byWijk.get(wijk);
    if (wijk !== undefined && inWijk === undefined) {
      inWijk = new Map();
      byWijk.set(wijk, inWijk);
    }
    const cache = inWijk ?? byStadsdeel;
    let area = cache.get(stadsdeel ?? '');
    if (area === undefined) {
      area = areas.leafOf(row.dimensions);
      cache.set(stadsdeel ?? '', area);
    }
    let list = byKind.get(row.kind);
    if (list === undefined) {
      list = [];
      byKind.set(row.kind, list);
    }
    list.push({ day: row.day, week, area, dimensions: row.dimensions, count: row.count });
  }
  return byKind;
}

interface BuiltCube {
  readonly cube: Cube;
  readonly axes: readonly Axis[];
  readonly areaAware: boolean;
}

function buildCube(
  entries: readonly Countable[],
  categoryOf: CategoryOf,
  axes: readonly Axis[],
  areas: AreaTree | undefined,
): BuiltCube {
  const cube = new Cube([
    timeHierarchy,
    areas?.hierarchy ?? cityOnly,
    ...axes.map((a) => a.hierarchy),
  ]);
  const coords = [0, 0, 0, 0].slice(0, 2 + axes.length);
  for (const entry of entries) {
    coords[0] = entry.week;
    coords[1] = areas === undefined ? 0 : entry.area;
    const category = categoryOf(entry.dimensions);
    if (category === undefined) continue;
    let known = true;
    for (let index = 0; index < axes.length; index += 1) {
      const id = typeof category === 'string' ? category : category[index];
      const found = axes[index]?.index(id ?? '') ?? -1;
      if (found < 0) known = false;
      coords[2 + index] = found;
    }
    if (known) cube.add(coords, entry.count);
  }
  cube.finish(MIN_CELL);
  return { cube, axes, areaAware: areas !== undefined };
}

// ---- the report -----------------------------------------------------------------------------

interface Scope {
  readonly period: Period;
  readonly areaNode: number;
  readonly buckets: readonly number[];
  readonly granularityLabel: string;
}

function areaNodeFor(built: BuiltCube, scope: Scope): number {
  return built.areaAware ? scope.areaNode : 0;
}

function cityOnlyFlag(built: BuiltCube | undefined, scope: Scope): { cityOnly?: true } {
  return (built === undefined || !built.areaAware) && scope.areaNode !== 0
    ? { cityOnly: true }
    : {};
}

/** A table of one axis' categories (rows) over the period: one column "Aantal". */
function categoryTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
  options: { note?: string; chart?: ChartKind; rows?: readonly number[] } = {},
): ReportTable {
  const [first] = built.axes;
  if (first === undefined) throw new TypeError('a category table needs an axis');
  const area = areaNodeFor(built, scope);
  const order =
    options.rows ?? first.ids.map((_, index) => index).filter((index) => index !== first.total);
  const rows: ReportRow[] = order.map((index) => {
    const found = built.cube.cell([scope.period.node, area, index]);
    return {
      id: first.ids[index] ?? '',
      label: first.labels[index] ?? '',
      cells: [cell(found.value, found.hidden)],
    };
  });
  if (first.total >= 0) {
    const found = built.cube.cell([scope.period.node, area, first.total]);
    rows.push({
      id: 'totaal',
      label: texts.total,
      cells: [cell(found.value, found.hidden)],
      total: true,
    });
  }
  return {
    id,
    title,
    ...(options.note === undefined ? {} : { note: options.note }),
    columns: [{ id: 'aantal', label: texts.count }],
    rows,
    chart: options.chart ?? 'bars',
    ...cityOnlyFlag(built, scope),
  };
}

/** The total of an additive axis per time bucket (rows), plus the period. */
function seriesTable(id: string, title: string, built: BuiltCube, scope: Scope): ReportTable {
  const [first] = built.axes;
  const total = first?.total ?? 0;
  const area = areaNodeFor(built, scope);
  const rows: ReportRow[] = scope.buckets.map((node) => {
    const found = built.cube.cell([node, area, total]);
    return {
      id: nodeRange(scope.period.year, node).from,
      label: nodeLabel(scope.period.year, node),
      short: shortLabel(scope.period.year, node),
      cells: [cell(found.value, found.hidden)],
    };
  });
  const found = built.cube.cell([scope.period.node, area, total]);
  rows.push({
    id: 'totaal',
    label: texts.total,
    cells: [cell(found.value, found.hidden)],
    total: true,
  });
  return {
    id,
    title,
    columns: [{ id: 'aantal', label: texts.count }],
    rows,
    chart: 'columns',
    ...cityOnlyFlag(built, scope),
  };
}

/** Categories (rows) by time bucket (columns), with the period's total as last column. */
function categoryOverTimeTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
): ReportTable {
  const [first] = built.axes;
  if (first === undefined) throw new TypeError('needs an axis');
  const area = areaNodeFor(built, scope);
  const columns = [
    ...scope.buckets.map((node) => ({
      id: nodeRange(scope.period.year, node).from,
      label: nodeLabel(scope.period.year, node),
    })),
    { id: 'totaal', label: texts.total },
  ];
  const nodes = [...scope.buckets, scope.period.node];
  const order = [...first.ids.keys()].filter((index) => index !== first.total);
  if (first.total >= 0) order.push(first.total);
  const rows = order.map((index) => ({
    id: index === first.total ? 'totaal' : (first.ids[index] ?? ''),
    label: first.labels[index] ?? '',
    cells: nodes.map((node) => {
      const found = built.cube.cell([node, area, index]);
      return cell(found.value, found.hidden);
    }),
    ...(index === first.total ? { total: true } : {}),
  }));
  return { id, title, columns, rows, chart: 'none' };
}

/** Wijkteams (rows) by within / later / total (columns), with the median from the day buckets. */
function timeTable(
  id: string,
  title: string,
  built: BuiltCube,
  scope: Scope,
  rows: readonly PreparedRow[],
  promiseDays: number,
  areas: AreaTree,
): ReportTable {
  const [teams, split] = built.axes;
  if (teams === undefined || split === undefined) throw new TypeError('needs two axes');
  const area = areaNodeFor(built, scope);
  const inPeriod = rows.filter(
    (row) =>
      row.day >= scope.period.from &&
      row.day <= scope.period.to &&
      isUnder(areas, row.area, scope.areaNode),
  );
  const medianOf = (team: string | undefined): string => {
    const histogram = workingDayBuckets.map((bucket) =>
      inPeriod
        .filter(
          (row) =>
            row.dimensions.days === bucket &&
            (team === undefined || row.dimensions.wijkteam === team),
        )
        .reduce((sum, row) => sum + row.count, 0),
    );
    const n = histogram.reduce((sum, count) => sum + count, 0);
    if (n < MIN_CELL) return texts.marker;
    let seen = 0;
    for (const [index, count] of histogram.entries()) {
      seen += count;
      if (seen * 2 >= n) {
        const bucket = workingDayBuckets[index] ?? '0';
        return bucket === '11+' ? texts.columns.moreThanTen : bucket;
      }
    }
    return texts.marker;
  };
  const order = [...teams.ids.keys()].filter((index) => index !== teams.total);
  order.push(teams.total);
  const columns = [
    { id: 'binnen', label: texts.columns.withinPromise },
    { id: 'later', label: texts.columns.later },
    { id: 'totaal', label: texts.total },
    { id: 'mediaan', label: texts.columns.median },
  ];
  const tableRows = order.map((index) => {
    const counts = [split.index('binnen'), split.index('later'), split.total].map((column) => {
      const found = built.cube.cell([scope.period.node, area, index, column]);
      return cell(found.value, found.hidden);
    });
    const team = index === teams.total ? undefined : teams.ids[index];
    const totalHidden = counts[2]?.value === null;
    return {
      id: team ?? 'totaal',
      label: teams.labels[index] ?? '',
      cells: [...counts, textCell(totalHidden ? texts.marker : medianOf(team))],
      ...(index === teams.total ? { total: true } : {}),
    };
  });
  return {
    id,
    title,
    note: fill(texts.notes.time, { days: promiseDays }),
    columns,
    rows: tableRows,
    chart: 'stacked',
  };
}

function isUnder(areas: AreaTree, node: number, ancestor: number): boolean {
  let current = node;
  for (let guard = 0; guard < 10 && current >= 0; guard += 1) {
    if (current === ancestor) return true;
    current = areas.nodes[current]?.parent ?? -1;
  }
  return false;
}

function areaLabel(areas: AreaTree, node: number): string {
  const found = areas.nodes[node];
  if (found === undefined || found.id === CITY) return texts.city;
  return found.kind === 'stadsdeel' ? texts.stadsdeel(found.name) : texts.wijk(found.name);
}

/** Builds the whole report; reads one year of counters from the store. */
export async function buildMonitorReport(
  source: MonitorSource,
  request: ReportRequest,
): Promise<MonitorReport> {
  const knowledge = await source.knowledge();
  const areas = buildAreaTree({ stadsdelen: knowledge.stadsdelen }, texts.city);
  const areaNode = areas.find(request.area);
  const period = request.period;
  const rows = await source.store.read({
    from: `${period.year}-01-01`,
    to: `${period.year}-12-31`,
  });
  const prepared = prepareRows(rows, areas);
  const scope: Scope = {
    period,
    areaNode,
    buckets: bucketsOf(period, request.granularity),
    granularityLabel:
      request.granularity === 'week' ? nl.monitor.client.perWeek : nl.monitor.client.perMonth,
  };
  const promise = source.promiseDays;

  // Questions: one cube per view of the same events (levensgebied, channel, language, result).
  const domains = [
    ...knowledge.levensgebieden.map((domain) => ({ id: domain.id, label: domain.label })),
    { id: UNKNOWN_LEVENSGEBIED, label: texts.categories.unknown },
  ];
  const known = new Set(domains.map((domain) => domain.id));
  const domainOf = (value: string | undefined) =>
    value !== undefined && known.has(value) ? value : UNKNOWN_LEVENSGEBIED;
  const questionCube = (
    categories: Axis,
    pick: (d: Readonly<Record<string, string>>) => string | undefined,
  ) => buildCube(prepared.get('question') ?? [], pick, [categories], areas);
  const byDomain = questionCube(axis(domains, true), (d) => domainOf(d.levensgebied));
  const byChannel = questionCube(
    axis(labelled(['webchat', 'teams', 'overig'], texts.categories.channel), true),
    (d) => d.channel,
  );
  const byLanguage = questionCube(
    axis(labelled(['nl', 'en'], texts.categories.language), true),
    (d) => d.language,
  );
  const byResult = questionCube(
    axis(labelled(['shown', 'no_match'], texts.categories.result), true),
    (d) => d.result,
  );

  // Answers to "Helpt dit u verder?", with "no answer" = shown minus answered, per week.
  const answerEntries: Countable[] = [];
  const shownPerWeek = new Map<number, number>();
  const answeredPerWeek = new Map<number, number>();
  for (const row of prepared.get('question') ?? []) {
    if (row.dimensions.result === 'shown') {
      shownPerWeek.set(row.week, (shownPerWeek.get(row.week) ?? 0) + row.count);
    }
  }
  for (const row of prepared.get('helped') ?? []) {
    if (row.dimensions.answer === undefined) continue;
    answeredPerWeek.set(row.week, (answeredPerWeek.get(row.week) ?? 0) + row.count);
    answerEntries.push({ week: row.week, area: 0, dimensions: row.dimensions, count: row.count });
  }
  for (const [week, shown] of shownPerWeek) {
    const missing = shown - (answeredPerWeek.get(week) ?? 0);
    if (missing > 0) {
      answerEntries.push({ week, area: 0, dimensions: { answer: 'no_answer' }, count: missing });
    }
  }
  const answers = buildCube(
    answerEntries,
    (d) => d.answer,
    [
      axis(
        labelled(['helped', 'search_again', 'wants_person', 'no_answer'], texts.categories.answer),
        true,
      ),
    ],
    undefined,
  );

  const handoverIds = [
    'proposed',
    'asked',
    'accepted',
    'declined',
    'consent_refused',
    'cancelled',
    'sent',
  ];
  const handover = buildCube(
    prepared.get('handover') ?? [],
    (d) =>
      d.step === 'accepted' ? (d.reason === 'asked_for_person' ? 'asked' : 'accepted') : d.step,
    [axis(labelled(handoverIds, texts.categories.handover), false)],
    undefined,
  );
  const crisis = buildCube(
    prepared.get('crisis') ?? [],
    (d) => d.crisisKind,
    [axis(labelled([...crisisKindsByUrgency], texts.categories.crisis), true)],
    undefined,
  );

  // Cases.
  const teamsKnown = new Set(knowledge.wijkteams.map((team) => team.id));
  const teamAxis = axis(
    [
      ...knowledge.wijkteams.map((team) => ({ id: team.id, label: team.name })),
      { id: 'onbekend', label: texts.categories.unknown },
    ],
    true,
  );
  const teamOf = (value: string | undefined) =>
    value !== undefined && teamsKnown.has(value) ? value : 'onbekend';
  const created = buildCube(
    prepared.get('case_created') ?? [],
    (d) => teamOf(d.wijkteam),
    [teamAxis],
    areas,
  );
  const outcomes = buildCube(
    prepared.get('case_closed') ?? [],
    (d) => d.outcome,
    [axis(labelled([...pilotOutcomes], texts.categories.outcome), true)],
    areas,
  );
  const splitAxis = axis(
    [
      { id: 'binnen', label: texts.columns.withinPromise },
      { id: 'later', label: texts.columns.later },
    ],
    true,
  );
  const inTime = (d: Readonly<Record<string, string>>) => {
    const days = d.days === undefined ? Number.NaN : d.days === '11+' ? 11 : Number(d.days);
    return Number.isFinite(days) && days <= promise ? 'binnen' : 'later';
  };
  const pickUp = buildCube(
    prepared.get('case_picked_up') ?? [],
    (d) => [teamOf(d.wijkteam), inTime(d)] as const,
    [teamAxis, splitAxis],
    areas,
  );
  const closing = buildCube(
    prepared.get('case_closed') ?? [],
    (d) => [teamOf(d.wijkteam), inTime(d)] as const,
    [teamAxis, splitAxis],
    areas,
  );

  // Follow-up and score (city only).
  const followUp = buildCube(
    prepared.get('follow_up') ?? [],
    (d) => d.outcome,
    [axis(labelled([...followUpOutcomes], texts.categories.followUp), true)],
    undefined,
  );
  const scoreIds = ['1', '2', '3', '4', '5'];
  const scores = buildCube(
    prepared.get('score') ?? [],
    (d) => d.score,
    [
      axis(
        scoreIds.map((id) => ({ id, label: id })),
        true,
      ),
    ],
    undefined,
  );

  // Unmet needs.
  const unmet = buildCube(
    prepared.get('unmet_need') ?? [],
    (d) => domainOf(d.levensgebied),
    [axis(domains, true)],
    areas,
  );
  // The forty terms used most in the year are the candidates; the table shows the shown ones.
  const termTotals = new Map<string, number>();
  for (const row of prepared.get('unmet_term') ?? []) {
    const term = row.dimensions.term;
    if (term !== undefined) termTotals.set(term, (termTotals.get(term) ?? 0) + row.count);
  }
  const termIds = [...termTotals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TERMS)
    .map(([term]) => term)
    .sort();
  const terms = buildCube(
    prepared.get('unmet_term') ?? [],
    (d) => d.term,
    [
      axis(
        termIds.map((id) => ({ id, label: id })),
        false,
      ),
    ],
    areas,
  );

  // Voorzieningen shown and chosen (city only; not additive: chosen is part of shown).
  const voorzieningIds = knowledge.voorzieningen.map((entry) => entry.id);
  const shownCube = buildCube(
    prepared.get('voorziening') ?? [],
    (d) => (d.action === undefined || d.id === undefined ? undefined : [d.id, d.action]),
    [
      axis(
        knowledge.voorzieningen.map((entry) => ({ id: entry.id, label: entry.naam })),
        false,
      ),
      axis(
        [
          { id: 'shown', label: texts.columns.shown },
          { id: 'chosen', label: texts.columns.chosen },
        ],
        false,
      ),
    ],
    undefined,
  );

  const periodLabel = nodeLabel(period.year, period.node);
  const area = areaLabel(areas, areaNode);
  const granularity = scope.granularityLabel;
  const section = (
    id: keyof typeof texts.sections,
    tables: ReportTable[],
    values: Record<string, string | number> = {},
  ): ReportSection => ({
    id,
    title: texts.sections[id].title,
    intro: fill(texts.sections[id].intro, values),
    tables,
  });

  // Score average: only when at least five scores and the total is shown.
  const scoreTable = categoryTable('waardering', texts.tables.score, scores, scope);
  const scoreTotal = scores.cube.cell([period.node, 0, 0]);
  const average = scoreIds.reduce(
    (sum, id) =>
      sum + Number(id) * scores.cube.cell([period.node, 0, scores.axes[0]?.index(id) ?? 0]).value,
    0,
  );
  const scoreNote =
    scoreTotal.hidden || scoreTotal.value < MIN_CELL
      ? texts.marker
      : new Intl.NumberFormat('nl-NL', {
          maximumFractionDigits: 1,
          minimumFractionDigits: 1,
        }).format(average / scoreTotal.value);

  // Unmet needs per child area of the chosen one.
  const childAreas = areas.nodes.flatMap((node, index) =>
    node.parent === areaNode && node.kind !== 'onbekend' ? [index] : [],
  );
  const unmetTotal = unmet.axes[0]?.total ?? 0;
  const unmetByArea: ReportTable = {
    id: 'ontbrekend-per-gebied',
    title: texts.tables.unmetByArea,
    columns: [{ id: 'aantal', label: texts.count }],
    rows: childAreas.map((node) => {
      const found = unmet.cube.cell([period.node, node, unmetTotal]);
      return {
        id: areas.nodes[node]?.id ?? '',
        label: areas.nodes[node]?.name ?? '',
        cells: [cell(found.value, found.hidden)],
      };
    }),
    chart: 'bars',
  };

  // Terms: the fifteen most used that are shown; hidden ones are never ranked.
  const termAxis = terms.axes[0];
  const termRows = (termAxis?.ids ?? [])
    .map((id, index) => ({ id, index, found: terms.cube.cell([period.node, areaNode, index]) }))
    .filter((term) => !term.found.hidden && term.found.value > 0)
    .sort((a, b) => b.found.value - a.found.value || a.id.localeCompare(b.id))
    .slice(0, 15)
    .map((term) => term.index);

  // Voorzieningen: most shown among the shown numbers; least shown: zeros first, then hidden.
  const vAxis = shownCube.axes[0];
  const vRow = (index: number): ReportRow => {
    const shown = shownCube.cube.cell([period.node, 0, index, 0]);
    const chosen = shownCube.cube.cell([period.node, 0, index, 1]);
    return {
      id: vAxis?.ids[index] ?? '',
      label: vAxis?.labels[index] ?? '',
      cells: [cell(shown.value, shown.hidden), cell(chosen.value, chosen.hidden)],
    };
  };
  const vIndexes = voorzieningIds.map((_, index) => index);
  const visibleShown = vIndexes.filter(
    (index) => !shownCube.cube.cell([period.node, 0, index, 0]).hidden,
  );
  const most = [...visibleShown]
    .filter((index) => shownCube.cube.cell([period.node, 0, index, 0]).value > 0)
    .sort(
      (a, b) =>
        shownCube.cube.cell([period.node, 0, b, 0]).value -
          shownCube.cube.cell([period.node, 0, a, 0]).value || a - b,
    )
    .slice(0, 10);
  const zeros = visibleShown.filter(
    (index) => shownCube.cube.cell([period.node, 0, index, 0]).value === 0,
  );
  const hiddenShown = vIndexes.filter(
    (index) => shownCube.cube.cell([period.node, 0, index, 0]).hidden,
  );
  const byName = (a: number, b: number) =>
    (vAxis?.labels[a] ?? '').localeCompare(vAxis?.labels[b] ?? '', 'nl');
  const least = [...zeros.sort(byName), ...hiddenShown.sort(byName)].slice(0, 10);
  const vColumns = [
    { id: 'getoond', label: texts.columns.shown },
    { id: 'gekozen', label: texts.columns.chosen },
  ];

  const freshness: ReportTable = {
    id: 'actualiteit-per-beheerder',
    title: texts.tables.freshness,
    note: texts.notes.freshness,
    columns: [
      { id: 'in-orde', label: texts.columns.fine },
      { id: 'te-controleren', label: texts.columns.toCheck },
      { id: 'volgende-controle', label: texts.columns.nextDue },
      { id: 'lang-niet-bevestigd', label: texts.columns.unconfirmed },
    ],
    rows: knowledge.beheerders.map((beheerder) => ({
      id: beheerder.id,
      label: beheerder.naam,
      cells: [
        {
          value: beheerder.total - beheerder.toCheck.length,
          text: numberFormat.format(beheerder.total - beheerder.toCheck.length),
        },
        { value: beheerder.toCheck.length, text: numberFormat.format(beheerder.toCheck.length) },
        textCell(beheerder.nextDue === null ? '-' : dutchCalendarDate(beheerder.nextDue)),
        {
          value: knowledge.unconfirmed?.get(beheerder.id) ?? 0,
          text: numberFormat.format(knowledge.unconfirmed?.get(beheerder.id) ?? 0),
        },
      ],
    })),
    chart: 'stacked',
  };

  const sections: ReportSection[] = [
    section('vragen', [
      seriesTable(
        'vragen-per-periode',
        fill(texts.tables.questionsOverTime, { granularity }),
        byDomain,
        scope,
      ),
      categoryTable('vragen-per-levensgebied', texts.tables.questionsByDomain, byDomain, scope, {
        note: texts.notes.questionsByDomain,
      }),
      categoryOverTimeTable(
        'vragen-levensgebied-per-periode',
        fill(texts.tables.questionsDomainOverTime, { granularity }),
        byDomain,
        scope,
      ),
      categoryTable('vragen-per-kanaal', texts.tables.questionsByChannel, byChannel, scope),
      categoryTable('vragen-per-taal', texts.tables.questionsByLanguage, byLanguage, scope),
    ]),
    section('routes', [
      categoryTable('zoekresultaat', texts.tables.searchResult, byResult, scope),
      categoryTable('helpt-dit', texts.tables.answers, answers, scope, {
        note: texts.notes.answers,
      }),
      categoryTable('overdracht', texts.tables.handover, handover, scope, {
        note: texts.notes.handover,
      }),
      categoryTable('crisislijnen', texts.tables.crisis, crisis, scope, {
        note: texts.notes.crisis,
      }),
    ]),
    section('casussen', [
      categoryTable('overdrachten-per-wijkteam', texts.tables.casesCreated, created, scope),
      categoryTable('uitkomsten', texts.tables.caseOutcomes, outcomes, scope, {
        note: texts.notes.caseOutcomes,
      }),
    ]),
    section(
      'tijd',
      [
        timeTable(
          'oppakken',
          texts.tables.pickUp,
          pickUp,
          scope,
          prepared.get('case_picked_up') ?? [],
          promise,
          areas,
        ),
        timeTable(
          'afronden',
          texts.tables.closing,
          closing,
          scope,
          prepared.get('case_closed') ?? [],
          promise,
          areas,
        ),
      ],
      { days: promise },
    ),
    section('opvolging', [
      categoryTable('is-het-gelukt', texts.tables.followUp, followUp, scope),
      { ...scoreTable, note: fill(texts.notes.score, { average: scoreNote }) },
    ]),
    section('ontbrekend', [
      categoryTable('ontbrekend-per-levensgebied', texts.tables.unmetByDomain, unmet, scope),
      ...(childAreas.length > 0 ? [unmetByArea] : []),
      categoryTable('ontbrekend-woorden', texts.tables.unmetTerms, terms, scope, {
        note: texts.notes.unmetTerms,
        rows: termRows,
      }),
    ]),
    section('kennis', [
      freshness,
      {
        id: 'meest-getoond',
        title: texts.tables.mostShown,
        note: texts.notes.chosen,
        columns: vColumns,
        rows: most.map(vRow),
        chart: 'bars',
        ...cityOnlyFlag(undefined, scope),
      },
      {
        id: 'minst-getoond',
        title: texts.tables.leastShown,
        columns: vColumns,
        rows: least.map(vRow),
        chart: 'none',
        ...cityOnlyFlag(undefined, scope),
      },
    ]),
  ];

  return {
    title: texts.title(periodLabel, area),
    period: { id: period.id, label: periodLabel, from: period.from, to: period.to },
    area: { id: request.area, label: area },
    granularity: request.granularity,
    generatedOn: source.today(),
    minCell: MIN_CELL,
    marker: texts.marker,
    sections,
  };
}
