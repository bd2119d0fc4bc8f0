import { describe, expect, it } from 'vitest';
import type { DatasetV1 } from '../formats/dataset/types.ts';
import { RESTORE_LIMITS, unrestorableBackupReason } from './backup-restorable.ts';
import { MAX_IMPORT_BYTES } from './check-import-file-size.ts';
import { MAX_IMPORT_ANNOTATIONS, MAX_IMPORT_RECORDS } from './import-bounds.ts';

function dataset(documents: number, annotationsEach: number): Pick<DatasetV1, 'documents'> {
  return {
    documents: Array.from({ length: documents }, () => ({
      annotations: new Array(annotationsEach),
    })) as unknown as DatasetV1['documents'],
  };
}

const limits = { bytes: 100, documents: 3, annotations: 10 };

describe('unrestorableBackupReason', () => {
  it('holds backups to exactly what a restore (an import) reads', () => {
    expect(RESTORE_LIMITS).toEqual({
      bytes: MAX_IMPORT_BYTES,
      documents: MAX_IMPORT_RECORDS,
      annotations: MAX_IMPORT_ANNOTATIONS,
    });
  });

  it('accepts a backup up to each limit', () => {
    expect(unrestorableBackupReason(dataset(3, 3), 'x'.repeat(100), limits)).toBeNull();
    expect(unrestorableBackupReason(dataset(2, 5), 'x', limits)).toBeNull();
  });

  it('refuses one past any limit, saying which, counting bytes rather than UTF-16 units', () => {
    const reason = (text: string) =>
      `No backup was written: the library is too large for a backup that can be restored (${text}). Export the library to keep a copy of it.`;
    expect(unrestorableBackupReason(dataset(4, 0), '{}', limits)).toBe(
      reason('it holds 4 documents, and a restore reads at most 3'),
    );
    expect(unrestorableBackupReason(dataset(1, 11), '{}', limits)).toBe(
      reason('it holds 11 annotations, and a restore reads at most 10'),
    );
    // 60 units, 120 bytes.
    expect(unrestorableBackupReason(dataset(1, 0), 'é'.repeat(60), limits)).toBe(
      reason('it is over 0.1 MB, the most a restore reads'),
    );
  });
});
