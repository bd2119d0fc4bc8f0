// A document's title and metadata (publication date, source, authors, URL, language), edited from
// the library or the document's header: one rule per field for what is accepted
// (app/model/check-document-metadata.ts) and one change for the hub, whoever asks (an open session
// applies it in memory first; the library commits it for a document nobody holds open).

import { checkPublishedAt } from '../../app/dates/index.ts';
import {
  checkAuthors,
  checkLanguage,
  checkSource,
  checkUrl,
} from '../../app/model/check-document-metadata.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { err, ok, type Result } from '../../app/result.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';
import type { DocumentChange, DocumentFields } from './change.ts';
import { LIBRARY_SCOPE } from './change-hub.ts';
import { changedFields, fieldsOf, type DocumentField } from './document-fields.ts';
import { changeHubOf } from './hub-of.ts';

/** A patch of a document's fields: a field given as undefined (or empty) is cleared. */
export type DocumentPatch = Partial<DocumentFields>;

/** The fields after a patch, and why each refused field of it is refused (none: all accepted). */
export interface CheckedPatch {
  after: DocumentFields;
  problems: Partial<Record<DocumentField, string>>;
}

/**
 * `before` with `patch` applied, checked field by field: titles and sources trimmed, authors
 * trimmed with empty names dropped, a URL must be http(s), a language a BCP 47 tag
 * (canonicalised), a date a calendar day; an empty value clears its field (a title cannot be).
 */
export function checkDocumentPatch(before: DocumentFields, patch: DocumentPatch): CheckedPatch {
  const after: DocumentFields = { ...before };
  const problems: CheckedPatch['problems'] = {};
  const set = <K extends Exclude<DocumentField, 'title'>>(
    field: K,
    result: Result<DocumentFields[K]>,
  ) => {
    if (!result.ok) problems[field] = result.error;
    else if (result.value === undefined) delete after[field];
    else after[field] = result.value;
  };
  if ('title' in patch) {
    const title = (patch.title ?? '').trim();
    if (title === '') problems.title = 'A document needs a title.';
    else after.title = title;
  }
  if ('publishedAt' in patch) {
    const publishedAt = patch.publishedAt?.trim() || undefined;
    const problem = publishedAt === undefined ? null : checkPublishedAt(publishedAt);
    set('publishedAt', problem ? err(problem) : ok(publishedAt));
  }
  if ('source' in patch) set('source', checkSource(patch.source ?? ''));
  if ('authors' in patch) set('authors', checkAuthors(patch.authors ?? []));
  if ('url' in patch) set('url', checkUrl(patch.url ?? ''));
  if ('language' in patch) set('language', checkLanguage(patch.language ?? ''));
  return { after, problems };
}

/** The change that applies `patch` (checkDocumentPatch), the reason it is refused, or null when it changes nothing. */
export function documentMetadataChange(
  documentId: DocumentId,
  before: DocumentFields,
  patch: DocumentPatch,
): DocumentChange | string | null {
  const { after, problems } = checkDocumentPatch(before, patch);
  const problem = Object.values(problems)[0];
  if (problem !== undefined) return problem;
  if (changedFields({ before, after }).length === 0) return null;
  return { kind: 'document', documentId, before, after };
}

/** What each field's edit is called in the undo history, set and cleared. */
const FIELD_STEPS: Record<DocumentField, readonly [set: string, clear: string]> = {
  title: ['Rename document', 'Rename document'],
  publishedAt: ['Set publication date', 'Clear publication date'],
  source: ['Set source', 'Clear source'],
  authors: ['Set authors', 'Clear authors'],
  url: ['Set URL', 'Clear URL'],
  language: ['Set language', 'Clear language'],
};

/** What an edit of a document's fields is called in the undo history. */
export function describeMetadataChange(change: DocumentChange): string {
  const fields = changedFields(change);
  if (fields.length !== 1) return 'Edit document details';
  const field = fields[0]!;
  const [set, clear] = FIELD_STEPS[field];
  return change.after[field] === undefined ? clear : set;
}

/** A library row's fields, as a document change carries them. */
export function metadataOf(row: DocumentRow): DocumentFields {
  return fieldsOf(row);
}

/**
 * Applies `patch` to a library row's document as one step of the library's undo history (the
 * library screen's Undo); returns why it was refused, or null.
 */
export function editDocumentMetadata(
  db: MarginaliaDatabase,
  row: DocumentRow,
  patch: DocumentPatch,
): string | null {
  const change = documentMetadataChange(row.id, metadataOf(row), patch);
  if (typeof change === 'string') return change;
  if (change) changeHubOf(db).commit(LIBRARY_SCOPE, describeMetadataChange(change), [change]);
  return null;
}
