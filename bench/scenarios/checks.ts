// The consistency checks at the CLI benchmark's scale (bench/fixture/cli-datasets.ts): one
// layer of 100,000 annotations over 1,000 documents (9 MB), checked as the Checks screen checks
// it (at most LISTED_MISSED_OCCURRENCES missed occurrences listed, the rest counted) and as
// `marginalia check` does (every finding listed). No browser: this is the computation the screen
// runs after painting "Checking…", in the same engine. The fixture's spans are random runs of
// generated prose, so common phrases ("of the") are tagged and found over a million times: a
// worst case, far from what analysts tag.

import { checkLibrary, countByKind, LISTED_MISSED_OCCURRENCES } from '../../app/checks/index.ts';
import type { DatasetModel } from '../../app/formats/dataset/to-model.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { ANA, cliCorpusOf } from '../fixture/cli-datasets.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const RUNS = 3;

export const checksScenario: Scenario = {
  name: 'checks',
  description: 'consistency checks of one layer: 1,000 documents, 100,000 annotations',
  async run(context) {
    const corpus = cliCorpusOf(undefined, false);
    const model: DatasetModel = {
      documents: corpus.documents,
      annotations: corpus.byAnnotator.ana,
      annotators: [ANA],
      labels: [...BUILT_IN_LABELS],
    };
    const screen = metric('checks', 'screen', 'checks: as the screen lists them', 'ms');
    const all = metric('checks', 'all', 'checks: every finding listed (CLI)', 'ms');
    let details: Record<string, unknown> = {};
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      const listed = checkLibrary(model, { missedOccurrenceLimit: LISTED_MISSED_OCCURRENCES });
      screen.samples.push(performance.now() - started);
      started = performance.now();
      const every = checkLibrary(model);
      all.samples.push(performance.now() - started);
      details = {
        listed: listed.findings.length,
        counts: countByKind(every.findings),
      };
    }
    context.log(`checks: ${JSON.stringify(details)}`);
    return { metrics: [screen, all], details };
  },
};
