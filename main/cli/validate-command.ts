// `marginalia validate FILE...`: checks dataset files the way the app's importer does, for
// analysts who edit or generate datasets outside Marginalia.

import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from './command.ts';
import { readDatasetFile } from './read-dataset-file.ts';

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
  const read = await readDatasetFile(file, io);
  if (typeof read === 'number') return read;
  const { documents, annotators, entities = [] } = read;
  let annotations = 0;
  let relations = 0;
  for (const document of documents) {
    annotations += document.annotations.length;
    relations += document.relations?.length ?? 0;
  }
  const counts = [
    countOf(documents.length, 'document'),
    countOf(annotations, 'annotation'),
    countOf(annotators.length, 'annotator'),
  ];
  // Only when there are some: a span-only dataset reads as it always did.
  if (relations > 0) counts.push(countOf(relations, 'relation'));
  if (entities.length > 0)
    counts.push(`${entities.length} ${entities.length === 1 ? 'entity' : 'entities'}`);
  io.stdout(`${file}: valid Marginalia dataset (${counts.join(', ')})\n`);
  return EXIT_OK;
}
