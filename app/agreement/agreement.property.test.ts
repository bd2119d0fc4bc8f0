// Properties every agreement report has, whatever the spans: identical annotations agree
// perfectly wherever a value is defined, annotators can be swapped or listed in any order
// without changing a number, and every value stays in its range.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from './agreement-report.ts';
import type { AgreementMeasures, AgreementReport, PairwiseAgreement } from './agreement-types.ts';
import { annotators, documentOf, spanOf, type AgreementSpan } from './test-support.ts';

const WORDS = [
  'talks',
  'Baku',
  "don't",
  'Əliyev',
  '3',
  'May',
  '—',
  '🕊️',
  'in',
  'Nagorno-Karabakh',
  '.',
];
const LABELS = ['actor', 'claim', 'date'];

/** One to three documents of random words, each with its length in code points. */
const documents = fc
  .array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((texts) =>
    texts.map((words, i) => {
      const text = words.join(' ');
      return { document: documentOf(`doc-${i}`, text), length: [...text].length };
    }),
  );

/** Spans on the documents: [document index, label, start, end] with start < end ≤ length. */
function spansOn(docs: { length: number }[], maxLength = 8) {
  return fc.array(
    fc
      .tuple(
        fc.integer({ min: 0, max: docs.length - 1 }),
        fc.constantFrom(...LABELS),
        fc.nat(),
        fc.nat(),
      )
      .map(([d, label, a, b]) => {
        const length = docs[d]!.length;
        const start = a % length;
        const end = start + 1 + (b % (length - start));
        return { document: d, label, start, end };
      }),
    { maxLength },
  );
}

type RawSpan = { document: number; label: string; start: number; end: number };
const asAnnotations = (annotator: string, spans: RawSpan[]): AgreementSpan[] =>
  spans.map((s) => spanOf(`doc-${s.document}`, annotator, s.label, s.start, s.end));

/** Every number in a report, with where it is, for range checks. */
function* values(report: AgreementReport): Generator<[string, number | null]> {
  const pairwise = function* (where: string, measure: PairwiseAgreement) {
    for (const [pair, value] of Object.entries(measure.pairs))
      yield [`${where}/${pair}`, value] as [string, number | null];
    yield [`${where}/mean`, measure.mean] as [string, number | null];
  };
  const all = function* (where: string, measures: Partial<AgreementMeasures>) {
    if (measures.cohenKappa) yield* pairwise(`${where}/cohenKappa`, measures.cohenKappa);
    if (measures.fleissKappa !== undefined)
      yield [`${where}/fleissKappa`, measures.fleissKappa] as [string, number | null];
    yield [`${where}/krippendorffAlphaU`, measures.krippendorffAlphaU ?? null] as [
      string,
      number | null,
    ];
    yield* pairwise(`${where}/f1Exact`, measures.f1Exact!);
    yield* pairwise(`${where}/f1Overlap`, measures.f1Overlap!);
  };
  yield* all('overall', report.overall);
  for (const [id, measures] of Object.entries(report.documents))
    yield* all(`documents/${id}`, measures);
  for (const [id, measures] of Object.entries(report.labels)) yield* all(`labels/${id}`, measures);
}

describe('agreement properties', () => {
  it('gives perfect agreement, or null, when every annotator made the same spans', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) => fc.tuple(fc.constant(docs), spansOn(docs))),
        fc.integer({ min: 2, max: 3 }),
        ([docs, spans], raterCount) => {
          const ids = ['ana', 'ben', 'cem'].slice(0, raterCount);
          const report = computeAgreement({
            documents: docs.map((d) => d.document),
            annotations: ids.flatMap((id) => asAnnotations(id, spans)),
            raters: annotators(...ids),
          });
          for (const [where, value] of values(report))
            if (value !== null) expect([where, value]).toEqual([where, 1]);
        },
      ),
    );
  });

  it('does not depend on which annotator is which, nor on the order of input', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) => fc.tuple(fc.constant(docs), spansOn(docs), spansOn(docs))),
        ([docs, first, second]) => {
          const input = (a: RawSpan[], b: RawSpan[], ...raters: string[]) => ({
            documents: docs.map((d) => d.document),
            annotations: [...asAnnotations('ana', a), ...asAnnotations('ben', b)],
            raters: annotators(...raters),
          });
          // Swapped annotators: the one pair "ana|ben" must keep every value.
          const report = computeAgreement(input(first, second, 'ana', 'ben'));
          expect(computeAgreement(input(second, first, 'ana', 'ben'))).toEqual(report);
          // A third rater (with no spans) and every list in another order.
          const ordered = input(first, second, 'ana', 'ben', 'cem');
          expect(
            computeAgreement({
              ...ordered,
              annotations: [...ordered.annotations].reverse(),
              raters: annotators('cem', 'ben', 'ana'),
            }),
          ).toEqual(computeAgreement(ordered));
        },
      ),
    );
  });

  it('keeps kappas in [−1, 1], F1 in [0, 1] and alpha-U at most 1', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) =>
          fc.tuple(fc.constant(docs), spansOn(docs, 12), spansOn(docs, 12)),
        ),
        ([docs, first, second]) => {
          const report = computeAgreement({
            documents: docs.map((d) => d.document),
            annotations: [...asAnnotations('ana', first), ...asAnnotations('ben', second)],
            raters: annotators('ana', 'ben'),
          });
          for (const [where, value] of values(report)) {
            if (value === null) continue;
            expect(Number.isFinite(value), where).toBe(true);
            if (/f1/.test(where)) expect(value >= 0 && value <= 1, where).toBe(true);
            else if (/Kappa/.test(where))
              expect(value >= -1 && value <= 1 + 1e-12, where).toBe(true);
            else expect(value <= 1 + 1e-12, where).toBe(true);
          }
        },
      ),
    );
  });
});
