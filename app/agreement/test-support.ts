// Builders for agreement tests: spans as the report reads them, on documents with short ids.

import type { Annotation } from '../model/annotation.ts';
import { asAnnotatorId, asDocumentId, asLabelId, type DocumentId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';

export type AgreementSpan = Pick<
  Annotation,
  'documentId' | 'label' | 'start' | 'end' | 'annotator'
>;

/** A span of `document` by `annotator`, code points [start, end). */
export function spanOf(
  document: string,
  annotator: string,
  label: string,
  start: number,
  end: number,
): AgreementSpan {
  return {
    documentId: asDocumentId(document),
    annotator: asAnnotatorId(annotator),
    label: asLabelId(label),
    start: codePoints(start),
    end: codePoints(end),
  };
}

export function documentOf(id: string, text: string): { id: DocumentId; text: string } {
  return { id: asDocumentId(id), text };
}

export const annotators = (...ids: string[]) => ids.map(asAnnotatorId);
