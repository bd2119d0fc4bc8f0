// Shared by the renderer's unit tests (run in real Chromium): a fresh IndexedDB database per
// test, deleted when the test ends, and small builders for rows the tests write.

import { onTestFinished } from 'vitest';
import type { Annotation, Annotator } from '../../app/model/annotation.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asDocumentId,
  asLabelId,
  type DocumentId,
} from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { MarginaliaDatabase } from '../db/database.ts';

/** A database of its own for the running test, deleted (not just closed) when it finishes. */
export function openTestDatabase(): MarginaliaDatabase {
  const db = new MarginaliaDatabase(uniqueDatabaseName());
  onTestFinished(() => deleteTestDatabase(db));
  return db;
}

/**
 * Waits for the database's pending transactions, then deletes it. IndexedDB reports a delete
 * as blocked while a closing connection still has a transaction running (a read resolves
 * before its transaction commits); a read-write transaction over every table starts only
 * after all of those have finished.
 */
export async function deleteTestDatabase(db: MarginaliaDatabase): Promise<void> {
  if (db.isOpen()) await db.transaction('rw', db.tables, () => undefined);
  await db.delete();
}

export function uniqueDatabaseName(): string {
  return `test-${crypto.randomUUID()}`;
}

/** A well-formed document id that no real text hashes to, unique per call. */
export function randomDocumentId(): DocumentId {
  const hex = [...crypto.getRandomValues(new Uint8Array(32))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return asDocumentId(`sha256:${hex}`);
}

export const ALICE: Annotator = { id: asAnnotatorId('annotator-alice'), name: 'Alice' };
export const BOB: Annotator = { id: asAnnotatorId('annotator-bob'), name: 'Bob' };

/** An annotation with plausible defaults; quote and offsets are the caller's business. */
export function makeAnnotation(
  fields: Partial<Annotation> & Pick<Annotation, 'documentId'>,
): Annotation {
  return {
    id: asAnnotationId(crypto.randomUUID()),
    label: asLabelId('claim'),
    start: codePoints(0),
    end: codePoints(4),
    quote: 'text',
    prefix: '',
    suffix: '',
    annotator: ALICE.id,
    note: '',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}
