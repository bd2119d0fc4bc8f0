// The rules of the review fields (docs/reconciliation.md) that JSON Schema cannot express: only
// the reserved id is the reconciled layer; reconciled annotations, and only they, say how they
// were decided; their sources and a review's conflicts name annotations the document holds.

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

/**
 * The provenance sources of the document's annotations and its review, checked against the
 * annotations it holds. Most documents have neither, and cost one pass over their annotations.
 */
export function checkReviewFields(
  document: Record<string, unknown>,
  documentPath: string,
  annotations: readonly [Record<string, unknown>, string][],
  context: ReviewContext,
  issues: DatasetIssue[],
): void {
  const withProvenance = annotations.filter(([annotation]) => isRecord(annotation.provenance));
  if (withProvenance.length === 0 && !isRecord(document.review)) return;

  /** Annotator of each annotation id in this document. */
  const annotatorOf = new Map<string, unknown>();
  for (const [{ id, annotator }] of annotations)
    if (typeof id === 'string' && !annotatorOf.has(id)) annotatorOf.set(id, annotator);
  const carried = new Set(annotatorOf.values());

  for (const [annotation, path] of withProvenance) {
    const sourcesPath = childPointer(childPointer(path, 'provenance'), 'sources');
    for (const [source, sourcePath] of arrayItems(
      (annotation.provenance as Record<string, unknown>).sources,
      sourcesPath,
    )) {
      const { annotator, annotationId } = source;
      if (context.textLength !== undefined)
        issues.push(...checkOffsets(source.start, source.end, sourcePath, context.textLength));
      if (annotator === RECONCILED_ANNOTATOR) {
        issues.push({
          path: childPointer(sourcePath, 'annotator'),
          message: `expected an annotator's layer, found the reconciled layer ("reconciled")`,
        });
        continue;
      }
      // An export of the reconciled layer alone keeps its sources as a record only.
      if (typeof annotator !== 'string' || !carried.has(annotator)) continue;
      if (typeof annotationId !== 'string' || annotationId === '') continue;
      const found = annotatorOf.get(annotationId);
      // Provenance records what an annotator had when the decision was made: they may have
      // deleted or changed that span since, so a source the layer no longer holds is history,
      // not an error. A source id that names another annotator's annotation is one.
      if (found === annotator || found === undefined) continue;
      issues.push({
        path: childPointer(sourcePath, 'annotationId'),
        message: `expected an annotation of ${JSON.stringify(annotator)}, found one of ${JSON.stringify(found)}`,
      });
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
