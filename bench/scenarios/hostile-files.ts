// Hostile and huge inputs (issue 12), each the file a review measured, refused or read in
// process (Node, no browser) through the same code the app runs: the time to a clear answer.
// A correctness test beside each fix pins the answer; this pins that it comes quickly.
//   dataset-refusal: a 26 MB dataset whose 80,000 annotations all start at -1 (24 s before the
//   validator stopped copying its error list per annotation; target ≤ 3 s).

import { parseDataset } from '../../app/formats/dataset/parse.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const RUNS = 3;

function datasetWithEveryStartBroken(annotations: number): string {
  const text = 'Ceasefire talks resumed in Geneva. '.repeat(60);
  const broken = Array.from({ length: annotations }, (_, i) => ({
    id: `a${i}`,
    label: 'claim',
    start: -1,
    end: 9,
    quote: 'Ceasefire',
    prefix: '',
    suffix: ' talks resumed in Geneva. Ceasef',
    note: 'An analyst’s note about this claim, long enough to weigh like a real one.',
    annotator: 'ana',
    createdAt: '2024-05-01T09:30:00.000Z',
    updatedAt: '2024-05-01T09:30:00.000Z',
  }));
  return JSON.stringify({
    format: 'marginalia-dataset',
    version: 1,
    exportedAt: '2024-05-10T12:00:00.000Z',
    annotators: [{ id: 'ana', name: 'Ana' }],
    labels: [{ id: 'claim', name: 'Claim', color: '#f2b705' }],
    documents: [{ id: documentIdOf(text), title: 'Talks', text, annotations: broken }],
  });
}

export const hostileFilesScenario: Scenario = {
  name: 'hostile',
  description: 'hostile and huge inputs refused in process: 80,000 broken annotations',
  async run(context) {
    const dataset = datasetWithEveryStartBroken(80_000);
    context.log(`hostile: dataset of ${(dataset.length / 1e6).toFixed(1)} MB`);
    const refusal = metric(
      'hostile',
      'dataset-refusal',
      'hostile: 80,000 broken annotations refused',
      'ms',
    );
    let issues = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const result = parseDataset(dataset);
      refusal.samples.push(performance.now() - started);
      if (result.ok) throw new Error('the broken dataset was accepted');
      issues = result.error.length;
    }
    return {
      metrics: [refusal],
      details: { megabytes: dataset.length / 1e6, issuesListed: issues },
    };
  },
};
