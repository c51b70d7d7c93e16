/** The JSON detail of one readiness check; ids, counts and codes only. */
export type ReadinessDetail = Readonly<Record<string, unknown>>;

export interface ReadinessResult {
  readonly ok: boolean;
  readonly detail?: ReadinessDetail;
}

/** One thing `/readyz` asks about, such as "knowledge loaded" or "storage writable". */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<ReadinessResult>;
}
