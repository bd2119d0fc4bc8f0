// The rules of the review fields (docs/reconciliation.md) that JSON Schema cannot express: only
// the reserved id is the reconciled layer; reconciled annotations and relations, and only they,
// say how they were decided; their sources and a review's conflicts (span groups and enrichment
// entries alike) name annotations and relations the document holds.

import { RECONCILED_ANNOTATOR } from '../../model/review.ts';
import { childPointer } from './json-pointer.ts';
import {
  arrayItems,
  checkOffsets,
  checkReference,
  checkUnique,
  isRecord,
  listIds,
} from './semantic-helpers.ts';
import type { DatasetIssue } from './types.ts';

/** What the document-level checks need from the rest of the file. */
export interface ReviewContext {
  /** The ids in /annotators; undefined when that list is unusable. */
  annotatorIds: Set<string> | undefined;
  /** The document text's length in code points; undefined when there is no text. */
  textLength: number | undefined;
}

/** The reserved id and the role `reconciled` go together. */
export function checkAnnotatorRoles(annotators: unknown): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const [{ id, role }, path] of arrayItems(annotators, '/annotators')) {
    if (id === RECONCILED_ANNOTATOR && role === 'annotator')
      issues.push({
        path: childPointer(path, 'role'),
        message: `expected "reconciled" (the reserved id "reconciled" is the reconciled layer), found "annotator"`,
      });
    if (id !== RECONCILED_ANNOTATOR && role === 'reconciled')
      issues.push({
        path: childPointer(path, 'role'),
        message: `expected "annotator" or no role (only the reserved id "reconciled" holds the reconciled layer), found "reconciled"`,
      });
  }
  return issues;
}

/** Provenance on every annotation of the reconciled layer and on no other. */
export function checkProvenancePlacement(
  annotation: Record<string, unknown>,
  path: string,
  issues: DatasetIssue[],
): void {
  const { annotator, provenance } = annotation;
  if (typeof annotator !== 'string') return;
  if (annotator === RECONCILED_ANNOTATOR && provenance === undefined)
    issues.push({
      path: childPointer(path, 'provenance'),
      message:
        'required property "provenance" is missing (every annotation of the reconciled layer records how it was decided)',
    });
  if (annotator !== RECONCILED_ANNOTATOR && provenance !== undefined)
    issues.push({
      path: childPointer(path, 'provenance'),
      message: `expected provenance only on annotations of the reconciled layer (annotator "reconciled"), found it on one of ${JSON.stringify(annotator)}`,
    });
}

/** Provenance on every relation of the reconciled layer and on no other, as on annotations. */
export function checkRelationProvenancePlacement(
  relation: Record<string, unknown>,
  path: string,
  issues: DatasetIssue[],
): void {
  const { annotator, provenance } = relation;
  if (typeof annotator !== 'string') return;
  if (annotator === RECONCILED_ANNOTATOR && provenance === undefined)
    issues.push({
      path: childPointer(path, 'provenance'),
      message:
        'required property "provenance" is missing (every relation of the reconciled layer records how it was decided)',
    });
  if (annotator !== RECONCILED_ANNOTATOR && provenance !== undefined)
    issues.push({
      path: childPointer(path, 'provenance'),
      message: `expected provenance only on relations of the reconciled layer (annotator "reconciled"), found it on one of ${JSON.stringify(annotator)}`,
    });
}

/**
 * The provenance sources of the document's annotations and relations and its review, checked
 * against the annotations and relations it holds. Most documents have none of these, and cost
 * one pass over their annotations and relations.
 */
export function checkReviewFields(
  document: Record<string, unknown>,
  documentPath: string,
  annotations: readonly [Record<string, unknown>, string][],
  context: ReviewContext,
  issues: DatasetIssue[],
): void {
  const withProvenance = annotations.filter(([annotation]) => isRecord(annotation.provenance));
  // Relation paths are built only when some relation has provenance: paths are what cost
  // (semantic-helpers.ts), and most documents' relations have none.
  const decidedRelations =
    Array.isArray(document.relations) &&
    document.relations.some((relation) => isRecord(relation) && isRecord(relation.provenance));
  if (withProvenance.length === 0 && !decidedRelations && !isRecord(document.review)) return;

  /** Annotator of each annotation id in this document. */
  const annotatorOf = new Map<string, unknown>();
  for (const [{ id, annotator }] of annotations)
    if (typeof id === 'string' && !annotatorOf.has(id)) annotatorOf.set(id, annotator);
  // A layer is carried when the document has one of its annotations, for relations too: a
  // layer's relations link its annotations, so a layer without annotations has no relations.
  const carried = new Set(annotatorOf.values());

  for (const [annotation, path] of withProvenance) {
    const sourcesPath = childPointer(childPointer(path, 'provenance'), 'sources');
    for (const [source, sourcePath] of arrayItems(
      (annotation.provenance as Record<string, unknown>).sources,
      sourcesPath,
    )) {
      if (context.textLength !== undefined)
        issues.push(...checkOffsets(source.start, source.end, sourcePath, context.textLength));
      checkCitation(source, sourcePath, 'annotation', carried, annotatorOf, issues);
    }
  }

  if (decidedRelations) {
    const relations = arrayItems(document.relations, childPointer(documentPath, 'relations'));
    /** Annotator of each relation id in this document. */
    const relationAnnotatorOf = new Map<string, unknown>();
    for (const [{ id, annotator }] of relations)
      if (typeof id === 'string' && !relationAnnotatorOf.has(id))
        relationAnnotatorOf.set(id, annotator);
    for (const [relation, path] of relations) {
      if (!isRecord(relation.provenance)) continue;
      const sourcesPath = childPointer(childPointer(path, 'provenance'), 'sources');
      for (const [source, sourcePath] of arrayItems(relation.provenance.sources, sourcesPath))
        checkCitation(source, sourcePath, 'relation', carried, relationAnnotatorOf, issues);
    }
  }

  if (isRecord(document.review))
    checkReview(
      document.review,
      childPointer(documentPath, 'review'),
      annotatorOf,
      context,
      issues,
    );
}

/**
 * One provenance source: never the reconciled layer, and, when the document carries the cited
 * layer, not an id the document holds of another layer. `ownerOf` gives the annotator of each
 * annotation (or relation) id of the document.
 */
function checkCitation(
  source: Record<string, unknown>,
  sourcePath: string,
  cites: 'annotation' | 'relation',
  carried: ReadonlySet<unknown>,
  ownerOf: ReadonlyMap<string, unknown>,
  issues: DatasetIssue[],
): void {
  const { annotator } = source;
  const key = cites === 'annotation' ? 'annotationId' : 'relationId';
  const id = source[key];
  if (annotator === RECONCILED_ANNOTATOR) {
    issues.push({
      path: childPointer(sourcePath, 'annotator'),
      message: `expected an annotator's layer, found the reconciled layer ("reconciled")`,
    });
    return;
  }
  // An export of the reconciled layer alone keeps its sources as a record only.
  if (typeof annotator !== 'string' || !carried.has(annotator)) return;
  if (typeof id !== 'string' || id === '') return;
  const found = ownerOf.get(id);
  // Provenance records what an annotator had when the decision was made: they may have
  // deleted or changed that span or link since, so a source the layer no longer holds is
  // history, not an error. A source id that names another annotator's annotation (or relation)
  // is one.
  if (found === annotator || found === undefined) return;
  issues.push({
    path: childPointer(sourcePath, key),
    message: `expected ${cites === 'annotation' ? 'an annotation' : 'a relation'} of ${JSON.stringify(annotator)}, found one of ${JSON.stringify(found)}`,
  });
}

function checkReview(
  review: Record<string, unknown>,
  path: string,
  annotatorOf: ReadonlyMap<string, unknown>,
  context: ReviewContext,
  issues: DatasetIssue[],
): void {
  const compared = new Set<string>();
  const annotatorsPath = childPointer(path, 'annotators');
  if (Array.isArray(review.annotators))
    review.annotators.forEach((id: unknown, i) => {
      const itemPath = childPointer(annotatorsPath, i);
      if (id === RECONCILED_ANNOTATOR)
        issues.push({
          path: itemPath,
          message: `expected an annotator's layer, found the reconciled layer ("reconciled")`,
        });
      else
        checkReference(
          id,
          annotatorsPath,
          i,
          context.annotatorIds,
          'an annotator in /annotators',
          issues,
        );
      if (typeof id === 'string') compared.add(id);
    });

  const conflictIds = new Map<string, string>();
  for (const [conflict, conflictPath] of arrayItems(
    review.conflicts,
    childPointer(path, 'conflicts'),
  )) {
    checkUnique(conflict.id, conflictPath, 'id', conflictIds, 'conflict', issues);
    const membersPath = childPointer(conflictPath, 'annotations');
    if (!Array.isArray(conflict.annotations)) continue;
    conflict.annotations.forEach((id: unknown, i) => {
      if (typeof id !== 'string' || id === '') return;
      const annotator = annotatorOf.get(id);
      if (annotator === undefined)
        issues.push({
          path: childPointer(membersPath, i),
          message: `expected the id of an annotation in this document, found ${JSON.stringify(id)}`,
        });
      else if (typeof annotator === 'string' && !compared.has(annotator))
        issues.push({
          path: childPointer(membersPath, i),
          message: `expected an annotation of a compared annotator (${listIds(compared)}), found one of ${JSON.stringify(annotator)}`,
        });
    });
  }
}
