// The rules of the format that JSON Schema cannot express: text and ids agree, offsets fall
// inside the text, quotes equal the text they claim to quote, ids are unique and references
// resolve. These run even when the schema found problems, on every part that is well-formed
// enough to check, so one pass reports everything wrong with a file.

import { utf16 } from '../../model/offsets.ts';
import { CodePointIndex, sliceByCodePoints } from '../../text/code-points.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { normaliseText } from '../../text/normalise.ts';
import { describeValue, firstDifference, showString, showsAlike } from './describe-value.ts';
import { childPointer } from './json-pointer.ts';
import type { DatasetIssue } from './types.ts';

/**
 * Issues in a parsed dataset (an object) that its schema cannot see. With `verifyQuotes`
 * false, a quote that differs from the text at its offsets is not an issue (see parseDataset).
 */
export function checkDatasetSemantics(
  dataset: Record<string, unknown>,
  { verifyQuotes = true }: { verifyQuotes?: boolean } = {},
): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const annotatorIds = collectIds(dataset.annotators, '/annotators', 'annotator', issues);
  const labelIds = collectIds(dataset.labels, '/labels', 'label', issues);
  const documentIds = new Map<string, string>();
  const annotationIds = new Map<string, string>();

  arrayItems(dataset.documents, '/documents').forEach(([document, documentPath]) => {
    const text = typeof document.text === 'string' ? document.text : undefined;
    if (text !== undefined) issues.push(...checkText(document.id, text, documentPath));
    checkUnique(document.id, childPointer(documentPath, 'id'), documentIds, 'document', issues);
    const index = text === undefined ? undefined : new CodePointIndex(text);

    arrayItems(document.annotations, childPointer(documentPath, 'annotations')).forEach(
      ([annotation, path]) => {
        checkUnique(annotation.id, childPointer(path, 'id'), annotationIds, 'annotation', issues);
        checkReference(
          annotation.label,
          childPointer(path, 'label'),
          labelIds,
          'a label in /labels',
          issues,
        );
        checkReference(
          annotation.annotator,
          childPointer(path, 'annotator'),
          annotatorIds,
          'an annotator in /annotators',
          issues,
        );
        if (text !== undefined && index !== undefined)
          issues.push(...checkSpan(annotation, path, text, index, verifyQuotes));
      },
    );
  });
  return issues;
}

function checkText(id: unknown, text: string, path: string): DatasetIssue[] {
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
    const expected = documentIdOf(text);
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
  // Non-integer or negative offsets have already been reported by the schema.
  if (!isOffset(start) || !isOffset(end)) return [];
  const issues: DatasetIssue[] = [];
  const endPath = childPointer(path, 'end');
  if (start >= end)
    issues.push({
      path: endPath,
      message: `expected an end greater than start (${start}), found ${end}`,
    });
  if (end > index.codePointLength) {
    issues.push({
      path: endPath,
      message: `expected an end of at most ${index.codePointLength} (the text's length in code points), found ${end}`,
    });
  }
  if (issues.length > 0 || typeof quote !== 'string' || !verifyQuotes) return issues;

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
    checkUnique(item.id, childPointer(itemPath, 'id'), seen, kind, issues);
  return new Set(seen.keys());
}

function checkUnique(
  id: unknown,
  path: string,
  seen: Map<string, string>,
  kind: string,
  issues: DatasetIssue[],
): void {
  if (typeof id !== 'string' || id === '') return;
  const first = seen.get(id);
  if (first === undefined) seen.set(id, path);
  else
    issues.push({ path, message: `duplicate ${kind} id ${JSON.stringify(id)} (also at ${first})` });
}

function checkReference(
  id: unknown,
  path: string,
  known: Set<string> | undefined,
  what: string,
  issues: DatasetIssue[],
): void {
  if (known === undefined || typeof id !== 'string' || id === '' || known.has(id)) return;
  issues.push({
    path,
    message: `expected the id of ${what} (${listIds(known)}), found ${JSON.stringify(id)}`,
  });
}

/** The known ids for a message, capped so a long list stays readable. */
function listIds(ids: Set<string>): string {
  if (ids.size === 0) return 'there are none';
  const shown = [...ids].slice(0, 8).map((id) => JSON.stringify(id));
  return ids.size > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The object items of an array with their paths; anything else yields nothing (the schema reports it). */
function arrayItems(list: unknown, path: string): [Record<string, unknown>, string][] {
  if (!Array.isArray(list)) return [];
  const items: [Record<string, unknown>, string][] = [];
  list.forEach((item: unknown, i) => {
    if (isRecord(item)) items.push([item, childPointer(path, i)]);
  });
  return items;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
