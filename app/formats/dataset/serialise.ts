// A dataset's file text: whole (for the app, which hands one string to the main process), or as
// a sequence of pieces for a writer that takes them one at a time (the CLI, backups). At the
// CLI's scale, a merge of 2 × 100,000 annotations is 130 MB of JSON: as one string, Node
// flattens and encodes it in one go before the first byte is written, which took more time than
// building it; written document by document, each piece is encoded while it is still in cache.

import type { DatasetV1 } from './types.ts';

/**
 * Above this many annotations a dataset is written compact: at 300,000 annotations two-space
 * indentation is 70 MB of a 200 MB file and more than a second to encode and write, and nobody
 * reads or diffs such a file by eye. Smaller files stay indented.
 */
export const COMPACT_DATASET_ABOVE = 20_000;

export interface SerialiseOptions {
  /** Compact JSON rather than two-space indentation; by default only for large datasets. */
  compact?: boolean;
}

/**
 * The file's text: two-space JSON with a trailing newline, as editors and git expect; compact
 * JSON (same data, same reader) for large datasets, or whenever `compact` says so.
 */
export function serialiseDataset(
  dataset: DatasetV1,
  { compact = isLargeDataset(dataset) }: SerialiseOptions = {},
): string {
  return `${compact ? JSON.stringify(dataset) : JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * The same text as serialiseDataset, in pieces whose concatenation is exactly that text.
 * Compact output comes one document per piece (plus the fields around them); indented output,
 * only ever used for small datasets, comes whole.
 */
export function* serialiseDatasetInPieces(
  dataset: DatasetV1,
  { compact = isLargeDataset(dataset) }: SerialiseOptions = {},
): Generator<string, void, undefined> {
  if (!compact) {
    yield serialiseDataset(dataset, { compact });
    return;
  }
  // The fields in the object's own order, as JSON.stringify walks them (undefined ones left out).
  let separator = '{';
  for (const [key, value] of Object.entries(dataset) as [keyof DatasetV1, unknown][]) {
    if (value === undefined) continue;
    const head = `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (key !== 'documents') {
      yield `${head}${JSON.stringify(value)}`;
      continue;
    }
    yield `${head}[`;
    // The comma is a piece of its own: prepended, it would make each document's JSON a
    // concatenation the writer has to copy into one string before it can encode it.
    for (let i = 0; i < dataset.documents.length; i++) {
      if (i > 0) yield ',';
      yield JSON.stringify(dataset.documents[i]);
    }
    yield ']';
  }
  yield separator === '{' ? '{}\n' : '}\n';
}

function isLargeDataset(dataset: DatasetV1): boolean {
  let annotations = 0;
  for (const document of dataset.documents) annotations += document.annotations.length;
  return annotations > COMPACT_DATASET_ABOVE;
}
