// Reading dataset files for a CLI command, reporting problems the way `validate` prints them.

import { parseDataset, type DatasetV1 } from '../../app/formats/dataset/index.ts';
import { CLI_PARSE_OPTIONS } from './native-document-id.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID, EXIT_USAGE } from './command.ts';

/** The dataset in `file`, or the exit code (1 invalid, 2 unreadable) after saying why there is none. */
export async function readDatasetFile(file: string, io: CliIo): Promise<DatasetV1 | number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: cannot read: ${reasonOf(error, 'file')}\n`);
    return EXIT_USAGE;
  }
  const result = parseDataset(text, CLI_PARSE_OPTIONS);
  if (result.ok) return result.value;
  // Root-level issues (JSON syntax, the summary line) have the empty pointer: no path shown.
  for (const { path, message } of result.error)
    io.stderr(path === '' ? `${file}: ${message}\n` : `${file}: ${path}: ${message}\n`);
  return EXIT_INVALID;
}

/**
 * The reason without the path Node's message repeats ("ENOENT: no such file…, open 'x'");
 * ENOENT means a missing file when reading, a missing directory when writing.
 */
export function reasonOf(error: unknown, missing: 'file' | 'directory'): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return `no such ${missing}`;
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
