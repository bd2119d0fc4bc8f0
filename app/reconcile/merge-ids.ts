// Final ids of a merge. The format wants annotation ids, and relation ids, unique across the
// whole file; files made by hand number them ("ann-1", "rel-1"…) and so clash with each other.
// An id held by one owner (document and annotator) in every file keeps its value; one held by
// several owners is renamed, for each of them, to an id derived from document, annotator and old
// id, so that the same file merged again renames it to the same id.

import type { DatasetDocument } from '../formats/dataset/types.ts';
import type { AnnotatorId, DocumentId } from '../model/ids.ts';
import { contentId } from './content-id.ts';

/** Final ids of one kind (annotations or relations). */
export interface IdMap {
  renamed: ReadonlySet<string>;
  finalId(document: DocumentId, annotator: AnnotatorId, id: string): string;
}

/** Changing these would rename every clashing id of a merged file again on its next merge. */
export const ANNOTATION_RENAMED_NAMESPACE = 'marginalia/merge-renamed-id/v1';
export const RELATION_RENAMED_NAMESPACE = 'marginalia/merge-renamed-relation-id/v1';

/**
 * The final ids of the items `itemsOf` lists in every copy of every document (copies grouped by
 * document id).
 */
export function mapIds(
  documents: Iterable<readonly { document: DatasetDocument }[]>,
  itemsOf: (document: DatasetDocument) => readonly { id: string; annotator: AnnotatorId }[],
  namespace: string,
): IdMap {
  // Owners are numbered, (document, annotator) pair by pair, so that the map of every id holds
  // small integers rather than 200,000 objects the garbage collector would have to copy.
  const owner = new Map<string, number>();
  const renamed = new Set<string>();
  let owners = 0;
  for (const copies of documents) {
    const ownerOf = new Map<AnnotatorId, number>();
    for (const { document } of copies) {
      for (const { id, annotator } of itemsOf(document)) {
        let code = ownerOf.get(annotator);
        if (code === undefined) ownerOf.set(annotator, (code = owners++));
        const first = owner.get(id);
        if (first === undefined) owner.set(id, code);
        else if (first !== code) renamed.add(id);
      }
    }
  }
  return {
    renamed,
    finalId: (document, annotator, id) =>
      renamed.has(id) ? contentId(namespace, [document, annotator, id]) : id,
  };
}
