/**
 * Periodic jobs (retention, the pick-up reminder) run on every instance's timer, but their work
 * must happen once per interval across all instances. A `JobGate` decides: the embedded default
 * is one process, so it always runs; on PostgreSQL an advisory lock and the `job_runs` table make
 * one instance run it and the others skip until the next interval.
 */
export interface JobGate {
  /**
   * Runs `work` unless another instance runs this job right now or ran it less than `intervalMs`
   * ago; resolves true when this call ran it.
   */
  runOnce(name: string, intervalMs: number, work: () => Promise<void>): Promise<boolean>;
}

export const localJobGate: JobGate = {
  runOnce: async (_name, _intervalMs, work) => {
    await work();
    return true;
  },
};
