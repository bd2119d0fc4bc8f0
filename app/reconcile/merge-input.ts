// What the modules of a merge share: one file's copy of a document, and what can go wrong.

import type { DatasetDocument } from '../formats/dataset/types.ts';
import type { AnnotatorId } from '../model/ids.ts';

/** One file's copy of a document. */
export interface DocumentCopy {
  /** Which file (its position in the merge's input). */
  input: number;
  /** The document's position in that file. */
  index: number;
  document: DatasetDocument;
  /** The file's annotators other than the reconciled layer: the raters when it has no review. */
  listed: AnnotatorId[];
}

/**
 * Something about input file `input` at `path` (a JSON Pointer into it): why a merge cannot
 * write its output, or what it left out to write a valid one.
 */
export interface MergeIssue {
  input: number;
  path: string;
  message: string;
}
