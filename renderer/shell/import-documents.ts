// Turns picked or dropped files into library documents: each file is converted and checked
// on its own (a bad file is refused with its reason), then all good ones are added in one
// transaction, skipping any whose text is already in the library.

import type { OpenDocumentsResult } from '../../app/ipc/contract.ts';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { importDocumentFile } from '../../app/formats/document-import/import-document-file.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments, type AddDocumentsResult, type NewDocument } from '../db/document-store.ts';
import type { Notice } from './app-services.ts';

export interface ImportReport extends AddDocumentsResult {
  refused: { name: string; reason: string }[];
}

export async function importPickedFiles(db: MarginaliaDatabase, picked: OpenDocumentsResult): Promise<ImportReport> {
  const refused = [...picked.refused];
  const documents: NewDocument[] = [];
  for (const file of picked.files) {
    const converted = importDocumentFile(file.name, file.bytes);
    if (converted.ok) documents.push({ ...converted.value, sourceName: file.name });
    else refused.push({ name: file.name, reason: converted.error });
  }
  const added = documents.length > 0 ? await addDocuments(db, documents) : { added: [], alreadyPresent: [] };
  return { ...added, refused };
}

/** What the analyst is told after an import. */
export function describeImport(report: ImportReport): Omit<Notice, 'id'> {
  const details: string[] = [];
  for (const { sourceName, existing } of report.alreadyPresent)
    details.push(`${sourceName}: already in the library as “${existing.title}” (not imported again)`);
  for (const { reason } of report.refused) details.push(reason);
  const count = report.added.length;
  const title =
    count > 0
      ? `Imported ${countOf(count, 'document')}`
      : report.alreadyPresent.length > 0 && report.refused.length === 0
        ? 'Nothing new to import'
        : 'No documents imported';
  const kind = report.refused.length > 0 ? 'error' : count > 0 ? 'success' : 'info';
  return { kind, title, details };
}
