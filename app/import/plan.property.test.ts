// planImport on generated bundles: whatever a decoder hands it (including values its types
// rule out, as a decoder's bug would), it returns a plan and never throws, and a plan without
// issues only ever holds annotations whose quote is the text at their offsets.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../model/ids.ts';
import { CodePointIndex, sliceByCodePoints } from '../text/code-points.ts';
import { documentIdOf } from '../text/document-id.ts';
import type { BundleAnnotation, BundleDocument, ImportBundle } from './bundle.ts';
import { planImport } from './plan.ts';
import type { ImportPlan, LibrarySnapshot } from './plan-types.ts';

const options = {
  importedAt: new Date('2024-06-01T12:00:00Z'),
  fallbackAnnotator: { id: asAnnotatorId('me'), name: 'Me' },
};

const LIBRARY_TEXT =
  'Talks resumed in Geneva on 3 May 2024.\nMinister Bayramov said a deal was near.';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.constantFrom(LIBRARY_TEXT, 'a\r\nb', 'e\u0301', '\uFEFF🕊', ''),
);
/** Anything at all, weighted towards what the fields are meant to hold. */
const loose = <T>(meant: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: meant }, { weight: 1, arbitrary: fc.anything() });

const document: fc.Arbitrary<BundleDocument> = fc.record(
  {
    id: loose(fc.constantFrom(documentIdOf(LIBRARY_TEXT), `sha256:${'0'.repeat(64)}`)),
    ref: fc.string({ maxLength: 10 }),
    title: loose(fc.string({ maxLength: 10 })),
    text: loose(text),
  },
  { requiredKeys: ['ref'] },
) as fc.Arbitrary<BundleDocument>;

const offset = fc.oneof(
  fc.integer({ min: -3, max: 130 }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, 2 ** 53),
);
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('Geneva', '3 May 2024', 'a'),
);

const annotation: fc.Arbitrary<BundleAnnotation> = fc.record(
  {
    source: fc.string({ maxLength: 8 }),
    id: loose(fc.constantFrom('a1', 'a2', 'known')),
    document: loose(fc.integer({ min: -1, max: 4 })),
    label: loose(fc.constantFrom('claim', 'actor', 'date', 'person')),
    start: loose(offset),
    end: loose(offset),
    quote: loose(fragment),
    prefix: loose(fragment),
    suffix: loose(fragment),
    annotator: loose(fc.constantFrom('ana', 'ben')),
    note: loose(fc.string({ maxLength: 10 })),
    createdAt: loose(fc.constantFrom('2024-05-01T09:30:00Z', 'yesterday')),
    updatedAt: loose(fc.constantFrom('2024-05-01T09:30:00Z', '')),
  },
  { requiredKeys: ['source', 'document', 'label'] },
) as fc.Arbitrary<BundleAnnotation>;

const bundle: fc.Arbitrary<ImportBundle> = fc.record({
  format: fc.constantFrom('marginalia-dataset', 'w3c-annotation', 'jsonl'),
  documents: fc.array(document, { maxLength: 4 }),
  annotations: fc.array(annotation, { maxLength: 8 }),
  annotators: fc.array(
    fc.record({ id: fc.constantFrom('ana', 'ben'), name: fc.string({ maxLength: 5 }) }),
    { maxLength: 3 },
  ),
  labels: fc.array(
    fc.record({ id: fc.constantFrom('person', 'place'), name: fc.string({ maxLength: 5 }) }),
    { maxLength: 2 },
  ),
  warnings: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
}) as fc.Arbitrary<ImportBundle>;

const library: LibrarySnapshot = {
  documents: new Map([[documentIdOf(LIBRARY_TEXT), { title: 'Talks', text: LIBRARY_TEXT }]]),
  annotationIds: new Set(['known']),
  annotators: new Map([[asAnnotatorId('ana'), 'Ana']]),
};

describe('planImport on generated bundles', () => {
  it('never throws, and plans only annotations that agree with their text', () => {
    fc.assert(
      fc.property(bundle, (generated) => {
        checkPlan(planImport(generated, library, options));
      }),
      { numRuns: 400 },
    );
  });
});

function checkPlan(plan: ImportPlan): void {
  expect(plan.summary.length).toBeGreaterThan(0);
  if (plan.issues.length > 0) return;
  const texts = new Map(plan.documentsToAdd.map(({ id, text }) => [id, text]));
  for (const [id, { text }] of library.documents) texts.set(id, text);
  for (const { id, text } of plan.documentsToAdd) expect(documentIdOf(text)).toBe(id);
  const ids = new Set<string>();
  for (const annotation of plan.annotationsToAdd) {
    const text = texts.get(annotation.documentId);
    expect(text).toBeDefined();
    const index = new CodePointIndex(text!);
    expect(0 <= annotation.start && annotation.start < annotation.end).toBe(true);
    expect(annotation.end).toBeLessThanOrEqual(index.codePointLength);
    expect(sliceByCodePoints(text!, annotation.start, annotation.end, index)).toBe(
      annotation.quote,
    );
    expect(library.annotationIds.has(annotation.id)).toBe(false);
    expect(ids.has(annotation.id)).toBe(false);
    ids.add(annotation.id);
  }
  for (const orphan of plan.orphans) expect(orphan.reason).not.toBe('');
}
