// Properties every agreement report has, whatever the spans, relations, entity links and date
// values: identical annotations agree perfectly wherever a value is defined, annotators can be
// swapped or listed in any order without changing a number, and every value stays in its range.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asEntityId } from '../model/ids.ts';
import { computeAgreement } from './agreement-report.ts';
import type {
  AgreementInput,
  AgreementRelation,
  AgreementReport,
  PairwiseAgreement,
} from './agreement-types.ts';
import { annotators, documentOf, relationOf, spanOf, type AgreementSpan } from './test-support.ts';

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

/** A few entities, two of them one actor by name, two sharing a name with different Wikidata ids. */
const ENTITIES: AgreementInput['entities'] = [
  { id: asEntityId('e0'), name: 'Ilham Aliyev' },
  { id: asEntityId('e1'), name: 'ilham  ALIYEV' },
  { id: asEntityId('e2'), name: 'John Smith', wikidata: 'Q1' },
  { id: asEntityId('e3'), name: 'John Smith', wikidata: 'Q2' },
];
const VALUES = ['2020', '2020-10', '2020-10-26'];
const TYPES = ['claimant', 'date', 'target'];

/** What rides on a span: an entity (on actors), a value (on dates), or nothing. */
const extras = fc.record({
  entity: fc.option(fc.constantFrom('e0', 'e1', 'e2', 'e3', 'unlisted'), { nil: undefined }),
  value: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
});

type RawSpan = {
  document: number;
  label: string;
  start: number;
  end: number;
  entity?: string | undefined;
  value?: string | undefined;
};
/** A relation between two spans of one layer, by their indices in the layer (modulo its size). */
type RawRelation = { type: string; from: number; to: number };

const asAnnotations = (annotator: string, spans: RawSpan[]): AgreementSpan[] =>
  spans.map((s, i) =>
    spanOf(`doc-${s.document}`, annotator, s.label, s.start, s.end, {
      // Each annotator's own ids: relations must find endpoints by id within one layer.
      id: `${annotator}-${i}`,
      ...(s.label === 'actor' && s.entity !== undefined ? { entity: s.entity } : {}),
      ...(s.label === 'date' && s.value !== undefined ? { value: s.value } : {}),
    }),
  );

/** Relations between spans of the same document; those that would cross documents are dropped. */
function asRelations(annotator: string, spans: RawSpan[], raw: RawRelation[]): AgreementRelation[] {
  if (spans.length === 0) return [];
  return raw.flatMap(({ type, from, to }) => {
    const a = from % spans.length;
    const b = to % spans.length;
    if (spans[a]!.document !== spans[b]!.document) return [];
    return [
      relationOf(
        `doc-${spans[a]!.document}`,
        annotator,
        type,
        `${annotator}-${a}`,
        `${annotator}-${b}`,
      ),
    ];
  });
}

const relationsArbitrary = (maxLength = 8) =>
  fc.array(fc.record({ type: fc.constantFrom(...TYPES), from: fc.nat(), to: fc.nat() }), {
    maxLength,
  });

/** One annotator's layer: spans, with links and values, and relations between them. */
function layerOn(docs: { length: number }[], maxLength = 8) {
  return fc.tuple(
    fc
      .tuple(spansOn(docs, maxLength), fc.array(extras, { minLength: maxLength, maxLength }))
      .map(([spans, more]) => spans.map((span, i) => ({ ...span, ...more[i] }))),
    relationsArbitrary(maxLength),
  );
}

type Layer = [RawSpan[], RawRelation[]];

/** The input of layers by annotator, every listed annotator a rater. */
function inputOf(
  docs: { document: { id: AgreementInput['documents'][number]['id']; text: string } }[],
  layers: [string, Layer][],
  raters: string[],
): AgreementInput {
  return {
    documents: docs.map((d) => d.document),
    annotations: layers.flatMap(([id, [spans]]) => asAnnotations(id, spans)),
    relations: layers.flatMap(([id, [spans, relations]]) => asRelations(id, spans, relations)),
    raters: annotators(...raters),
    entities: ENTITIES,
  };
}

/** Every number in a report, with where it is, for range checks. */
function* values(report: AgreementReport): Generator<[string, number | null]> {
  const all = function* (where: string, measures: object): Generator<[string, number | null]> {
    for (const [key, measure] of Object.entries(measures) as [
      string,
      PairwiseAgreement | number | null,
    ][]) {
      if (measure === null || typeof measure === 'number') {
        yield [`${where}/${key}`, measure];
        continue;
      }
      for (const [pair, value] of Object.entries(measure.pairs))
        yield [`${where}/${key}/${pair}`, value];
      yield [`${where}/${key}/mean`, measure.mean];
    }
  };
  yield* all('overall', report.overall);
  for (const [id, measures] of Object.entries(report.documents))
    yield* all(`documents/${id}`, measures);
  for (const [id, measures] of Object.entries(report.labels)) yield* all(`labels/${id}`, measures);
  for (const [id, measures] of Object.entries(report.relationTypes))
    yield* all(`relationTypes/${id}`, measures);
}

describe('agreement properties', () => {
  it('gives perfect agreement, or null, when every annotator made the same spans and links', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) => fc.tuple(fc.constant(docs), layerOn(docs))),
        fc.integer({ min: 2, max: 3 }),
        ([docs, layer], raterCount) => {
          const ids = ['ana', 'ben', 'cem'].slice(0, raterCount);
          const report = computeAgreement(
            inputOf(
              docs,
              ids.map((id) => [id, layer]),
              ids,
            ),
          );
          for (const [where, value] of values(report))
            if (value !== null) expect([where, value]).toEqual([where, 1]);
        },
      ),
    );
  });

  it('gives every enrichment measure a value of 1 where both made the same non-empty layer', () => {
    // Not only "1 or null": a layer with a relation, an entity link and a date value of its own
    // has all four defined.
    const layer: Layer = [
      [
        { document: 0, label: 'claim', start: 0, end: 2 },
        { document: 0, label: 'actor', start: 2, end: 3, entity: 'e0' },
        { document: 0, label: 'date', start: 0, end: 1, value: '2020' },
      ],
      [
        { type: 'claimant', from: 0, to: 1 },
        { type: 'date', from: 0, to: 2 },
      ],
    ];
    const docs = [{ document: documentOf('doc-0', 'Baku 3 May'), length: 10 }];
    const report = computeAgreement(
      inputOf(
        docs,
        [
          ['ana', layer],
          ['ben', layer],
        ],
        ['ana', 'ben'],
      ),
    );
    for (const key of [
      'relationF1Exact',
      'relationF1Overlap',
      'entityAgreement',
      'dateValueAgreement',
    ] as const)
      expect([key, report.overall[key].mean]).toEqual([key, 1]);
  });

  it('does not depend on which annotator is which, nor on the order of input', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) => fc.tuple(fc.constant(docs), layerOn(docs), layerOn(docs))),
        ([docs, first, second]) => {
          const input = (a: Layer, b: Layer, ...raters: string[]) =>
            inputOf(
              docs,
              [
                ['ana', a],
                ['ben', b],
              ],
              raters,
            );
          // Swapped annotators: the one pair "ana|ben" must keep every value.
          const report = computeAgreement(input(first, second, 'ana', 'ben'));
          expect(computeAgreement(input(second, first, 'ana', 'ben'))).toEqual(report);
          // A third rater (with no spans) and every list in another order.
          const ordered = input(first, second, 'ana', 'ben', 'cem');
          expect(
            computeAgreement({
              ...ordered,
              annotations: [...ordered.annotations].reverse(),
              relations: [...ordered.relations!].reverse(),
              entities: [...ordered.entities!].reverse(),
              raters: annotators('cem', 'ben', 'ana'),
            }),
          ).toEqual(computeAgreement(ordered));
        },
      ),
    );
  });

  it('keeps kappas in [−1, 1], F1 and the enrichment fractions in [0, 1] and alpha-U at most 1', () => {
    fc.assert(
      fc.property(
        documents.chain((docs) =>
          fc.tuple(fc.constant(docs), layerOn(docs, 12), layerOn(docs, 12)),
        ),
        ([docs, first, second]) => {
          const report = computeAgreement(
            inputOf(
              docs,
              [
                ['ana', first],
                ['ben', second],
              ],
              ['ana', 'ben'],
            ),
          );
          for (const [where, value] of values(report)) {
            if (value === null) continue;
            expect(Number.isFinite(value), where).toBe(true);
            if (/f1|F1|Agreement/.test(where)) expect(value >= 0 && value <= 1, where).toBe(true);
            else if (/Kappa/.test(where))
              expect(value >= -1 && value <= 1 + 1e-12, where).toBe(true);
            else expect(value <= 1 + 1e-12, where).toBe(true);
          }
        },
      ),
    );
  });
});
