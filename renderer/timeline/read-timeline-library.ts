// The library as the timeline reads it: readLibraryModel's snapshot (renderer/shell/export-dataset.ts)
// without the documents' texts. The timeline shows claims by their quotes and never needs a
// text, and the texts are most of a library's bytes (35 MB for the bench's 1,000 documents):
// reading them would cost the open most of its 500 ms budget for nothing.

import type { TimelineLibrary } from '../../app/timeline/timeline-claims.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

export async function readTimelineLibrary(db: MarginaliaDatabase): Promise<TimelineLibrary> {
  return db.transaction(
    'r',
    [db.documents, db.layers, db.edits, db.relationLayers, db.annotators, db.entities],
    async () => {
      const [rows, layers, edits, relationLayers, annotators, entities] = await Promise.all([
        db.documents.orderBy('title').toArray(),
        db.layers.toArray(),
        db.edits.orderBy('seq').toArray(),
        db.relationLayers.toArray(),
        db.annotators.toArray(),
        db.entities.toArray(),
      ]);
      const folded = foldLayers(layers, edits, relationLayers);
      return {
        documents: rows.map(({ id, title, publishedAt, source }) => ({
          id,
          title,
          ...(publishedAt === undefined ? {} : { publishedAt }),
          ...(source === undefined ? {} : { source }),
        })),
        annotations: folded.flatMap((layer) => layer.annotations),
        relations: folded.flatMap((layer) => layer.relations),
        annotators,
        entities,
      };
    },
  );
}
