// What the agreement screen reads: the layer index of the whole library, and the texts, spans
// and relations of only the documents two or more annotators have layers on, with the entity
// list the actors link to. The index comes from keys alone; the model holds texts and whole
// layers, so a library where nobody has been compared yet reads none of them. readLibraryModel
// folds each layer's relation record (relationLayers) and journal the way the document screen
// does (renderer/db/annotation-store.ts: foldLayers), and reads the `entities` table.

import type { DatasetModel } from '../../app/formats/dataset/index.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readLayerIndex } from '../db/layer-index.ts';
import { readLibraryModel } from '../shell/export-dataset.ts';
import { comparableDocumentIds, type AgreementLibrary } from './agreement-input.ts';

/** No document has two annotators: nothing to read (the screen says so). */
function emptyModel(): DatasetModel {
  return { documents: [], annotations: [], annotators: [], labels: [...BUILT_IN_LABELS] };
}

/** The comparable part of the library, as one snapshot. */
export function readAgreementLibrary(db: MarginaliaDatabase): Promise<AgreementLibrary> {
  // One outer transaction, so the layer index and the spans describe the same moment. It spans
  // every table: readLibraryModel's own transaction must find all of its tables here, and
  // which those are is its business.
  return db.transaction('r', db.tables, async () => {
    const [layers, documentCount] = await Promise.all([readLayerIndex(db), db.documents.count()]);
    const comparable = comparableDocumentIds(layers);
    const model = comparable.length > 0 ? await readLibraryModel(db, comparable) : emptyModel();
    return { model, layers, documentCount };
  });
}
