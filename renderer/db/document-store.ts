// Repository functions for documents: import (all-or-nothing, never duplicating), rename,
// delete with everything that hangs off a document.

import {
  DOCUMENT_METADATA_FIELDS,
  type DocumentMetadata,
} from '../../app/model/document-metadata.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { codePointLength } from '../../app/text/code-points.ts';
import type { MarginaliaDatabase } from './database.ts';
import type { DocumentRow } from './rows.ts';

/** A document to add, with what its file said about it (source, authors, URL, language, day). */
export interface NewDocument extends DocumentMetadata {
  id: DocumentId;
  title: string;
  text: string;
  format: DocumentRow['format'];
  sourceName: string;
  /** Where each page starts (PDF). */
  pageStarts?: number[];
}

export interface AddDocumentsResult {
  added: DocumentRow[];
  /** Documents whose id (their text's hash) was already in the library: left as they were. */
  alreadyPresent: { sourceName: string; existing: DocumentRow }[];
}

/** The library row of a document just added: no annotations yet, created and updated `now`. */
export function newDocumentRow(document: NewDocument, now: string): DocumentRow {
  const row: DocumentRow = {
    id: document.id,
    title: document.title,
    sourceName: document.sourceName,
    format: document.format,
    length: codePointLength(document.text),
    counts: {},
    createdAt: now,
    updatedAt: now,
  };
  // Only the fields the file gave: a row never holds `undefined` (IndexedDB would keep the key).
  for (const field of [...DOCUMENT_METADATA_FIELDS, 'pageStarts'] as const) {
    if (document[field] !== undefined) Object.assign(row, { [field]: document[field] });
  }
  return row;
}

/** Adds documents in one transaction; a document already present (same id) is skipped. */
export async function addDocuments(
  db: MarginaliaDatabase,
  documents: readonly NewDocument[],
  now = new Date(),
): Promise<AddDocumentsResult> {
  return db.transaction('rw', db.documents, db.texts, async () => {
    const result: AddDocumentsResult = { added: [], alreadyPresent: [] };
    const seen = new Map<DocumentId, DocumentRow>();
    const existingRows = await db.documents.bulkGet(documents.map((document) => document.id));
    for (const [i, document] of documents.entries()) {
      const existing = existingRows[i] ?? seen.get(document.id);
      if (existing) {
        result.alreadyPresent.push({ sourceName: document.sourceName, existing });
        continue;
      }
      const row = newDocumentRow(document, now.toISOString());
      seen.set(document.id, row);
      result.added.push(row);
    }
    await db.documents.bulkAdd(result.added);
    const textsById = new Map(documents.map((document) => [document.id, document.text]));
    await db.texts.bulkAdd(
      result.added.map((row) => ({ id: row.id, text: textsById.get(row.id)! })),
    );
    return result;
  });
}

/** Deletes a document with its text, layers, journal, review and dismissals, in one transaction. */
export async function deleteDocument(db: MarginaliaDatabase, id: DocumentId): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.documents,
      db.texts,
      db.layers,
      db.relationLayers,
      db.edits,
      db.reviews,
      db.orphans,
      db.dismissals,
    ],
    async () => {
      await db.documents.delete(id);
      await db.reviews.delete(id);
      await db.dismissals.where('documentId').equals(id).delete();
      // Its orphans too: they could only ever be placed in this document's text.
      await db.orphans.where('documentId').equals(id).delete();
      await db.texts.delete(id);
      await db.layers.where('documentId').equals(id).delete();
      await db.relationLayers.where('documentId').equals(id).delete();
      await db.edits.where('documentId').equals(id).delete();
    },
  );
}

/** A document's text, read apart from its library row (which listing loads without it). */
export async function readDocumentText(
  db: MarginaliaDatabase,
  id: DocumentId,
): Promise<string | undefined> {
  return (await db.texts.get(id))?.text;
}
