import { nl } from '../i18n/nl/index.js';
import { CRISIS_REVIEW_MONTHS, freshness, type Catalogue } from './catalogue.js';
import { dutchCalendarDate } from '../shared/gemeenteTime.js';
import type { Diagnostic } from './diagnostics.js';

const texts = nl.knowledge.report;

export type ReportReason =
  | 'not-checked'
  | 'check-overdue'
  | 'checked-in-future'
  | 'expired'
  | 'unreachable'
  | 'hard-to-read'
  | 'likely-duplicate'
  | 'status-closed'
  | 'status-waitlist';

const warningReasons: readonly ReportReason[] = [
  'not-checked',
  'check-overdue',
  'checked-in-future',
  'expired',
  'unreachable',
  'hard-to-read',
  'likely-duplicate',
];

export interface ReportEntry {
  readonly id: string;
  readonly naam: string;
  readonly file: string;
  readonly line: number;
  readonly gecontroleerd: string | null;
  readonly reasons: readonly { readonly code: ReportReason; readonly text: string }[];
}

export interface BeheerderReport {
  readonly id: string;
  readonly naam: string;
  readonly total: number;
  readonly toCheck: readonly ReportEntry[];
  /** Earliest date on which one of the entries that are fine now is due again. */
  readonly nextDue: string | null;
}

export interface KnowledgeReport {
  readonly date: string;
  readonly version: string;
  readonly beheerders: readonly BeheerderReport[];
  readonly crisislijnen: readonly {
    readonly id: string;
    readonly naam: string;
    readonly gecontroleerd: string | null;
    readonly dueOn: string | null;
    readonly needsCheck: boolean;
  }[];
  readonly uncertainWijken: readonly string[];
}

/**
 * Per beheerder: which entries need re-checking and why. Built from a loaded catalogue and the
 * loader's warnings, so the report and `check` never disagree.
 */
export function buildReport(
  catalogue: Catalogue,
  warnings: readonly Diagnostic[],
  today: string,
): KnowledgeReport {
  const reasonsById = new Map<string, { code: ReportReason; text: string }[]>();
  const add = (id: string, code: ReportReason) => {
    const list = reasonsById.get(id) ?? [];
    if (!list.some((reason) => reason.code === code)) list.push({ code, text: texts.reason[code] });
    reasonsById.set(id, list);
  };
  for (const warning of warnings) {
    if (
      warning.entryId !== undefined &&
      (warningReasons as readonly string[]).includes(warning.code)
    ) {
      add(warning.entryId, warning.code as ReportReason);
    }
  }
  for (const entry of catalogue.voorzieningen) {
    if (entry.status === 'tijdelijk-gesloten') add(entry.id, 'status-closed');
    if (entry.status === 'wachtlijst') add(entry.id, 'status-waitlist');
  }

  const beheerders = catalogue.beheerders.map((beheerder): BeheerderReport => {
    const entries = catalogue.voorzieningen.filter((entry) => entry.beheerder === beheerder.id);
    const toCheck: ReportEntry[] = [];
    let nextDue: string | null = null;
    for (const entry of entries) {
      const reasons = reasonsById.get(entry.id) ?? [];
      if (reasons.length > 0) {
        toCheck.push({
          id: entry.id,
          naam: entry.naam,
          file: entry.source.file,
          line: entry.source.line,
          gecontroleerd: entry.gecontroleerd ?? null,
          reasons,
        });
        continue;
      }
      const fresh = freshness(entry, today);
      if (fresh.state !== 'never' && (nextDue === null || fresh.dueOn < nextDue)) {
        nextDue = fresh.dueOn;
      }
    }
    return { id: beheerder.id, naam: beheerder.naam, total: entries.length, toCheck, nextDue };
  });

  const crisislijnen = catalogue.crisislijnen.map((line) => {
    const fresh = freshness(line, today, CRISIS_REVIEW_MONTHS);
    return {
      id: line.id,
      naam: line.naam,
      gecontroleerd: line.gecontroleerd ?? null,
      dueOn: fresh.state === 'never' ? null : fresh.dueOn,
      needsCheck: fresh.state !== 'checked',
    };
  });

  return {
    date: today,
    version: catalogue.version,
    beheerders,
    crisislijnen,
    uncertainWijken: catalogue.areas.wijken.filter((wijk) => !wijk.zeker).map((wijk) => wijk.naam),
  };
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The report as Markdown, for an e-mail to the partners or an issue. */
export function renderReportMarkdown(report: KnowledgeReport): string {
  const lines = [texts.title(dutchCalendarDate(report.date)), '', texts.intro, ''];
  for (const beheerder of report.beheerders) {
    lines.push(texts.beheerderHeading(beheerder.naam, beheerder.id), '');
    lines.push(texts.beheerderSummary(beheerder.total, beheerder.toCheck.length));
    if (beheerder.toCheck.length === 0) {
      lines.push(texts.allFine);
    } else {
      lines.push('', texts.tableHeader, texts.tableRule);
      for (const entry of beheerder.toCheck) {
        const checked =
          entry.gecontroleerd === null ? texts.never : dutchCalendarDate(entry.gecontroleerd);
        const why = entry.reasons.map((reason) => reason.text).join('; ');
        lines.push(`| ${cell(entry.naam)} | ${entry.id} | ${checked} | ${cell(why)} |`);
      }
    }
    if (beheerder.nextDue !== null)
      lines.push('', texts.nextDue(dutchCalendarDate(beheerder.nextDue)));
    lines.push('');
  }
  lines.push(texts.crisisHeading, '');
  for (const line of report.crisislijnen) {
    const checked =
      line.gecontroleerd === null ? texts.never : dutchCalendarDate(line.gecontroleerd);
    lines.push(`- ${line.naam}: ${checked}${line.needsCheck ? texts.crisisNeedsCheck : ''}`);
  }
  lines.push('', texts.areasHeading, '');
  lines.push(
    report.uncertainWijken.length === 0
      ? texts.areasConfirmed
      : texts.uncertainAreas(report.uncertainWijken.length, report.uncertainWijken),
  );
  return `${lines.join('\n')}\n`;
}
