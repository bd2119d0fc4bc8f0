// Relation F1 between two annotators: pair their relations one to one, as many pairs as
// possible, and F1 = 2·pairs / (relations of the first + relations of the second), as for
// spans (f1-matching.ts). Two relations of the same type can pair when, endpoint by endpoint
// (from with from, to with to), the two annotations have the same label and
//   - exact:   the same start and end;
//   - overlap: at least one character in common.
// Callers pass the relations of one document, one type and one annotator each, with their
// endpoints resolved to spans.

import { compareStrings } from '../model/compare-strings.ts';
import { maximumMatchingSize } from './bipartite-matching.ts';
import { sortedMatchCount } from './f1-matching.ts';

/** An endpoint as agreement reads it: a span and its label (an annotation will do). */
export interface RelationEnd {
  start: number;
  end: number;
  label: string;
}

/** A relation of one type with both endpoints resolved. */
export interface ResolvedRelation {
  from: RelationEnd;
  to: RelationEnd;
}

function compareEnds(a: RelationEnd, b: RelationEnd): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.label, b.label);
}

/** From endpoint, then to endpoint, each by start, end and label: the order both counts need. */
export function compareResolvedRelations(a: ResolvedRelation, b: ResolvedRelation): number {
  return compareEnds(a.from, b.from) || compareEnds(a.to, b.to);
}

/** `relations` in compareResolvedRelations order, sorted in place; what the counts below take. */
export function sortResolvedRelations(relations: ResolvedRelation[]): ResolvedRelation[] {
  return relations.sort(compareResolvedRelations);
}

/** How many relations pair up by equal endpoints (duplicates pair one to one). Both sorted. */
export function exactRelationMatchCount(
  first: readonly ResolvedRelation[],
  second: readonly ResolvedRelation[],
): number {
  return sortedMatchCount(first, second, compareResolvedRelations);
}

function overlaps(a: RelationEnd, b: RelationEnd): boolean {
  return a.label === b.label && a.start < b.end && b.start < a.end;
}

/**
 * The size of a maximum one-to-one pairing of relations whose from endpoints overlap and whose
 * to endpoints overlap, each pair of endpoints with the same label. Both sorted.
 */
export function overlapRelationMatchCount(
  first: readonly ResolvedRelation[],
  second: readonly ResolvedRelation[],
): number {
  if (first.length === 0 || second.length === 0) return 0;
  // Edges by a sweep over the from endpoints' starts, as overlapMatchCount does over spans:
  // `open` holds second's relations whose from began before the current from ends and did
  // not end before it starts; the other conditions filter those few candidates. Never all
  // pairs: at 30 relations of a type per document and annotator, candidates are a handful.
  const starts = new Int32Array(first.length + 1);
  const edges: number[] = [];
  let open: number[] = [];
  let next = 0;
  for (let i = 0; i < first.length; i++) {
    const relation = first[i]!;
    const { start, end } = relation.from;
    while (next < second.length && second[next]!.from.start < end) open.push(next++);
    if (open.some((k) => second[k]!.from.end <= start))
      open = open.filter((k) => second[k]!.from.end > start);
    for (const k of open) {
      const other = second[k]!;
      if (overlaps(relation.from, other.from) && overlaps(relation.to, other.to)) edges.push(k);
    }
    starts[i + 1] = edges.length;
  }
  return maximumMatchingSize({
    leftCount: first.length,
    rightCount: second.length,
    starts,
    edges: Int32Array.from(edges),
  });
}
