// Every backup the app writes can be restored. A restore is an import of the backup file, held
// to the import's limits: its size (check-import-file-size.ts, 150 MB) and what it holds
// (import-bounds.ts: 200,000 documents, 1,000,000 annotations). A backup past any of them would
// be written, rotate a good older one out, and then be refused on the day it is needed; so the
// backup scheduler checks the serialised library against the same limits first, writes
// nothing past them and tells the analyst why (main refuses such content too). The decision,
// rather than a restore path with higher limits: the import limits are what the renderer is
// known to parse (docs/hostile-inputs.md).

import type { DatasetV1 } from '../formats/dataset/types.ts';
import { utf8ByteLengthExceeds } from '../text/utf8-byte-length.ts';
import { formatCount, formatMegabytes, MAX_IMPORT_BYTES } from './check-import-file-size.ts';
import { MAX_IMPORT_ANNOTATIONS, MAX_IMPORT_RECORDS } from './import-bounds.ts';

export interface RestoreLimits {
  bytes: number;
  documents: number;
  annotations: number;
}

/** What a restore reads: the import's own limits. */
export const RESTORE_LIMITS: RestoreLimits = {
  bytes: MAX_IMPORT_BYTES,
  documents: MAX_IMPORT_RECORDS,
  annotations: MAX_IMPORT_ANNOTATIONS,
};

/**
 * Why a backup of `dataset`, serialised as `content`, could not be restored, or null when it
 * can. Counting bytes costs one pass over the text only when its length leaves it in doubt.
 */
export function unrestorableBackupReason(
  dataset: Pick<DatasetV1, 'documents'>,
  content: string,
  limits: RestoreLimits = RESTORE_LIMITS,
): string | null {
  const annotations = dataset.documents.reduce((sum, doc) => sum + doc.annotations.length, 0);
  const over =
    dataset.documents.length > limits.documents
      ? `it holds ${formatCount(dataset.documents.length)} documents, and a restore reads at most ${formatCount(limits.documents)}`
      : annotations > limits.annotations
        ? `it holds ${formatCount(annotations)} annotations, and a restore reads at most ${formatCount(limits.annotations)}`
        : utf8ByteLengthExceeds(content, limits.bytes)
          ? `it is over ${formatMegabytes(limits.bytes)}, the most a restore reads`
          : null;
  return over === null
    ? null
    : `No backup was written: the library is too large for a backup that can be restored (${over}). Export the library to keep a copy of it.`;
}
