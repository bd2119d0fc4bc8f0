// An imported annotation that could not be placed, as the orphans table holds it, for tests.

import { asAnnotationId, asLabelId, type DocumentId } from '../../app/model/ids.ts';
import type { OrphanRow } from '../db/rows.ts';
import { BOB } from './test-database.ts';

/** Bob's actor from bob.json, whose quote was nowhere in the text; `fields` override. */
export function bobsOrphanRow(documentId: DocumentId, fields: Partial<OrphanRow> = {}): OrphanRow {
  return {
    source: '/documents/0/annotations/0',
    id: asAnnotationId(crypto.randomUUID()),
    documentRef: documentId,
    documentId,
    label: asLabelId('actor'),
    annotator: BOB.id,
    quote: '',
    prefix: '',
    suffix: '',
    note: '',
    createdAt: '2024-02-20T10:00:00.000Z',
    updatedAt: '2024-02-20T10:00:00.000Z',
    reason: 'quote not found in the text',
    fileName: 'bob.json',
    importedAt: '2024-03-01T09:00:00.000Z',
    ...fields,
  };
}
