// How much one annotation file may hold. The byte limit (check-import-file-size.ts) is not
// enough on its own: 150 MB of short JSONL lines is millions of records, and decoding each into
// a document with its hash and spans exhausted a 4 GB heap in Node. The bounds are far above
// any real export (the bench library, 1,000 documents and 100,000 annotations, is a tenth of
// them) and are checked before the work they bound: JSONL lines are counted before any is
// parsed, and decoding stops at the first annotation past the limit. docs/hostile-inputs.md.

import type { ImportBundle, ImportIssue } from './bundle.ts';
import { formatCount } from './check-import-file-size.ts';

/** Most documents (JSONL: non-blank lines) one import reads. */
export const MAX_IMPORT_RECORDS = 200_000;

/** Most annotations one import reads. */
export const MAX_IMPORT_ANNOTATIONS = 1_000_000;

/** `found`: how many, or "more than N" when counting stopped at the bound. */
export function tooManyRecords(found: number | 'more'): ImportIssue {
  return {
    path: '',
    message: `the file holds ${amount(found, MAX_IMPORT_RECORDS)} documents; one import reads at most ${formatCount(MAX_IMPORT_RECORDS)}: split it into several files`,
  };
}

export function tooManyAnnotations(found: number | 'more'): ImportIssue {
  return {
    path: '',
    message: `the file holds ${amount(found, MAX_IMPORT_ANNOTATIONS)} annotations; one import reads at most ${formatCount(MAX_IMPORT_ANNOTATIONS)}: split it into several files`,
  };
}

function amount(found: number | 'more', limit: number): string {
  return found === 'more' ? `more than ${formatCount(limit)}` : formatCount(found);
}

/**
 * The non-blank lines of a JSONL text, counted without splitting it, stopping once past
 * `limit` (the count returned is then limit + 1).
 */
export function countJsonlRecords(text: string, limit: number): number {
  let records = 0;
  let start = 0;
  while (start < text.length && records <= limit) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (/\S/.test(text.slice(start, end))) records++;
    start = end + 1;
  }
  return records;
}

/** An issue when a decoded bundle (a dataset, a W3C file) holds more than an import reads. */
export function checkBundleBounds(bundle: ImportBundle): ImportIssue | null {
  if (bundle.documents.length > MAX_IMPORT_RECORDS) return tooManyRecords(bundle.documents.length);
  if (bundle.annotations.length > MAX_IMPORT_ANNOTATIONS)
    return tooManyAnnotations(bundle.annotations.length);
  return null;
}
