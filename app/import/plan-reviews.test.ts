import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToModel, serialiseDataset, type DatasetV1 } from '../formats/dataset/index.ts';
import { RECONCILED_ANNOTATOR, RECONCILED_ANNOTATOR_ENTRY } from '../model/review.ts';
import { annotatorFile, merged } from '../reconcile/merge-test-support.ts';
import { span } from '../reconcile/test-support.ts';
import { decodeDatasetFile } from './dataset-to-bundle.ts';
import { planImport } from './plan.ts';
import { library, options } from './plan-test-support.ts';

const ana = annotatorFile('ana', [
  span('ana', 30, 40, 'date'),
  span('ana', 65, 90),
  span('ana', 42, 59, 'actor'),
]);
const ben = annotatorFile('ben', [
  span('ben', 30, 40, 'date'),
  span('ben', 60, 90),
  span('ben', 42, 59, 'actor'),
]);
const output = merged([ana, ben]);

/** Plans importing `dataset`, written to a file and read back, into `snapshot`. */
function planOf(dataset: DatasetV1, snapshot = library()) {
  const bundle = decodeDatasetFile(serialiseDataset(dataset));
  if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
  return planImport(bundle.value, snapshot, options);
}

function reconciledOf(dataset: DatasetV1) {
  return datasetToModel(dataset).annotations.filter((a) => a.annotator === RECONCILED_ANNOTATOR);
}

/** `dataset` with the annotations of its first document passed through `change`. */
function editAnnotations(
  dataset: DatasetV1,
  change: (annotation: DatasetV1['documents'][number]['annotations'][number]) => object,
): DatasetV1 {
  const [first, ...rest] = dataset.documents;
  return {
    ...dataset,
    documents: [
      { ...first!, annotations: first!.annotations.map((a) => ({ ...a, ...change(a) })) },
      ...rest,
    ],
  };
}

describe('importing a merged dataset', () => {
  it('plans every reconciled annotation with its provenance, the roles and the reviews', () => {
    const reconciled = reconciledOf(output);
    expect(reconciled.length).toBeGreaterThan(0);
    const plan = planOf(output);
    expect(plan.issues).toEqual([]);
    const planned = plan.annotationsToAdd.filter((a) => a.annotator === RECONCILED_ANNOTATOR);
    expect(planned).toEqual(reconciled);
    expect(plan.annotationsToAdd.filter((a) => a.provenance !== undefined)).toEqual(planned);
    expect(plan.annotatorsToAdd).toEqual([
      { id: 'ana', name: 'ANA' },
      { id: 'ben', name: 'BEN' },
      RECONCILED_ANNOTATOR_ENTRY,
    ]);
    expect(plan.reviewsToAdd).toEqual(datasetToModel(output).reviews);
    expect(plan.reviewsToAdd[0]!.conflicts.length).toBeGreaterThan(0);
    expect(plan.summary[0]).toContain('1 document review');
  });

  it('keeps provenance on a reconciled annotation re-anchored by its quote', () => {
    const shifted = editAnnotations(output, (a) =>
      a.annotator === RECONCILED_ANNOTATOR ? { start: a.start + 1, end: a.end + 1 } : {},
    );
    const plan = planOf(shifted);
    expect(plan.issues).toEqual([]);
    const reconciled = reconciledOf(output);
    expect(plan.moved.map((m) => m.id).sort()).toEqual(reconciled.map((a) => a.id).sort());
    expect(plan.annotationsToAdd.filter((a) => a.annotator === RECONCILED_ANNOTATOR)).toEqual(
      reconciled,
    );
  });

  it('imports a reconciled annotation whose cited sources are orphans, provenance unchanged', () => {
    // Ana's spans no longer match anything in the text: they become orphans.
    const lost = editAnnotations(output, (a) =>
      a.annotator === 'ana' ? { quote: 'nowhere in the text', prefix: '', suffix: '' } : {},
    );
    const plan = planOf(lost);
    expect(plan.issues).toEqual([]);
    expect(plan.orphans.map((o) => o.annotator)).toEqual(['ana', 'ana', 'ana']);
    const reconciled = reconciledOf(output);
    const citingAna = reconciled.filter((a) =>
      a.provenance!.sources.some((s) => s.annotator === 'ana'),
    );
    expect(citingAna.length).toBeGreaterThan(0);
    expect(plan.annotationsToAdd.filter((a) => a.annotator === RECONCILED_ANNOTATOR)).toEqual(
      reconciled,
    );
    expect(plan.reviewsToAdd).toEqual(datasetToModel(output).reviews);
  });

  it('keeps the provenance of a reconciled annotation that is itself an orphan', () => {
    const lost = editAnnotations(output, (a) =>
      a.annotator === RECONCILED_ANNOTATOR
        ? { quote: 'nowhere in the text', prefix: '', suffix: '' }
        : {},
    );
    const plan = planOf(lost);
    const reconciled = reconciledOf(output);
    expect(plan.orphans.map(({ id, provenance }) => ({ id, provenance }))).toEqual(
      reconciled.map(({ id, provenance }) => ({ id, provenance })),
    );
  });

  it("never replaces the library's review of a document", () => {
    const documentId = output.documents[0]!.id;
    const plan = planOf(output, { ...library(), reviewedDocuments: new Set([documentId]) });
    expect(plan.reviewsToAdd).toEqual([]);
    expect(plan.warnings).toEqual([
      expect.stringContaining('the library already has a review of document'),
    ]);
  });
});

describe('importing a reviewed dataset with reconciled relations, entity links and values', () => {
  const reviewed = readFileSync(
    new URL('../formats/dataset/fixtures/valid-reconciled.json', import.meta.url),
    'utf8',
  );

  it('plans the reconciled relations with their provenance, and entity and value provenance', () => {
    const bundle = decodeDatasetFile(reviewed);
    if (!bundle.ok) throw new Error(JSON.stringify(bundle.error));
    const plan = planImport(bundle.value, library(), options);
    expect(plan.issues).toEqual([]);
    const model = datasetToModel(JSON.parse(reviewed) as DatasetV1);
    const reconciledRelations = model.relations!.filter(
      (r) => r.annotator === RECONCILED_ANNOTATOR,
    );
    expect(reconciledRelations.map((r) => r.provenance?.sources.length)).toEqual([2]);
    expect(plan.relationsToAdd.filter((r) => r.annotator === RECONCILED_ANNOTATOR)).toEqual(
      reconciledRelations,
    );
    // The annotators' relations carry none.
    expect(plan.relationsToAdd.filter((r) => r.provenance !== undefined)).toHaveLength(1);
    const planned = plan.annotationsToAdd.filter((a) => a.annotator === RECONCILED_ANNOTATOR);
    expect(planned).toEqual(model.annotations.filter((a) => a.annotator === RECONCILED_ANNOTATOR));
    expect(planned.find((a) => a.entity !== undefined)!.provenance!.entity).toEqual({
      decision: 'unanimous',
      decidedBy: null,
      decidedAt: '2024-05-08T08:00:00.000Z',
      annotators: ['ana', 'ben'],
    });
    expect(planned.find((a) => a.value !== undefined)!.provenance!.value).toMatchObject({
      decision: 'adjudicated',
      annotators: ['ana'],
    });
    expect(plan.reviewsToAdd.flatMap((r) => r.conflicts.map((c) => c.kind))).toContain('link');
  });
});
