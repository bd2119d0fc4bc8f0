// `marginalia agree` with the enrichment of issue 9 against spans alone, in the same run: the
// CLI benchmark's two annotators (1,000 documents, 100,000 annotations each), as they are
// (bench/fixture/cli-dataset-files.ts) and with 30,000 relations each, entity links to lists
// with different ids and date values (bench/fixture/cli-enriched-dataset-files.ts): the very
// same spans. Two measures, each alternating plain and enriched (which goes first alternates
// by run):
//   - the command as a user runs it, a fresh `node bin/marginalia.mjs agree A B --json` process
//     timed from spawn to exit (reading and checking the files included);
//   - the agreement alone, in this process: scoreAgreement on the inputs read once, plus the
//     JSON report, so the cost of the new measures is not diluted by parsing.
// The run stops if the enriched report lacks a value for any new measure, or the plain one
// has one.

import { readFileSync } from 'node:fs';
import {
  agreementReportOf,
  scoreAgreement,
  type AgreementInput,
} from '../../app/agreement/index.ts';
import { agreementInputOfDatasets } from '../../app/agreement/datasets-agreement-input.ts';
import { parseDataset, type DatasetV1 } from '../../app/formats/dataset/index.ts';
import { ensureCliDatasetFiles } from '../fixture/cli-dataset-files.ts';
import { ensureCliEnrichedDatasetFiles } from '../fixture/cli-enriched-dataset-files.ts';
import { metric, type Metric, type Scenario } from '../harness/scenario.ts';
import { timeCommand } from './cli-commands.ts';

const PROCESS_RUNS = 6;
const IN_PROCESS_RUNS = 9;
const NEW_MEASURES = [
  'relationF1Exact',
  'relationF1Overlap',
  'entityAgreement',
  'dateValueAgreement',
] as const;

function readDataset(path: string): DatasetV1 {
  const parsed = parseDataset(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`agree-enriched: ${path} is refused`);
  return parsed.value;
}

/** The agreement input of two files; the parsed datasets are dropped once it is built. */
function inputOf(ana: string, ben: string): AgreementInput {
  return agreementInputOfDatasets([readDataset(ana), readDataset(ben)]).input;
}

/** Milliseconds to score `input` and write its JSON report, and the report. */
function timeAgreement(input: AgreementInput): { ms: number; json: string } {
  const started = performance.now();
  const json = JSON.stringify(agreementReportOf(scoreAgreement(input)));
  return { ms: performance.now() - started, json };
}

export const agreeEnrichedScenario: Scenario = {
  name: 'agree-enriched',
  description:
    'marginalia agree with 30,000 relations, entity links and date values per annotator vs spans only',
  async run(context) {
    const plainFiles = ensureCliDatasetFiles();
    const enrichedFiles = ensureCliEnrichedDatasetFiles();
    context.log(
      `agree-enriched: ${enrichedFiles.stats.documents} documents, ${enrichedFiles.stats.annotations.ana} + ${enrichedFiles.stats.annotations.ben} annotations, ${enrichedFiles.stats.relations.ana} + ${enrichedFiles.stats.relations.ben} relations, ${enrichedFiles.stats.entityLinks.ana} + ${enrichedFiles.stats.entityLinks.ben} entity links, ${enrichedFiles.stats.dateValues.ana} + ${enrichedFiles.stats.dateValues.ben} date values`,
    );
    const sides = {
      plain: {
        files: plainFiles,
        process: metric('agree-enriched', 'plain', 'agree, spans only (process, wall)', 'ms'),
      },
      enriched: {
        files: enrichedFiles,
        process: metric('agree-enriched', 'enriched', 'agree, enriched (process, wall)', 'ms'),
      },
    };
    const order = (run: number) =>
      run % 2 === 0 ? (['plain', 'enriched'] as const) : (['enriched', 'plain'] as const);

    await timeCommand(['--help']); // builds the CLI bundle if needed; not counted
    for (let run = 0; run < PROCESS_RUNS; run++)
      for (const name of order(run)) {
        const { files, process } = sides[name];
        process.samples.push(await timeCommand(['agree', files.ana, files.ben, '--json']));
      }

    const inputs = {
      plain: inputOf(plainFiles.ana, plainFiles.ben),
      enriched: inputOf(enrichedFiles.ana, enrichedFiles.ben),
    };
    const scoring: Record<'plain' | 'enriched', Metric> = {
      plain: metric(
        'agree-enriched',
        'plain-score',
        'agreement alone, spans only (in process)',
        'ms',
      ),
      enriched: metric(
        'agree-enriched',
        'enriched-score',
        'agreement alone, enriched (in process)',
        'ms',
      ),
    };
    const overall: Record<string, unknown> = {};
    timeAgreement(inputs.plain); // warm-up, not counted
    timeAgreement(inputs.enriched);
    for (let run = 0; run < IN_PROCESS_RUNS; run++)
      for (const name of order(run)) {
        const { ms, json } = timeAgreement(inputs[name]);
        scoring[name].samples.push(ms);
        if (run === 0) overall[name] = JSON.parse(json).overall;
      }
    for (const measure of NEW_MEASURES) {
      const enriched = (overall.enriched as Record<string, { mean: number | null }>)[measure]!.mean;
      const plain = (overall.plain as Record<string, { mean: number | null }>)[measure]!.mean;
      if (enriched === null || plain !== null)
        throw new Error(`agree-enriched: ${measure} is ${enriched} enriched and ${plain} plain`);
    }
    return {
      metrics: [sides.plain.process, sides.enriched.process, scoring.plain, scoring.enriched],
      details: {
        files: enrichedFiles.stats,
        processRuns: PROCESS_RUNS,
        inProcessRuns: IN_PROCESS_RUNS,
        enrichedOverall: Object.fromEntries(
          NEW_MEASURES.map((measure) => [
            measure,
            (overall.enriched as Record<string, { mean: number | null }>)[measure]!.mean,
          ]),
        ),
      },
    };
  },
};
