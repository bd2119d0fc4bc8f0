// Reads the library (or chosen documents) as one consistent model and writes it in any export
// format through the platform: a save dialog in Electron, a download in the browser.

import { encodeDataset, type DatasetModel } from '../../app/formats/dataset/index.ts';
import { EXPORT_FORMATS, exportModel, type ExportFormat } from '../../app/formats/export.ts';
import type { Annotation, SourceDocument } from '../../app/model/annotation.ts';
import { metadataOf } from '../../app/model/document-metadata.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { mergeLabelSet } from '../../app/model/label-set.ts';
import type { DocumentReview } from '../../app/model/review.ts';
import { reconciledOnly } from '../../app/reconcile/reconciled-export.ts';
import { APP_VERSION } from '../../app/version.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { Platform } from '../platform/platform.ts';

/**
 * The library as the export codecs take it, read in one transaction (a consistent snapshot):
 * every layer, the reconciled one included, and each document's review (backups carry them too).
 */
export async function readLibraryModel(db: MarginaliaDatabase, documentIds?: readonly DocumentId[]): Promise<DatasetModel> {
  return db.transaction('r', [db.documents, db.texts, db.layers, db.edits, db.relationLayers, db.annotators, db.reviews, db.entities, db.labels], async () => {
    const wanted = documentIds ? new Set(documentIds) : null;
    const rows = (await db.documents.orderBy('title').toArray()).filter((row) => !wanted || wanted.has(row.id));
    const ids = rows.map((row) => row.id);
    const [texts, layers, edits, annotators, reviews, entities, relationLayers] = await Promise.all([
      db.texts.bulkGet(ids),
      wanted ? db.layers.where('documentId').anyOf(ids).toArray() : db.layers.toArray(),
      wanted ? db.edits.where('documentId').anyOf(ids).sortBy('seq') : db.edits.orderBy('seq').toArray(),
      db.annotators.toArray(),
      db.reviews.bulkGet(ids),
      // The whole entity list travels with any export: a team shares one list of actors.
      db.entities.orderBy('name').toArray(),
      wanted ? db.relationLayers.where('documentId').anyOf(ids).toArray() : db.relationLayers.toArray(),
    ]);
    const documents: SourceDocument[] = rows.map((row, i) => {
      const document: SourceDocument = { id: row.id, title: row.title, text: texts[i]?.text ?? '', ...metadataOf(row) };
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
function reviewsOfPresentMembers(reviews: readonly DocumentReview[], annotations: readonly Annotation[]): DocumentReview[] {
  if (reviews.length === 0) return [];
  const annotatorOf = new Map(annotations.map((annotation) => [`${annotation.documentId}|${annotation.id}`, annotation.annotator]));
  return reviews.map((review) => {
    const compared = new Set(review.annotators);
    const present = (id: string) => compared.has(annotatorOf.get(`${review.documentId}|${id}`)!);
    return { ...review, conflicts: review.conflicts.filter((conflict) => conflict.annotations.every(present)) };
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

export async function exportLibrary(db: MarginaliaDatabase, platform: Platform, request: ExportRequest, now = new Date()) {
  const library = await readLibraryModel(db, request.documentIds);
  const model = request.layers === 'reconciled' ? reconciledOnly(library) : library;
  const file = exportModel(model, request.format, { exportedAt: now, generatorVersion: APP_VERSION });
  const info = EXPORT_FORMATS.find((format) => format.id === request.format)!;
  const day = now.toISOString().slice(0, 10);
  const stem = `marginalia-${request.format}${request.layers === 'reconciled' ? '-reconciled' : ''}`;
  const result = await platform.saveFile({
    suggestedName: `${stem}-${day}.${file.extension}`,
    content: file.content,
    filters: [{ name: info.name, extensions: [file.extension] }],
  });
  return { result, documents: model.documents.length, annotations: model.annotations.length };
}
