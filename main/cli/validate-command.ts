// `marginalia validate FILE...`: checks dataset files the way the app's importer does, for
// analysts who edit or generate datasets outside Marginalia.

import { parseDataset } from '../../app/formats/dataset/index.ts';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { CLI_PARSE_OPTIONS } from './native-document-id.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand } from './command.ts';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate FILE...',
  summary: 'check that each FILE is a valid Marginalia dataset',
  async run(args, io) {
    if (args.length === 0) {
      io.stderr(`marginalia validate: no files given\nusage: marginalia ${this.usage}\n`);
      return EXIT_USAGE;
    }
    let exitCode = EXIT_OK;
    for (const file of args) exitCode = Math.max(exitCode, await validateFile(file, io));
    return exitCode;
  },
};

/** Exit code for one file: 0 valid, 1 invalid, 2 unreadable. */
async function validateFile(file: string, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: cannot read: ${reasonOf(error)}\n`);
    return EXIT_USAGE;
  }
  const result = parseDataset(text, CLI_PARSE_OPTIONS);
  if (!result.ok) {
    // Root-level issues (JSON syntax, the summary line) have the empty pointer: no path shown.
    for (const { path, message } of result.error)
      io.stderr(path === '' ? `${file}: ${message}\n` : `${file}: ${path}: ${message}\n`);
    return EXIT_INVALID;
  }
  const { documents, annotators } = result.value;
  const annotations = documents.reduce((sum, document) => sum + document.annotations.length, 0);
  const counts = [
    countOf(documents.length, 'document'),
    countOf(annotations, 'annotation'),
    countOf(annotators.length, 'annotator'),
  ];
  io.stdout(`${file}: valid Marginalia dataset (${counts.join(', ')})\n`);
  return EXIT_OK;
}

/** "ENOENT: no such file or directory, open 'x'" says the path twice; keep the reason. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file';
  if (error instanceof Error && 'code' in error && error.code === 'EISDIR') return 'is a directory';
  if (error instanceof Error && 'code' in error && error.code === 'EACCES')
    return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
