// Builders shared by the dataset tests: real annotations on real text, offsets computed the way
// the editor computes them (code points), context taken from the text.

import {
  QUOTE_CONTEXT_LENGTH,
  type Annotation,
  type SourceDocument,
} from '../../model/annotation.ts';
import { asAnnotationId, asAnnotatorId, asLabelId } from '../../model/ids.ts';
import { codePoints, utf16 } from '../../model/offsets.ts';
import { CodePointIndex, sliceByCodePoints } from '../../text/code-points.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { normaliseText } from '../../text/normalise.ts';

export function makeDocument(title: string, rawText: string): SourceDocument {
  const text = normaliseText(rawText);
  return { id: documentIdOf(text), title, text };
}

export interface SpanOptions {
  id: string;
  label?: string;
  annotator?: string;
  note?: string;
}

/** An annotation of [start, end) in code points, with its quote and context cut from the text. */
export function makeAnnotation(
  document: SourceDocument,
  start: number,
  end: number,
  options: SpanOptions,
): Annotation {
  const index = new CodePointIndex(document.text);
  const slice = (from: number, to: number) =>
    sliceByCodePoints(document.text, Math.max(0, from), Math.min(index.codePointLength, to), index);
  return {
    id: asAnnotationId(options.id),
    documentId: document.id,
    label: asLabelId(options.label ?? 'claim'),
    start: codePoints(start),
    end: codePoints(end),
    quote: slice(start, end),
    prefix: slice(start - QUOTE_CONTEXT_LENGTH, start),
    suffix: slice(end, end + QUOTE_CONTEXT_LENGTH),
    annotator: asAnnotatorId(options.annotator ?? 'ana'),
    note: options.note ?? '',
    createdAt: '2024-05-01T09:30:00.000Z',
    updatedAt: '2024-05-02T10:00:00.000Z',
  };
}

/** The annotation of the first occurrence of `quote` in the document. */
export function annotateQuote(
  document: SourceDocument,
  quote: string,
  options: SpanOptions,
): Annotation {
  const at = document.text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in ${document.title}`);
  const start = new CodePointIndex(document.text).toCodePoint(utf16(at));
  return makeAnnotation(document, start, start + [...quote].length, options);
}
