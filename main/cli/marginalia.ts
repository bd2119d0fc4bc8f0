// The `marginalia` command line (bin/marginalia.mjs runs it through tsx). Subcommands live in
// a table; adding `convert`, `agree` or `merge` means adding a CliCommand to COMMANDS.

import type { CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from './command.ts';
import { agreeCommand } from './agree-command.ts';
import { checkCommand } from './check-command.ts';
import { convertCommand } from './convert-command.ts';
import { mergeCommand } from './merge-command.ts';
import { suggestCommand } from './suggest-command.ts';
import { validateCommand } from './validate-command.ts';

const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  agreeCommand,
  convertCommand,
  mergeCommand,
  suggestCommand,
  checkCommand,
];

/** Runs one invocation (argv without `node` and the script) and resolves to the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr(
      `${name === undefined ? 'marginalia: no command given' : `marginalia: unknown command "${name}"`}\n\n${usage()}`,
    );
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: marginalia ${command.usage}\n\n${command.summary}\n`);
    return EXIT_OK;
  }
  return command.run(args, io);
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));
  const lines = COMMANDS.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`);
  return `usage: marginalia COMMAND [ARGS...]\n\nCommands:\n${lines.join('\n')}\n\nExit status: 0 success, 1 invalid input, 2 usage error or unreadable file.\n`;
}
