// The rules of the format that JSON Schema cannot express: text and ids agree, offsets fall
// inside the text, quotes equal the text they claim to quote, ids are unique and references
// resolve, the reconciled layer and reviews hang together (review-checks.ts), relations link
// what their types say within one layer (relation-checks.ts), and entity links, date values and
// publication dates hold (enrichment-checks.ts). These run even when the schema found problems,
// on every part that is well-formed enough to check, so one pass reports everything wrong.

import { pageStartsProblem } from '../../model/pages.ts';
import { utf16 } from '../../model/offsets.ts';
import { CodePointIndex, sliceByCodePoints } from '../../text/code-points.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { normaliseText } from '../../text/normalise.ts';
import { describeValue, firstDifference, showString, showsAlike } from './describe-value.ts';
import {
  checkAnnotationEnrichment,
  checkDocumentPublishedAt,
  collectEntities,
} from './enrichment-checks.ts';
import { childPointer } from './json-pointer.ts';
import { checkRelations, collectRelationTypes } from './relation-checks.ts';
import {
  checkAnnotatorRoles,
  checkProvenancePlacement,
  checkReviewFields,
} from './review-checks.ts';
import {
  arrayItems,
  checkOffsets,
  checkReference,
  checkUnique,
  isOffset,
} from './semantic-helpers.ts';
import type { DatasetIssue } from './types.ts';

export { isRecord } from './semantic-helpers.ts';

/**
 * Issues in a parsed dataset (an object) that its schema cannot see. With `verifyQuotes`
 * false, a quote that differs from the text at its offsets is not an issue (see parseDataset);
 * `documentIdOf` replaces the portable hash (ParseDatasetOptions says why).
 */
export function checkDatasetSemantics(
  dataset: Record<string, unknown>,
  {
    verifyQuotes = true,
    documentIdOf: idOf = documentIdOf,
  }: { verifyQuotes?: boolean; documentIdOf?: (text: string) => string } = {},
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const annotatorIds = collectIds(dataset.annotators, '/annotators', 'annotator', issues);
  issues.push(...checkAnnotatorRoles(dataset.annotators));
  const labelIds = collectIds(dataset.labels, '/labels', 'label', issues);
  const relationTypes = collectRelationTypes(dataset.relationTypes, issues);
  const entityIds = collectEntities(dataset.entities, issues);
  const documentIds = new Map<string, string>();
  const annotationIds = new Map<string, string>();
  const relationIds = new Map<string, string>();

  arrayItems(dataset.documents, '/documents').forEach(([document, documentPath]) => {
    const text = typeof document.text === 'string' ? document.text : undefined;
    if (text !== undefined) issues.push(...checkText(document.id, text, documentPath, idOf));
    checkUnique(document.id, documentPath, 'id', documentIds, 'document', issues);
    checkDocumentPublishedAt(document, documentPath, issues);
    const index = text === undefined ? undefined : new CodePointIndex(text);
    if (Array.isArray(document.pageStarts) && index !== undefined) {
      const problem = pageStartsProblem(document.pageStarts as number[], index.codePointLength);
      if (problem !== null)
        issues.push({ path: childPointer(documentPath, 'pageStarts'), message: problem });
    }

    const annotations = arrayItems(document.annotations, childPointer(documentPath, 'annotations'));
    annotations.forEach(([annotation, path]) => {
      checkUnique(annotation.id, path, 'id', annotationIds, 'annotation', issues);
      checkReference(annotation.label, path, 'label', labelIds, 'a label in /labels', issues);
      checkReference(
        annotation.annotator,
        path,
        'annotator',
        annotatorIds,
        'an annotator in /annotators',
        issues,
      );
      if (text !== undefined && index !== undefined)
        issues.push(...checkSpan(annotation, path, text, index, verifyQuotes));
      checkProvenancePlacement(annotation, path, issues);
      checkAnnotationEnrichment(annotation, path, entityIds, issues);
    });
    checkRelations(
      document,
      documentPath,
      annotations,
      { types: relationTypes, annotatorIds, relationIds },
      issues,
    );
    checkReviewFields(
      document,
      documentPath,
      annotations,
      {
        annotatorIds,
        textLength: index?.codePointLength,
      },
      issues,
    );
  });
  return issues;
}

function checkText(
  id: unknown,
  text: string,
  path: string,
  idOf: (text: string) => string,
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const departure = firstDepartureFromNormalForm(text);
  if (departure !== undefined) {
    issues.push({
      path: childPointer(path, 'text'),
      message: `expected normalised text (Unicode NFC, LF line endings, no byte-order mark), found ${departure}`,
    });
  }
  // A malformed id has already been reported by the schema; comparing it to a hash adds nothing.
  if (typeof id === 'string' && /^sha256:[0-9a-f]{64}$/.test(id)) {
    const expected = idOf(text);
    if (id !== expected) {
      issues.push({
        path: childPointer(path, 'id'),
        message: `expected the SHA-256 of the document's text, "${expected}", found "${id}"`,
      });
    }
  }
  return issues;
}

/** Why `text` is not normalised, naming the first offending place; undefined when it is. */
function firstDepartureFromNormalForm(text: string): string | undefined {
  if (normaliseText(text) === text) return undefined;
  if (text.charCodeAt(0) === 0xfeff) return 'a byte-order mark at the start';
  const carriageReturn = text.indexOf('\r');
  if (carriageReturn >= 0)
    return `a carriage return at code point ${new CodePointIndex(text).toCodePoint(utf16(carriageReturn))}`;
  return `characters not in Unicode NFC from code point ${firstDifference(text, text.normalize('NFC'))}`;
}

function checkSpan(
  annotation: Record<string, unknown>,
  path: string,
  text: string,
  index: CodePointIndex,
  verifyQuotes: boolean,
): DatasetIssue[] {
  const { start, end, quote } = annotation;
  const issues = checkOffsets(start, end, path, index.codePointLength);
  if (
    issues.length > 0 ||
    !isOffset(start) ||
    !isOffset(end) ||
    typeof quote !== 'string' ||
    !verifyQuotes
  )
    return issues;

  const expected = sliceByCodePoints(text, start, end, index);
  if (quote !== expected) {
    const where = showsAlike(quote, expected)
      ? ` (they first differ at code point ${firstDifference(quote, expected)} of the quote)`
      : '';
    issues.push({
      path: childPointer(path, 'quote'),
      message: `expected the text from ${start} to ${end}, ${showString(expected)}, found ${describeValue(quote)}${where}`,
    });
  }
  return issues;
}

/** Ids of a list (annotators or labels), reporting duplicates; undefined when the list is unusable. */
function collectIds(
  list: unknown,
  path: string,
  kind: string,
  issues: DatasetIssue[],
): Set<string> | undefined {
  if (!Array.isArray(list)) return undefined;
  const seen = new Map<string, string>();
  for (const [item, itemPath] of arrayItems(list, path))
    checkUnique(item.id, itemPath, 'id', seen, kind, issues);
  return new Set(seen.keys());
}
