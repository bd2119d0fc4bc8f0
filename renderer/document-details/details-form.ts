// The document details form (DocumentDetailsDialog) as text fields: what each field shows for a
// document's fields, and the patch that the edited form asks for (only the fields the analyst
// changed, so that saving an untouched form is no undo step).

import { formatAuthors, parseAuthors } from '../../app/model/check-document-metadata.ts';
import type { DocumentFields } from '../changes/change.ts';
import type { DocumentPatch } from '../changes/document-metadata.ts';
import { DOCUMENT_FIELDS, type DocumentField } from '../changes/document-fields.ts';

/** Every field as the text its input holds. */
export type DetailsForm = Record<DocumentField, string>;

export function formOf(fields: DocumentFields): DetailsForm {
  return {
    title: fields.title,
    publishedAt: fields.publishedAt ?? '',
    source: fields.source ?? '',
    authors: formatAuthors(fields.authors),
    url: fields.url ?? '',
    language: fields.language ?? '',
  };
}

/** The patch for the fields whose text differs from `fields`' (empty text clears a field). */
export function patchOf(fields: DocumentFields, form: DetailsForm): DocumentPatch {
  const shown = formOf(fields);
  const patch: DocumentPatch = {};
  for (const field of DOCUMENT_FIELDS) {
    if (form[field] === shown[field]) continue;
    if (field === 'authors') patch.authors = parseAuthors(form.authors);
    else patch[field] = form[field];
  }
  return patch;
}
