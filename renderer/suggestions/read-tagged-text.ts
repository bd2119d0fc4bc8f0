// The "tagged elsewhere" index of one annotator (app/suggestions/tagged-text.ts), read from the
// library: that annotator's layer records and their journal, folded. Read once a document is
// painted, never on the way to painting it.

import type { AnnotatorId } from '../../app/model/ids.ts';
import { TaggedTextIndex } from '../../app/suggestions/index.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { parseLayerKey } from '../db/rows.ts';

/** Every quote `annotator` tagged, in any document, counted by label and entity. */
export async function readTaggedTextIndex(
  db: MarginaliaDatabase,
  annotator: AnnotatorId,
): Promise<TaggedTextIndex> {
  const [layers, edits] = await db.transaction('r', db.layers, db.edits, () =>
    Promise.all([
      db.layers.where('annotatorId').equals(annotator).toArray(),
      // The journal is small (it is folded into the layers as documents are opened), and keyed by
      // document: read whole and kept to this annotator's layers.
      db.edits
        .toArray()
        .then((rows) =>
          rows.filter((edit) => parseLayerKey(edit.layerKey).annotatorId === annotator),
        ),
    ]),
  );
  const index = new TaggedTextIndex();
  for (const layer of foldLayers(layers, edits))
    for (const annotation of layer.annotations) index.add(annotation);
  return index;
}
