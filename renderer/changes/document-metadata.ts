// A document's title and publication date, edited from the library or the document's header: one
// rule for what is accepted and one change for the hub, whoever asks (an open session applies it
// in memory first; the library commits it for a document nobody holds open).

import { checkPublishedAt } from '../../app/dates/index.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';
import type { DocumentChange, DocumentMetadata } from './change.ts';
import { changeHubOf } from './hub-of.ts';

/**
 * The change that applies `patch` (`publishedAt: undefined` clears the date), the reason it is
 * refused, or null when it changes nothing. Titles are trimmed; a date must be a calendar day.
 */
export function documentMetadataChange(documentId: DocumentId, before: DocumentMetadata, patch: Partial<DocumentMetadata>): DocumentChange | string | null {
  const after: DocumentMetadata = { ...before, ...patch };
  if ('publishedAt' in patch && patch.publishedAt === undefined) delete after.publishedAt;
  after.title = after.title.trim();
  if (after.title === '') return 'A document needs a title.';
  if (after.publishedAt !== undefined) {
    const problem = checkPublishedAt(after.publishedAt);
    if (problem) return problem;
  }
  if (after.title === before.title && after.publishedAt === before.publishedAt) return null;
  return { kind: 'document', documentId, before, after };
}

/** What an edit of a document's metadata is called in the undo history. */
export function describeMetadataChange(change: DocumentChange): string {
  return change.after.title !== change.before.title ? 'Rename document' : 'Set publication date';
}

export function metadataOf(row: Pick<DocumentRow, 'title' | 'publishedAt'>): DocumentMetadata {
  return row.publishedAt === undefined ? { title: row.title } : { title: row.title, publishedAt: row.publishedAt };
}

/** Applies `patch` to a library row's document; returns why it was refused, or null. */
export function editDocumentMetadata(db: MarginaliaDatabase, row: DocumentRow, patch: Partial<DocumentMetadata>): string | null {
  const change = documentMetadataChange(row.id, metadataOf(row), patch);
  if (typeof change === 'string') return change;
  if (change) changeHubOf(db).commit(row.id, describeMetadataChange(change), [change]);
  return null;
}
