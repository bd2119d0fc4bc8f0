// Reading dataset files for a CLI command, reporting problems the way `validate` prints them.

import { parseDataset, type DatasetV1 } from '../../app/formats/dataset/index.ts';
import { describeFileError } from '../describe-file-error.ts';
import { CLI_PARSE_OPTIONS } from './native-document-id.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './command.ts';

/**
 * Every file's dataset, or the exit code (1 one is invalid, 2 one is unreadable) after reporting
 * each file that has a problem. The files are read at once, so that the disk works on the next
 * while this thread parses and checks the one before.
 */
export async function readDatasetFiles(
  files: readonly string[],
  io: CliIo,
): Promise<DatasetV1[] | number> {
  const texts = files.map((file) => settle(io.readFile(file)));
  const datasets: DatasetV1[] = [];
  let exitCode = EXIT_OK;
  for (const [i, file] of files.entries()) {
    const read = await readDatasetFile(file, io, texts[i]!);
    if (typeof read === 'number') exitCode = Math.max(exitCode, read);
    else datasets.push(read);
  }
  return exitCode === EXIT_OK ? datasets : exitCode;
}

/** The dataset in `file`, or the exit code (1 invalid, 2 unreadable) after saying why there is none. */
export async function readDatasetFile(
  file: string,
  io: CliIo,
  reading: Promise<Settled<string>> = settle(io.readFile(file)),
): Promise<DatasetV1 | number> {
  const read = await reading;
  if ('error' in read) {
    const { error } = read;
    io.stderr(`${file}: cannot read: ${reasonOf(error, 'file')}\n`);
    return EXIT_USAGE;
  }
  const result = parseDataset(read.value, CLI_PARSE_OPTIONS);
  if (result.ok) return result.value;
  // Root-level issues (JSON syntax, the summary line) have the empty pointer: no path shown.
  for (const { path, message } of result.error)
    io.stderr(path === '' ? `${file}: ${message}\n` : `${file}: ${path}: ${message}\n`);
  return EXIT_INVALID;
}

/**
 * The reason without the path Node's message repeats ("ENOENT: no such file…, open 'x'"), in
 * a terminal's words; ENOENT means a missing file when reading, a missing directory when writing.
 */
export function reasonOf(error: unknown, missing: 'file' | 'directory'): string {
  return describeFileError(error, { missing: `no such ${missing}`, isFolder: 'is a directory' });
}

type Settled<T> = { value: T } | { error: unknown };

/** A promise that never rejects (one read may fail while another is awaited first). */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}
