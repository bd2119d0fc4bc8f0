// Small checks shared by the dataset's semantic checks (semantic-checks.ts, review-checks.ts):
// unique ids, references that resolve, and walking arrays of objects with their JSON paths.

import { childPointer } from './json-pointer.ts';
import type { DatasetIssue } from './types.ts';

// Paths are passed as a parent and a key and joined only when an issue is reported: a file of
// 100,000 annotations has 300,000 ids and references to check, and building each one's path
// up front was most of the time `marginalia validate` spent on the checks.

/** Records `id` (at `parent`/`key`) as seen, or reports it as a duplicate of an earlier one. */
export function checkUnique(
  id: unknown,
  parent: string,
  key: string,
  seen: Map<string, string>,
  kind: string,
  issues: DatasetIssue[],
): void {
  if (typeof id !== 'string' || id === '') return;
  const first = seen.get(id);
  if (first === undefined) seen.set(id, parent);
  else
    issues.push({
      path: childPointer(parent, key),
      message: `duplicate ${kind} id ${JSON.stringify(id)} (also at ${childPointer(first, key)})`,
    });
}

/**
 * Reports `id` (at `parent`/`key`) unless it is one of `known`; nothing to check when the list
 * itself is unusable.
 */
export function checkReference(
  id: unknown,
  parent: string,
  key: string | number,
  known: Set<string> | undefined,
  what: string,
  issues: DatasetIssue[],
): void {
  if (known === undefined || typeof id !== 'string' || id === '' || known.has(id)) return;
  issues.push({
    path: childPointer(parent, key),
    message: `expected the id of ${what} (${listIds(known)}), found ${JSON.stringify(id)}`,
  });
}

/** The known ids for a message, capped so a long list stays readable. */
export function listIds(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'there are none';
  const shown = all.slice(0, 8).map((id) => JSON.stringify(id));
  return all.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The object items of an array with their paths; anything else yields nothing (the schema reports it). */
export function arrayItems(list: unknown, path: string): [Record<string, unknown>, string][] {
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

export function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/**
 * Issues of a span's offsets against a text of `length` code points, reported at `path`/end.
 * Offsets that are not non-negative integers have already been reported by the schema.
 */
export function checkOffsets(
  start: unknown,
  end: unknown,
  path: string,
  length: number,
): DatasetIssue[] {
  if (!isOffset(start) || !isOffset(end)) return [];
  const issues: DatasetIssue[] = [];
  const endPath = childPointer(path, 'end');
  if (start >= end)
    issues.push({
      path: endPath,
      message: `expected an end greater than start (${start}), found ${end}`,
    });
  if (end > length) {
    issues.push({
      path: endPath,
      message: `expected an end of at most ${length} (the text's length in code points), found ${end}`,
    });
  }
  return issues;
}
