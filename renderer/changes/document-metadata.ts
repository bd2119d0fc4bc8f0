// Renaming a document and setting its publication date from the library: a document change
// through the hub like every edit (undoable in the document's history; an open session of the
// document applies it in memory first).

import { checkPublishedAt } from '../../app/dates/index.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';
import type { DocumentMetadata } from './change.ts';
import { changeHubOf } from './hub-of.ts';

/** Applies `patch` to the document's metadata; returns why it was refused, or null. */
export function editDocumentMetadata(db: MarginaliaDatabase, row: DocumentRow, patch: Partial<DocumentMetadata>): string | null {
  const before: DocumentMetadata = row.publishedAt === undefined ? { title: row.title } : { title: row.title, publishedAt: row.publishedAt };
  const after: DocumentMetadata = { ...before, ...patch };
  if ('publishedAt' in patch && patch.publishedAt === undefined) delete after.publishedAt;
  after.title = after.title.trim();
  if (after.title === '') return 'A document needs a title.';
  if (after.publishedAt !== undefined) {
    const problem = checkPublishedAt(after.publishedAt);
    if (problem) return problem;
  }
  if (after.title === before.title && after.publishedAt === before.publishedAt) return null;
  const description = after.title !== before.title ? 'Rename document' : 'Set publication date';
  changeHubOf(db).commit(row.id, description, [{ kind: 'document', documentId: row.id, before, after }]);
  return null;
}
