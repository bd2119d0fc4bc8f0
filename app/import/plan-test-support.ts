// TEST SUPPORT for the planImport tests: one article, its bundle document, one date annotation,
// and builders for bundles and library snapshots.

import type { Annotator } from '../model/annotation.ts';
import { asAnnotationId, asAnnotatorId, asLabelId, type DocumentId } from '../model/ids.ts';
import { documentIdOf } from '../text/document-id.ts';
import type { BundleAnnotation, BundleDocument, ImportBundle } from './bundle.ts';
import type { ExistingAnnotation, LibrarySnapshot } from './plan-types.ts';

export const TALKS =
  'Talks resumed in Geneva on 3 May 2024.\nMinister Bayramov said a deal was “within reach”.';
export const TALKS_ID = documentIdOf(TALKS);
export const ME: Annotator = { id: asAnnotatorId('annotator-me'), name: 'Me' };
export const options = { importedAt: new Date('2024-06-01T12:00:00Z'), fallbackAnnotator: ME };

/** A bundle of the documents; each annotation defaults to document 0 and the label date. */
export function bundle(
  documents: BundleDocument[],
  annotations: Omit<BundleAnnotation, 'source' | 'document' | 'label'>[] &
    Partial<BundleAnnotation>[],
  extra: Partial<ImportBundle> = {},
): ImportBundle {
  return {
    format: 'marginalia-dataset',
    documents,
    annotations: annotations.map((annotation, i) => ({
      source: `/annotations/${i}`,
      document: 0,
      label: asLabelId('date'),
      ...annotation,
    })),
    annotators: [],
    labels: [],
    warnings: [],
    ...extra,
  };
}

/** A library snapshot of documents, annotation ids (with content when given) and annotators. */
export function library(
  documents: [DocumentId, string][] = [],
  annotations: [string, ExistingAnnotation?][] = [],
  annotators: [string, string][] = [],
): LibrarySnapshot {
  const existing = annotations.filter((entry): entry is [string, ExistingAnnotation] => !!entry[1]);
  return {
    documents: new Map(documents.map(([id, text]) => [id, { title: 'In the library', text }])),
    annotationIds: new Set(annotations.map(([id]) => id)),
    annotators: new Map(annotators.map(([id, name]) => [asAnnotatorId(id), name])),
    annotations: new Map(existing),
  };
}

export const withText: BundleDocument = {
  ref: '/documents/0',
  title: 'Ceasefire talks',
  text: TALKS,
};
export const date = { id: asAnnotationId('ann-1'), start: 27, end: 37, quote: '3 May 2024' };
