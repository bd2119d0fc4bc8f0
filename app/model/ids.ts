// Branded identifiers: a document id, an annotation id and an annotator id are all strings,
// and mixing them up is a bug the compiler should catch.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** `sha256:` + the lowercase hex SHA-256 of the document's normalised text. */
export type DocumentId = Brand<string, 'DocumentId'>;
export type AnnotationId = Brand<string, 'AnnotationId'>;
export type AnnotatorId = Brand<string, 'AnnotatorId'>;
export type LabelId = Brand<string, 'LabelId'>;
/** A span group of a review (app/reconcile): derived from its members' ids. */
export type SpanGroupId = Brand<string, 'SpanGroupId'>;

export const DOCUMENT_ID_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function isDocumentId(value: string): value is DocumentId {
  return DOCUMENT_ID_PATTERN.test(value);
}

export function asAnnotationId(value: string): AnnotationId {
  return value as AnnotationId;
}

export function asAnnotatorId(value: string): AnnotatorId {
  return value as AnnotatorId;
}

export function asLabelId(value: string): LabelId {
  return value as LabelId;
}

export function asDocumentId(value: string): DocumentId {
  return value as DocumentId;
}

export function asSpanGroupId(value: string): SpanGroupId {
  return value as SpanGroupId;
}
