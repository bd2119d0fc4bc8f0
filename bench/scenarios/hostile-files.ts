// Hostile and huge inputs (issue 12), each the file a review measured, refused or read in
// process (Node, no browser) through the same code the app runs: the time to a clear answer.
// A correctness test beside each fix pins the answer; this pins that it comes quickly.
//   dataset-refusal: a 26 MB dataset whose 80,000 annotations all start at -1 (24 s before the
//   validator stopped copying its error list per annotation; target ≤ 3 s).
//   deep-html: 5,000 nested <div>s (25 KB) read to text (overflowed the stack before).
//   deep-markdown: 2,000 nested `>` (2 KB) refused by its nesting (overflowed the stack before).
//   jsonl-records: 200,001 one-line documents (2.6 MB) refused before any is parsed.
//   jsonl-annotations: one line of 1,000,001 spans (14 MB) refused before its spans are read.
// (Pathological markup that is merely slow is refused by the worker's time limit in the app:
// the `hostile-import` scenario.)

import { parseDataset } from '../../app/formats/dataset/parse.ts';
import { importDocumentFile } from '../../app/formats/document-import/import-document-file.ts';
import { decodeImportUpload } from '../../app/import/read-import-file.ts';
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

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Times `answer` RUNS times; `check` throws unless the answer is the one the fix gives. */
async function timed<T>(
  id: string,
  label: string,
  answer: () => T | Promise<T>,
  check: (result: T) => void,
) {
  const measured = metric('hostile', id, label, 'ms');
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = await answer();
    measured.samples.push(performance.now() - started);
    check(result);
  }
  return measured;
}

function refusedWith(expected: string) {
  return (result: { ok: boolean; error?: unknown }) => {
    if (result.ok || !JSON.stringify(result.error).includes(expected))
      throw new Error(
        `hostile: expected a refusal saying “${expected}”, got ${JSON.stringify(result).slice(0, 300)}`,
      );
  };
}

async function nestingAndBounds() {
  const deepHtml = utf8(`${'<div>'.repeat(5_000)}Nested${'</div>'.repeat(5_000)}`);
  const deepMarkdown = utf8('>'.repeat(2_000) + ' deep');
  const records = utf8('{"text":"a"}\n'.repeat(200_001));
  const spans = utf8(`{"text":"ab","spans":[${'[0,1,"actor"],'.repeat(1_000_000)}[1,2,"actor"]]}`);
  return [
    await timed(
      'deep-html',
      'hostile: 5,000 nested HTML elements read',
      () => importDocumentFile('deep.html', deepHtml),
      (result) => {
        if (!result.ok || result.value.text !== 'Nested') throw new Error('deep.html not read');
      },
    ),
    await timed(
      'deep-markdown',
      'hostile: 2,000 nested Markdown quotes refused',
      () => importDocumentFile('deep.md', deepMarkdown),
      refusedWith('more than 100 levels deep'),
    ),
    await timed(
      'jsonl-records',
      'hostile: JSONL of 200,001 documents refused',
      () => decodeImportUpload('many.jsonl', records),
      refusedWith('more than 200,000 documents'),
    ),
    await timed(
      'jsonl-annotations',
      'hostile: JSONL of 1,000,001 annotations refused',
      () => decodeImportUpload('spans.jsonl', spans),
      refusedWith('more than 1,000,000 annotations'),
    ),
  ];
}

export const hostileFilesScenario: Scenario = {
  name: 'hostile',
  description:
    'hostile and huge inputs refused in process: 80,000 broken annotations, deep nesting, JSONL bounds',
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
      metrics: [refusal, ...(await nestingAndBounds())],
      details: { megabytes: dataset.length / 1e6, issuesListed: issues },
    };
  },
};
