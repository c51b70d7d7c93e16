/**
 * What the product counts for operators (docs/adr/0016-runtime-deployment-and-test-tiers.md,
 * "Metrics"): an SDK-free port, so the bot, the logger and the composition root report without
 * knowing about Prometheus. Labels are drawn from small fixed sets (channel, activity type,
 * outcome, catalogue code): never an id, a name or a resident's words.
 */

export type TurnOutcome = 'ok' | 'error';

export interface TurnMeasurement {
  /** The Bot Framework channel id, such as `msteams` or `directline`. */
  readonly channel: string | undefined;
  /** The activity type, such as `message` or `invoke`. */
  readonly activityType: string | undefined;
  readonly seconds: number;
  readonly outcome: TurnOutcome;
}

export interface Metrics {
  /** One conversation turn finished (any channel, resident or staff). */
  turnFinished(turn: TurnMeasurement): void;
  /** A resident's question was handed over to a wijkteam (a case was stored). */
  handoverCreated(): void;
  /** A failure with a catalogue code was logged (see `countCodesInLogs`). */
  errorLogged(code: string): void;
}

/** For when metrics are not exposed: counting nobody can read is wasted work. */
export const noMetrics: Metrics = {
  turnFinished: () => {},
  handoverCreated: () => {},
  errorLogged: () => {},
};

/** Read at scrape time, from the parts that already know them. */
export interface MetricsSources {
  /** Cases waiting for delivery to their wijkteam's Teams channel. */
  deliveryQueue(): Promise<{
    readonly pending: number;
    readonly failed: number;
    /** Seconds the oldest waiting case has waited; null when none waits. */
    readonly oldestWaitingSeconds: number | null;
  }>;
  /** The sociale kaart being served. */
  knowledge(): {
    readonly version: string | null;
    readonly loadedAt: Date | null;
    readonly entries: number;
  };
}
