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
/** A typed link between two annotations (app/model/relation.ts). */
export type RelationId = Brand<string, 'RelationId'>;
/** A relation type: `claimant`, `date`, `target` are built in. */
export type RelationTypeId = Brand<string, 'RelationTypeId'>;
/** A real-world actor of the library's entity list (app/model/entity.ts). */
export type EntityId = Brand<string, 'EntityId'>;

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

export function asRelationId(value: string): RelationId {
  return value as RelationId;
}

export function asRelationTypeId(value: string): RelationTypeId {
  return value as RelationTypeId;
}

export function asEntityId(value: string): EntityId {
  return value as EntityId;
}
