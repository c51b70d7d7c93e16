/** What a subcommand of `wijkwijzer` gets to talk to the world; tests pass in-memory streams. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** One subcommand, such as `knowledge` or `cases`. `run` returns the process exit code. */
export interface Command {
  readonly name: string;
  /** One line for `wijkwijzer help`. */
  readonly summary: string;
  /** Full usage text, shown for `wijkwijzer <name> --help`. */
  readonly usage: string;
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Exit codes follow BSD sysexits, so scripts can tell usage errors from failed checks. */
export const exitCodes = {
  ok: 0,
  failed: 1,
  usage: 64,
  dataError: 65,
  software: 70,
} as const;
