import type { nl } from '../../i18n/nl/index.js';
import type { BeheerderReport } from '../../knowledge/report.js';
import type { InsightAggregateStore } from '../aggregateStore.js';
import type { buildAreaTree } from './areaTree.js';
import type { Granularity, Period } from './period.js';

/**
 * The monitor's report as plain data (ADR 0017): sections of tables, each cell a count or hidden.
 * The page, the CSV files and `wijkwijzer insights report` all render one such object.
 */

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
  readonly id: keyof typeof nl.monitor.report.sections;
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
  /** The whole gemeente as an area ("heel Enschede"), for the note under city-only tables. */
  readonly city: string;
  readonly granularity: Granularity;
  readonly generatedOn: string;
  readonly minCell: number;
  readonly marker: string;
  readonly sections: readonly ReportSection[];
}

export interface MonitorKnowledge {
  /** The gemeente's name from the knowledge (gebieden.yaml `gemeente`); "de hele gemeente" without. */
  readonly gemeente?: string;
  readonly levensgebieden: readonly { readonly id: string; readonly label: string }[];
  readonly stadsdelen: Parameters<typeof buildAreaTree>[0]['stadsdelen'];
  readonly wijkteams: readonly { readonly id: string; readonly name: string }[];
  readonly voorzieningen: readonly { readonly id: string; readonly naam: string }[];
  /**
   * The gemeente's own services (knowledge/gemeentediensten.yaml, ADR 0013 gemeente amendment),
   * named in the table of questions for the gemeente itself. Optional: without the file the table
   * has only its total and "another service".
   */
  readonly gemeenteDiensten?: readonly { readonly id: string; readonly label: string }[];
  /**
   * The care entries of the same file (`soort: zorg`, ADR 0013 session 14), named in the table of
   * questions for a care provider. Optional like the services: without them that table has only
   * its total and "other care".
   */
  readonly zorgDiensten?: readonly { readonly id: string; readonly label: string }[];
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
