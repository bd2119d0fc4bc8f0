// `marginalia agree FILE... [--json]`: inter-annotator agreement between the annotators of one or
// more dataset files (typically one file per annotator), per document, per label, per relation
// type and overall: the spans, and the relations, entity links and date values riding on them.
// The measures are app/agreement's, the ones the app shows; docs/agreement.md defines them.

import { agreementReportOf, scoreAgreement } from '../../app/agreement/index.ts';
import { formatAgreement } from '../../app/agreement/agreement-text.ts';
import {
  agreementInputOfDatasets,
  type DatasetsAgreementInput,
} from '../../app/agreement/datasets-agreement-input.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_OK, type CliCommand, filesAndJsonOf } from './command.ts';
import { readDatasetFiles } from './read-dataset-file.ts';

export const agreeCommand: CliCommand = {
  name: 'agree',
  // [--json] lives in the summary: a longer usage would widen every line of `marginalia --help`.
  usage: 'agree FILE...',
  summary: 'agreement between the annotators of the dataset FILEs (--json: as JSON)',
  async run(args, io) {
    const parsed = filesAndJsonOf('agree', this.usage, args, io);
    if (typeof parsed === 'number') return parsed;
    const { files, json } = parsed;

    const merged = await readAndMerge(files, io);
    if (typeof merged === 'number') return merged;
    const scored = scoreAgreement(merged.input);
    io.stdout(
      json
        ? `${JSON.stringify(agreementReportOf(scored), null, 2)}\n`
        : formatAgreement(scored, merged),
    );
    return EXIT_OK;
  },
};

/**
 * The files merged into one agreement input, or the exit code after reporting every file that
 * cannot be read or is invalid. The parsed datasets do not outlive this function: at 100,000
 * annotations their quotes and context are hundreds of megabytes the garbage collector would
 * otherwise keep marking while the measures run.
 */
async function readAndMerge(files: string[], io: CliIo): Promise<DatasetsAgreementInput | number> {
  const datasets = await readDatasetFiles(files, io);
  return typeof datasets === 'number' ? datasets : agreementInputOfDatasets(datasets);
}
