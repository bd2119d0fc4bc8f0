// Marginalia dataset → ImportBundle. The dataset is checked as strictly as `marginalia validate`
// checks it, except for one rule: a quote that differs from the text at its offsets is not an
// error here. The importer re-anchors such an annotation by its quote and context (or keeps it
// as an orphan), which is what a hand-edited dataset whose text shifted needs.

import {
  parseDataset,
  parseDatasetValue,
  type DatasetIssue,
  type DatasetV1,
  type ParseDatasetOptions,
} from '../formats/dataset/index.ts';
import { childPointer } from '../formats/dataset/json-pointer.ts';
import { err, ok, type Result } from '../result.ts';
import { encodeProvenance, encodeReview } from '../formats/dataset/encode.ts';
import { copyRelation } from '../formats/dataset/encode-enrichment.ts';
import { relationTypesAndEntitiesOf } from '../formats/dataset/to-model.ts';
import type {
  BundleDocument,
  BundleRelation,
  BundleReview,
  ImportBundle,
  ImportIssue,
} from './bundle.ts';
import { metadataOf } from '../model/document-metadata.ts';

/** How a caller may check a dataset it imports: the quotes are never verified (see above). */
export type DecodeDatasetOptions = Omit<ParseDatasetOptions, 'verifyQuotes'>;

/** Parses a dataset file's text into a bundle, or the issues that make it unreadable. */
export function decodeDatasetFile(
  text: string,
  options: DecodeDatasetOptions = {},
): Result<ImportBundle, ImportIssue[]> {
  return toBundle(parseDataset(text, { ...options, verifyQuotes: false }));
}

/** decodeDatasetFile for a file already parsed as JSON (see parseDatasetValue). */
export function decodeDatasetValue(
  data: unknown,
  options: DecodeDatasetOptions = {},
): Result<ImportBundle, ImportIssue[]> {
  return toBundle(parseDatasetValue(data, { ...options, verifyQuotes: false }));
}

function toBundle(parsed: Result<DatasetV1, DatasetIssue[]>): Result<ImportBundle, ImportIssue[]> {
  return parsed.ok ? ok(datasetToBundle(parsed.value)) : err(parsed.error);
}

/** The bundle a dataset parseDataset accepted describes; every field it has is kept. */
export function datasetToBundle(dataset: DatasetV1): ImportBundle {
  const bundle: ImportBundle = {
    format: 'marginalia-dataset',
    documents: dataset.documents.map((document) => {
      const { id, title, text, pageStarts } = document;
      const bundled: BundleDocument = { id, ref: id, title, text, ...metadataOf(document) };
      if (pageStarts !== undefined) bundled.pageStarts = pageStarts;
      return bundled;
    }),
    annotations: dataset.documents.flatMap((document, documentIndex) =>
      document.annotations.map((annotation, i) => ({
        source: childPointer(childPointer(`/documents/${documentIndex}`, 'annotations'), i),
        id: annotation.id,
        document: documentIndex,
        label: annotation.label,
        start: annotation.start,
        end: annotation.end,
        quote: annotation.quote,
        ...(annotation.prefix === undefined ? {} : { prefix: annotation.prefix }),
        ...(annotation.suffix === undefined ? {} : { suffix: annotation.suffix }),
        annotator: annotation.annotator,
        note: annotation.note ?? '',
        createdAt: annotation.createdAt,
        updatedAt: annotation.updatedAt,
        ...(annotation.provenance === undefined
          ? {}
          : { provenance: encodeProvenance(annotation.provenance) }),
        ...(annotation.entity === undefined ? {} : { entity: annotation.entity }),
        ...(annotation.value === undefined ? {} : { value: annotation.value }),
        ...(annotation.valueStatus === undefined ? {} : { valueStatus: annotation.valueStatus }),
      })),
    ),
    annotators: dataset.annotators.map(({ id, name, role }) =>
      role === undefined ? { id, name } : { id, name, role },
    ),
    labels: dataset.labels.map(({ id, name, color, shortcut }) =>
      shortcut === undefined ? { id, name, color } : { id, name, color, shortcut },
    ),
    reviews: reviewsOf(dataset),
    warnings: [],
  };
  const relations = relationsOf(dataset);
  if (relations.length > 0) bundle.relations = relations;
  return Object.assign(bundle, relationTypesAndEntitiesOf(dataset));
}

/** Every document's relations, field by field, with where each sits in the file. */
function relationsOf(dataset: DatasetV1): BundleRelation[] {
  return dataset.documents.flatMap((document, documentIndex) =>
    (document.relations ?? []).map((relation, i) => ({
      source: `/documents/${documentIndex}/relations/${i}`,
      ...copyRelation(relation),
      document: documentIndex,
    })),
  );
}

/** Each document's review, copied field by field so a later version's extras stay out. */
function reviewsOf(dataset: DatasetV1): BundleReview[] {
  const reviews: BundleReview[] = [];
  dataset.documents.forEach(({ review }, document) => {
    if (review === undefined) return;
    reviews.push({ source: `/documents/${document}/review`, document, ...encodeReview(review) });
  });
  return reviews;
}
