// Builds the whole library as a Marginalia dataset (format version 1) and hands it to the
// platform to save: a save dialog in Electron, a download in the browser.

import { encodeDataset, serialiseDataset } from '../../app/formats/dataset/index.ts';
import type { SourceDocument } from '../../app/model/annotation.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { APP_VERSION } from '../../app/version.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { Platform } from '../platform/platform.ts';

/** Reads the library in one transaction, so the export is a consistent snapshot. */
export async function buildLibraryDataset(db: MarginaliaDatabase, now = new Date()) {
  return db.transaction('r', [db.documents, db.texts, db.layers, db.edits, db.annotators], async () => {
    const [rows, texts, layers, edits, annotators] = await Promise.all([
      db.documents.orderBy('title').toArray(),
      db.texts.toArray(),
      db.layers.toArray(),
      db.edits.orderBy('seq').toArray(),
      db.annotators.toArray(),
    ]);
    const textById = new Map(texts.map((row) => [row.id, row.text]));
    const documents: SourceDocument[] = rows.map((row) => ({ id: row.id, title: row.title, text: textById.get(row.id) ?? '' }));
    const annotations = foldLayers(layers, edits).flatMap((layer) => layer.annotations);
    return encodeDataset({ documents, annotations, annotators, labels: [...BUILT_IN_LABELS], exportedAt: now, generatorVersion: APP_VERSION });
  });
}

export async function exportLibrary(db: MarginaliaDatabase, platform: Platform, now = new Date()) {
  const dataset = await buildLibraryDataset(db, now);
  const day = now.toISOString().slice(0, 10);
  const result = await platform.saveFile({
    suggestedName: `marginalia-dataset-${day}.json`,
    content: serialiseDataset(dataset),
    filters: [{ name: 'Marginalia dataset', extensions: ['json'] }],
  });
  return { result, dataset };
}
