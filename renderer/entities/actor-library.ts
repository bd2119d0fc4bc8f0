// What the Entities screen counts, read from the library in one transaction: the documents'
// titles, every layer's annotations and relations (journals folded in, so a link made a moment
// ago counts) and the annotators' names. Not readLibraryModel (renderer/shell/export-dataset.ts):
// that one reads every document's text too, 35 MB on the bench library, which the overview never
// shows (an annotation carries its quote and context).

import type { Annotator } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { FoldedLayer } from '../db/rows.ts';
import { indexEntityMentions, type MentionIndex } from './entity-store.ts';

export interface ActorLibrary {
  /** By title, as the library lists them. */
  documents: { id: DocumentId; title: string }[];
  /** Per document and annotator, the annotations and the links between them. */
  layers: FoldedLayer[];
  annotators: Annotator[];
  /** Every entity link over all layers and labels: what a merge or a delete must reach. */
  mentions: MentionIndex;
}

export async function readActorLibrary(db: MarginaliaDatabase): Promise<ActorLibrary> {
  const tables = [db.documents, db.layers, db.edits, db.relationLayers, db.annotators];
  return db.transaction('r', tables, async () => {
    const [rows, layers, edits, relationLayers, annotators] = await Promise.all([
      db.documents.orderBy('title').toArray(),
      db.layers.toArray(),
      db.edits.orderBy('seq').toArray(),
      db.relationLayers.toArray(),
      db.annotators.toArray(),
    ]);
    const documents = rows.map(({ id, title }) => ({ id, title }));
    const folded = foldLayers(layers, edits, relationLayers);
    return {
      documents,
      layers: folded,
      annotators,
      mentions: indexEntityMentions(documents, folded),
    };
  });
}
