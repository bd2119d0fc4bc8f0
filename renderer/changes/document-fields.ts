// How a document change lands on what holds a document's fields (an open session's metadata, its
// library row): field by field. A change carries all the fields before and after, but applies only
// those that differ, so edits of different fields made in different undo scopes (the library's,
// the document's) undo independently. Kept apart from document-metadata.ts, which commits through
// the hub: the write path (renderer/db/write-changes.ts) needs this and the hub needs the write path.

import type { DocumentChange, DocumentFields } from './change.ts';

/** Every field a document change may carry, in the order the forms show them. */
export const DOCUMENT_FIELDS = [
  'title',
  'publishedAt',
  'source',
  'authors',
  'url',
  'language',
] as const satisfies readonly (keyof DocumentFields)[];

export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** Whether two values of a field are the same (authors compare name by name). */
export function sameFieldValue(
  a: DocumentFields[DocumentField],
  b: DocumentFields[DocumentField],
): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((name, i) => name === b[i]);
  return a === b;
}

/** The fields a change sets or clears. */
export function changedFields(change: Pick<DocumentChange, 'before' | 'after'>): DocumentField[] {
  return DOCUMENT_FIELDS.filter(
    (field) => !sameFieldValue(change.before[field], change.after[field]),
  );
}

/** `target` with the fields `change` sets or clears applied (a copy; absent fields left out). */
export function withDocumentChange<T extends DocumentFields>(
  target: T,
  change: Pick<DocumentChange, 'before' | 'after'>,
): T {
  const next = { ...target };
  const fields = next as Partial<Record<DocumentField, unknown>>;
  for (const field of changedFields(change)) {
    const value = change.after[field];
    // Only the optional fields are ever absent: a change's title is always a title.
    if (value === undefined) delete fields[field];
    else fields[field] = value;
  }
  return next;
}

/** The fields of a library row, those it lacks left out. */
export function fieldsOf(row: DocumentFields): DocumentFields {
  const fields: Partial<Record<DocumentField, unknown>> = {};
  for (const field of DOCUMENT_FIELDS) if (row[field] !== undefined) fields[field] = row[field];
  return fields as DocumentFields;
}
