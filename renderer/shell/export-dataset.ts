// Reads the library (or chosen documents) as one consistent model and encodes it in any export
// format, as bytes. The app runs this in the library worker (renderer/long-work/), and the window
// hands the bytes to the platform (renderer/shell/export-library.ts).

import {
  RESTORE_LIMITS,
  unrestorableBackupReason,
  type RestoreLimits,
} from '../../app/import/backup-restorable.ts';
import {
  encodeDataset,
  serialiseDataset,
  type DatasetModel,
} from '../../app/formats/dataset/index.ts';
import { exportModel, type ExportFormat } from '../../app/formats/export.ts';
import type { Annotation, SourceDocument } from '../../app/model/annotation.ts';
import { metadataOf } from '../../app/model/document-metadata.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { mergeLabelSet } from '../../app/model/label-set.ts';
import type { DocumentReview } from '../../app/model/review.ts';
import { reconciledOnly } from '../../app/reconcile/reconciled-export.ts';
import { APP_VERSION } from '../../app/version.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

/** Told as each phase starts: `done` of `total` phases behind. */
export type ExportProgress = (phase: 'reading' | 'encoding', done: number, total: number) => void;

/**
 * The tables readLibraryModel reads: a screen that shows a model of the library reads it again
 * after a write to any of them (renderer/db/use-live-read.ts).
 */
export const LIBRARY_MODEL_TABLES = [
  'documents',
  'texts',
  'layers',
  'edits',
  'relationLayers',
  'annotators',
  'reviews',
  'entities',
  'labels',
] as const;

/**
 * The library as the export codecs take it, read in one transaction (a consistent snapshot):
 * every layer, the reconciled one included, and each document's review (backups carry them too).
 */
export async function readLibraryModel(
  db: MarginaliaDatabase,
  documentIds?: readonly DocumentId[],
): Promise<DatasetModel> {
  return db.transaction('r', [...LIBRARY_MODEL_TABLES], async () => {
    const wanted = documentIds ? new Set(documentIds) : null;
    const rows = (await db.documents.orderBy('title').toArray()).filter(
      (row) => !wanted || wanted.has(row.id),
    );
    const ids = rows.map((row) => row.id);
    const [texts, layers, edits, annotators, reviews, entities, relationLayers] = await Promise.all(
      [
        db.texts.bulkGet(ids),
        wanted ? db.layers.where('documentId').anyOf(ids).toArray() : db.layers.toArray(),
        wanted
          ? db.edits.where('documentId').anyOf(ids).sortBy('seq')
          : db.edits.orderBy('seq').toArray(),
        db.annotators.toArray(),
        db.reviews.bulkGet(ids),
        // The whole entity list travels with any export: a team shares one list of actors.
        db.entities.orderBy('name').toArray(),
        wanted
          ? db.relationLayers.where('documentId').anyOf(ids).toArray()
          : db.relationLayers.toArray(),
      ],
    );
    const documents: SourceDocument[] = rows.map((row, i) => {
      const document: SourceDocument = {
        id: row.id,
        title: row.title,
        text: texts[i]?.text ?? '',
        ...metadataOf(row),
      };
      if (row.pageStarts !== undefined) document.pageStarts = row.pageStarts;
      return document;
    });
    const folded = foldLayers(layers, edits, relationLayers);
    const annotations = folded.flatMap((layer) => layer.annotations);
    const relations = folded.flatMap((layer) => layer.relations);
    // The library's label set (its names, colours and keys) travels with every export.
    const labels = mergeLabelSet(await db.labels.toArray());
    const model: DatasetModel = { documents, annotations, annotators, labels };
    if (relations.length > 0) model.relations = relations;
    if (entities.length > 0) model.entities = entities;
    const present = reviewsOfPresentMembers(
      reviews.flatMap((review) => (review ? [review] : [])),
      annotations,
    );
    if (present.length > 0) model.reviews = present;
    return model;
  });
}

/**
 * Reviews as a file may carry them: an entry naming an annotation deleted since (an analyst may
 * delete their own spans after a review) is left out, since a reader refuses a review that names
 * annotations the document does not hold.
 */
function reviewsOfPresentMembers(
  reviews: readonly DocumentReview[],
  annotations: readonly Annotation[],
): DocumentReview[] {
  if (reviews.length === 0) return [];
  const annotatorOf = new Map(
    annotations.map((annotation) => [
      `${annotation.documentId}|${annotation.id}`,
      annotation.annotator,
    ]),
  );
  return reviews.map((review) => {
    const compared = new Set(review.annotators);
    const present = (id: string) => compared.has(annotatorOf.get(`${review.documentId}|${id}`)!);
    return {
      ...review,
      conflicts: review.conflicts.filter((conflict) => conflict.annotations.every(present)),
    };
  });
}

/** The whole library as a Marginalia dataset (what backups hold). */
export async function buildLibraryDataset(db: MarginaliaDatabase, now = new Date()) {
  const model = await readLibraryModel(db);
  return encodeDataset({ ...model, exportedAt: now, generatorVersion: APP_VERSION });
}

export interface ExportRequest {
  format: ExportFormat;
  /** Absent: the whole library. */
  documentIds?: readonly DocumentId[];
  /** Every layer (the default), or the reconciled dataset: the reconciled layer with its provenance. */
  layers?: 'all' | 'reconciled';
}

/** The library (or the request's documents and layers) encoded in the request's format. */
export async function exportLibraryFile(
  db: MarginaliaDatabase,
  request: ExportRequest,
  now: Date,
  report: ExportProgress = () => {},
  /** The whole library read before (the export dialog reads ahead); else read now. */
  readAhead?: DatasetModel,
) {
  report('reading', 0, 2);
  const library = readAhead ?? (await readLibraryModel(db, request.documentIds));
  const model = request.layers === 'reconciled' ? reconciledOnly(library) : library;
  report('encoding', 1, 2);
  const file = exportModel(model, request.format, {
    exportedAt: now,
    generatorVersion: APP_VERSION,
  });
  // Bytes, so that the worker hands the file over without copying it (a 56 MB string is
  // copied on the way; its UTF-8 bytes are transferred), and saveFile writes them as they are.
  const bytes =
    typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  return {
    bytes,
    extension: file.extension,
    documents: model.documents.length,
    annotations: model.annotations.length,
  };
}

/** What a backup holds: the whole library as a Marginalia dataset, serialised. */
export async function backupContent(
  db: MarginaliaDatabase,
  now: Date,
  limits: RestoreLimits = RESTORE_LIMITS,
  report: ExportProgress = () => {},
): Promise<string> {
  report('reading', 0, 2);
  const model = await readLibraryModel(db);
  report('encoding', 1, 2);
  const dataset = encodeDataset({ ...model, exportedAt: now, generatorVersion: APP_VERSION });
  const content = serialiseDataset(dataset);
  // Every backup written can be restored: past a restore's limits, none is written.
  const unrestorable = unrestorableBackupReason(dataset, content, limits);
  if (unrestorable !== null) throw new Error(unrestorable);
  return content;
}
