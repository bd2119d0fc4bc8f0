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
