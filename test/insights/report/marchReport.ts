import type { InsightAggregateStore } from '../../../src/insights/aggregateStore.js';
import {
  buildMonitorReport,
  type MonitorKnowledge,
  type MonitorReport,
} from '../../../src/insights/report/monitorReport.js';
import { parsePeriod, type Granularity } from '../../../src/insights/report/period.js';

/**
 * The monitor for March 2026, made on 1 April with a promise of three working days: the month the
 * report tests count their events in. Per week for the whole city unless a test asks otherwise.
 */
export function marchReport(
  store: InsightAggregateStore,
  knowledge: MonitorKnowledge,
  { area = 'stad', granularity = 'week' }: { area?: string; granularity?: Granularity } = {},
): Promise<MonitorReport> {
  return buildMonitorReport(
    {
      store,
      promiseDays: 3,
      today: () => '2026-04-01',
      knowledge: () => Promise.resolve(knowledge),
    },
    { period: parsePeriod('2026-03'), area, granularity },
  );
}
