import { exitCodes, type CommandIo } from './command.js';
import { commands } from './commands.js';

function help(): string {
  const width = Math.max(0, ...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: wijkwijzer <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `wijkwijzer <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/** Entry point of the `wijkwijzer` command; returns the exit code instead of exiting, for tests. */
export async function main(argv: readonly string[], io?: Partial<CommandIo>): Promise<number> {
  const fullIo: CommandIo = {
    stdout: io?.stdout ?? ((text) => void process.stdout.write(text)),
    stderr: io?.stderr ?? ((text) => void process.stderr.write(text)),
    env: io?.env ?? process.env,
    cwd: io?.cwd ?? process.cwd(),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    fullIo.stdout(help());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    fullIo.stderr(`wijkwijzer: unknown command "${name}".\n\n${help()}`);
    return exitCodes.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    fullIo.stdout(`${command.usage.trimEnd()}\n`);
    return exitCodes.ok;
  }
  return command.run(rest, fullIo);
}
