import { nl } from '../../i18n/nl/index.js';
import { dutchCalendarDate } from '../../shared/gemeenteTime.js';
import { pilotOutcomes, UNKNOWN_LEVENSGEBIED } from '../insightEvents.js';
import { followUpOutcomes } from '../../conversation/residentMemory.js';
import { crisisKindsByUrgency } from '../../safety/crisisKind.js';
import { buildAreaTree } from './areaTree.js';
import { MIN_CELL } from './cube.js';
import { bucketsOf } from './period.js';
import {
  axis,
  buildCube,
  labelled,
  prepareRows,
  type Axis,
  type Countable,
} from './reportCubes.js';
import type {
  MonitorReport,
  MonitorSource,
  ReportRequest,
  ReportRow,
  ReportSection,
  ReportTable,
} from './reportModel.js';
import {
  areaLabel,
  categoryOverTimeTable,
  categoryTable,
  cell,
  cityOnlyFlag,
  fill,
  nodeLabel,
  numberFormat,
  seriesTable,
  textCell,
  timeTable,
  type Scope,
} from './reportTables.js';

/**
 * The monitor's figures for one period and area, as plain data: sections of tables, each cell a
 * count or hidden (ADR 0017 §5). The page, the CSV files and `wijkwijzer insights report` all
 * render this one object, so they cannot disagree.
 */

const texts = nl.monitor.report;
/** Unmet-need terms considered per year; the table shows at most fifteen of them. */
const MAX_TERMS = 40;
/** The row of questions for the gemeente about a service its file no longer lists. */
const OTHER_DIENST = 'andere-dienst';
/** The row of questions for a care provider under a care entry its file no longer lists. */
const OTHER_ZORG = 'andere-zorg';

export type {
  ChartKind,
  MonitorKnowledge,
  MonitorReport,
  MonitorSource,
  ReportCell,
  ReportRequest,
  ReportRow,
  ReportSection,
  ReportTable,
} from './reportModel.js';
export { nodeLabel, shortLabel } from './reportTables.js';

export async function buildMonitorReport(
  source: MonitorSource,
  request: ReportRequest,
): Promise<MonitorReport> {
  const knowledge = await source.knowledge();
  const city = texts.city(knowledge.gemeente);
  const areas = buildAreaTree({ stadsdelen: knowledge.stadsdelen }, city);
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

  // Answers to "Helpt dit u verder?", with "no answer" = shown minus answered, per week and area
  // leaf: a question and its answer carry the same area (ADR 0017 §7). Answers counted before
  // answers had an area sit in the unpublished "area unknown" leaf, so a week's leaf may have more
  // answers than shown questions; the missing ones are then counted as 0, never negative.
  const answerEntries: Countable[] = [];
  const cellKey = (week: number, leaf: number) => `${week}:${leaf}`;
  const shownPer = new Map<string, { week: number; area: number; count: number }>();
  const answeredPer = new Map<string, number>();
  for (const row of prepared.get('question') ?? []) {
    if (row.dimensions.result !== 'shown') continue;
    const key = cellKey(row.week, row.area);
    const entry = shownPer.get(key) ?? { week: row.week, area: row.area, count: 0 };
    entry.count += row.count;
    shownPer.set(key, entry);
  }
  for (const row of prepared.get('helped') ?? []) {
    if (row.dimensions.answer === undefined) continue;
    const key = cellKey(row.week, row.area);
    answeredPer.set(key, (answeredPer.get(key) ?? 0) + row.count);
    answerEntries.push({
      week: row.week,
      area: row.area,
      dimensions: row.dimensions,
      count: row.count,
    });
  }
  for (const [key, shown] of shownPer) {
    const missing = shown.count - (answeredPer.get(key) ?? 0);
    if (missing > 0) {
      answerEntries.push({
        week: shown.week,
        area: shown.area,
        dimensions: { answer: 'no_answer' },
        count: missing,
      });
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
    areas,
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
    areas,
  );
  const crisis = buildCube(
    prepared.get('crisis') ?? [],
    (d) => d.crisisKind,
    [axis(labelled([...crisisKindsByUrgency], texts.categories.crisis), true)],
    // City only (ADR 0017 §7): most crises come before the wijk is known, and their "area unknown"
    // cells would hide the city's own figure under the anonymity rules.
    undefined,
  );

  // Questions for the gemeente itself, per service (ADR 0013 gemeente amendment), and questions
  // for a care provider, per care entry of the same file (ADR 0013 session 14). City only, like a
  // crisis: they are answered on the first message, before the wijk is asked. An entry no longer
  // in the file counts as "another service" or "other care", so the total stays whole.
  const perDienst = (
    kind: 'gemeente_question' | 'care_question',
    listed: readonly { readonly id: string; readonly label: string }[] | undefined,
    other: { readonly id: string; readonly label: string },
  ) => {
    const ids = new Set((listed ?? []).map((dienst) => dienst.id));
    return buildCube(
      prepared.get(kind) ?? [],
      (d) => (d.dienst !== undefined && ids.has(d.dienst) ? d.dienst : other.id),
      [axis([...(listed ?? []), other], true)],
      undefined,
    );
  };
  const gemeente = perDienst('gemeente_question', knowledge.gemeenteDiensten, {
    id: OTHER_DIENST,
    label: texts.categories.otherDienst,
  });
  const care = perDienst('care_question', knowledge.zorgDiensten, {
    id: OTHER_ZORG,
    label: texts.categories.otherZorg,
  });

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
  // The same handovers per levensgebied: what the voorliggende voorzieningen did not answer.
  const createdByDomain = buildCube(
    prepared.get('case_created') ?? [],
    (d) => domainOf(d.levensgebied),
    [axis(domains, true)],
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
    !scoreTotal.hidden && scoreTotal.value === 0
      ? texts.columns.none
      : scoreTotal.hidden || scoreTotal.value < MIN_CELL
        ? texts.marker
        : new Intl.NumberFormat('nl-NL', {
            maximumFractionDigits: 1,
            minimumFractionDigits: 1,
          }).format(average / scoreTotal.value);

  // Unmet needs per child area of the chosen one.
  const childAreas = areas.nodes.flatMap((node, index) =>
    node.parent === areaNode && node.kind !== 'onbekend' ? [index] : [],
  );
  const perChildArea = (id: string, title: string, built: typeof unmet): ReportTable => {
    const total = built.axes[0]?.total ?? 0;
    return {
      id,
      title,
      columns: [{ id: 'aantal', label: texts.count }],
      rows: childAreas.map((node) => {
        const found = built.cube.cell([period.node, node, total]);
        return {
          id: areas.nodes[node]?.id ?? '',
          label: areas.nodes[node]?.name ?? '',
          cells: [cell(found.value, found.hidden)],
        };
      }),
      chart: 'bars',
    };
  };
  const unmetByArea = perChildArea('ontbrekend-per-gebied', texts.tables.unmetByArea, unmet);
  const createdByArea = perChildArea(
    'overdrachten-per-gebied',
    texts.tables.casesByArea,
    createdByDomain,
  );

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
      categoryTable('gemeentevragen', texts.tables.gemeenteQuestions, gemeente, scope, {
        note: texts.notes.gemeenteQuestions,
      }),
      categoryTable('zorgvragen', texts.tables.careQuestions, care, scope, {
        note: texts.notes.careQuestions,
      }),
    ]),
    section('casussen', [
      categoryTable('overdrachten-per-wijkteam', texts.tables.casesCreated, created, scope),
      categoryTable(
        'overdrachten-per-levensgebied',
        texts.tables.casesByDomain,
        createdByDomain,
        scope,
        { note: texts.notes.casesByDomain },
      ),
      ...(childAreas.length > 0 ? [createdByArea] : []),
      categoryOverTimeTable(
        'overdrachten-levensgebied-per-periode',
        fill(texts.tables.casesDomainOverTime, { granularity }),
        createdByDomain,
        scope,
      ),
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
      categoryOverTimeTable(
        'ontbrekend-levensgebied-per-periode',
        fill(texts.tables.unmetDomainOverTime, { granularity }),
        unmet,
        scope,
      ),
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
    city,
    granularity: request.granularity,
    generatedOn: source.today(),
    minCell: MIN_CELL,
    marker: texts.marker,
    sections,
  };
}
