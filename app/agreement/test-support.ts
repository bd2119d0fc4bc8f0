// Builders for agreement tests: spans and relations as the report reads them, on documents
// with short ids.

import type { DateValue } from '../model/date-value.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asDocumentId,
  asEntityId,
  asLabelId,
  asRelationTypeId,
  type DocumentId,
} from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import type { AgreementAnnotation, AgreementRelation } from './agreement-types.ts';

export type AgreementSpan = AgreementAnnotation;

/** What a span may carry beyond its place: an id to link it by, an entity, a date value. */
export interface SpanExtras {
  id?: string;
  entity?: string;
  value?: string;
}

/** A span of `document` by `annotator`, code points [start, end). */
export function spanOf(
  document: string,
  annotator: string,
  label: string,
  start: number,
  end: number,
  extras: SpanExtras = {},
): AgreementSpan {
  const span: AgreementSpan = {
    documentId: asDocumentId(document),
    annotator: asAnnotatorId(annotator),
    label: asLabelId(label),
    start: codePoints(start),
    end: codePoints(end),
  };
  if (extras.id !== undefined) span.id = asAnnotationId(extras.id);
  if (extras.entity !== undefined) span.entity = asEntityId(extras.entity);
  if (extras.value !== undefined) span.value = extras.value as DateValue;
  return span;
}

/** A relation of `document` by `annotator` from one annotation id to another. */
export function relationOf(
  document: string,
  annotator: string,
  type: string,
  from: string,
  to: string,
): AgreementRelation {
  return {
    documentId: asDocumentId(document),
    annotator: asAnnotatorId(annotator),
    type: asRelationTypeId(type),
    from: asAnnotationId(from),
    to: asAnnotationId(to),
  };
}

export function documentOf(id: string, text: string): { id: DocumentId; text: string } {
  return { id: asDocumentId(id), text };
}

export const annotators = (...ids: string[]) => ids.map(asAnnotatorId);
