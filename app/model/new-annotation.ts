// The one way a new annotation is made at a place of a document, whoever makes it: the analyst
// tagging a selection (the document session), a suggestion accepted, "annotate all" from the
// search, a missed occurrence tagged from the checks. Quote and context are cut from the text
// (so the quote equals the text at the offsets), and a date gets the value its text denotes,
// marked suggested until the analyst confirms it.

import { proposeDateValue } from '../dates/propose-date-value.ts';
import type { CodePointIndex } from '../text/code-points.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import type { Annotation } from './annotation.ts';
import type { DateValue } from './date-value.ts';
import type { AnnotationId, AnnotatorId, DocumentId, EntityId, LabelId } from './ids.ts';
import { ACTOR, DATE } from './labels.ts';
import type { CodePointRange } from './offsets.ts';

/** The document an annotation is made in. */
export interface AnnotatedDocument {
  id: DocumentId;
  /** The normalised text. */
  text: string;
  /** The text's code-point index, when the caller holds one (built otherwise). */
  index?: CodePointIndex | undefined;
  /** `YYYY-MM-DD`: what a date's value is resolved against. */
  publishedAt?: string | undefined;
}

export interface NewAnnotationFields {
  id: AnnotationId;
  label: LabelId;
  range: CodePointRange;
  annotator: AnnotatorId;
  now: Date;
  /** An actor's entity. */
  entity?: EntityId | undefined;
  /** A date's value when the caller proposed one with more context; else proposed from the quote. */
  value?: DateValue | undefined;
}

export function newAnnotation(
  document: AnnotatedDocument,
  fields: NewAnnotationFields,
): Annotation {
  const { range, label } = fields;
  const timestamp = fields.now.toISOString();
  const annotation: Annotation = {
    id: fields.id,
    documentId: document.id,
    label,
    start: range.start,
    end: range.end,
    ...quoteSelectorAt(document.text, range.start, range.end, document.index),
    annotator: fields.annotator,
    note: '',
    createdAt: timestamp,
    updatedAt: timestamp,
  };
  if (label === ACTOR && fields.entity !== undefined) annotation.entity = fields.entity;
  if (label === DATE) {
    const value = fields.value ?? proposeDateValue(annotation.quote, document.publishedAt);
    if (value !== null) {
      annotation.value = value;
      annotation.valueStatus = 'suggested';
    }
  }
  return annotation;
}
