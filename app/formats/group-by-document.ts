// Records of a whole library, grouped by the document they belong to: what the exporters that
// write one piece per document (brat, the claims table, JSONL) look each document's share up in.

import type { DocumentId } from '../model/ids.ts';

/** The items of each document, in the order given; a document with none has no entry. */
export function groupByDocument<T extends { documentId: DocumentId }>(
  items: readonly T[],
): Map<DocumentId, T[]> {
  const groups = new Map<DocumentId, T[]>();
  for (const item of items) {
    const group = groups.get(item.documentId) ?? [];
    group.push(item);
    groups.set(item.documentId, group);
  }
  return groups;
}
