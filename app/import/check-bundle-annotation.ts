// The fields of a decoded annotation, checked against the types ImportBundle promises. The
// decoders already guarantee them; this is the planner's own guard, so that a decoder's bug
// (or a format added later) gives the analyst an issue to read instead of an exception.

import { describeValue } from '../formats/dataset/describe-value.ts';
import type { BundleAnnotation, ImportIssue } from './bundle.ts';

const OPTIONAL_STRINGS = ['quote', 'prefix', 'suffix', 'note'] as const;
const OPTIONAL_IDS = ['id', 'annotator'] as const;

/** Issues for the annotation's fields that are not what a bundle allows; empty when all are. */
export function checkBundleAnnotation(
  incoming: BundleAnnotation,
  documentCount: number,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const path =
    typeof incoming.source === 'string' ? incoming.source : describeValue(incoming.source);
  const expected = (field: string, what: string, value: unknown) =>
    issues.push({ path, message: `${field}: expected ${what}, found ${describeValue(value)}` });

  const { document } = incoming;
  if (!Number.isSafeInteger(document) || document < 0 || document >= documentCount)
    expected(
      'document',
      `the index of one of the file's documents (it has ${documentCount})`,
      document,
    );
  if (typeof incoming.label !== 'string' || incoming.label === '')
    expected('label', 'a non-empty string', incoming.label);
  for (const field of OPTIONAL_IDS) {
    const value = incoming[field];
    if (value !== undefined && (typeof value !== 'string' || value === ''))
      expected(field, 'a non-empty string', value);
  }
  for (const field of OPTIONAL_STRINGS) {
    const value = incoming[field];
    if (value !== undefined && typeof value !== 'string') expected(field, 'a string', value);
  }
  if (typeof incoming.source !== 'string') expected('source', 'a string', incoming.source);
  for (const field of ['start', 'end'] as const) {
    const value = incoming[field];
    if (value !== undefined && typeof value !== 'number') expected(field, 'a number', value);
  }
  return issues;
}
