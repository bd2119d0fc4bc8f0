// The shape of a CLI subcommand, so new ones (convert, agree, merge) are one table entry each.

import type { CliIo } from './cli-io.ts';

export const EXIT_OK = 0;
/** The input was read but is wrong (an invalid dataset, say). */
export const EXIT_INVALID = 1;
/** The command could not do its job: bad arguments, unreadable files. */
export const EXIT_USAGE = 2;

export interface CliCommand {
  name: string;
  /** Arguments synopsis, without the program name: `validate FILE...`. */
  usage: string;
  /** One line for the command list in `--help`. */
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * The arguments of a `FILE... [--json]` command: its files and whether JSON was asked for, or
 * EXIT_USAGE (said on stderr with `usageLine`) for an unknown option or no file at all.
 */
export function filesAndJsonOf(
  command: string,
  usageLine: string,
  args: readonly string[],
  io: CliIo,
): { files: string[]; json: boolean } | typeof EXIT_USAGE {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('-') && arg !== '-');
  const problem =
    unknown !== undefined
      ? `unknown option ${unknown}`
      : files.length === 0
        ? 'no files given'
        : undefined;
  if (problem === undefined) return { files, json };
  io.stderr(`marginalia ${command}: ${problem}\nusage: marginalia ${usageLine}\n`);
  return EXIT_USAGE;
}
