// Comparing annotators' layers on one document: every annotation of the chosen annotators falls
// into exactly one span group, which says whether they agree on it. The rules, in order
// (docs/reconciliation.md shows examples):
//
// 1. Annotations with the same offsets and label form a unit; a unit's annotators are the
//    distinct annotators among them (a rater's duplicate counts once).
// 2. agreed: a unit that every chosen annotator has, when at least two are chosen.
// 3. label: at one pair of offsets, the units that are not agreed, when they carry two or more
//    labels from two or more annotators (one annotator giving a span two labels disagrees with
//    nobody). The group holds all those units.
// 4. boundary: the remaining units of one label, linked when they overlap and two different
//    annotators are involved (a rater's own overlapping spans are not linked to each other);
//    a connected component of two or more units is one group.
// 5. What is left is one unit alone: partial when several (but not all) chosen annotators have
//    it — only possible with three or more — and single when one annotator has it.
//
// An agreed unit never joins a boundary group: everyone marked exactly it, and a further
// overlapping span of one label is someone's extra span, judged on its own. A label group's
// units do not join boundary groups either, so an overlapping span of one of its labels at
// other offsets is judged on its own. Overlapping spans with different offsets *and* labels are
// separate groups. Sorting dominates: O(n log n) for n annotations.

import type { Annotation } from '../model/annotation.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId, LabelId, SpanGroupId } from '../model/ids.ts';
import type { CodePointOffset } from '../model/offsets.ts';
import type { SpanGroupKind } from '../model/review.ts';
import { groupIdOf } from './reconciled-ids.ts';
import { overlapComponents } from './overlap-components.ts';

/** What comparing needs of an annotation, so merge can compare dataset annotations as they are. */
export type SpanLike = Pick<Annotation, 'id' | 'label' | 'start' | 'end' | 'annotator'>;

export interface SpanGroup<T extends SpanLike = Annotation> {
  /** Derived from the members' ids (reconciled-ids.ts): the same members, the same id. */
  id: SpanGroupId;
  kind: SpanGroupKind;
  /** The group's extent: the smallest start and largest end of its members. */
  start: CodePointOffset;
  end: CodePointOffset;
  /** Sorted by start, end, label, annotator, then id. */
  members: T[];
  /** The distinct annotators of the members, sorted. */
  annotators: AnnotatorId[];
}

/**
 * The span groups of `annotations` (of one document) by the chosen `annotators`; annotations of
 * anyone else are left out. Groups are sorted by start, longer first, then id.
 */
export function compareLayers<T extends SpanLike>(
  annotations: readonly T[],
  annotators: readonly AnnotatorId[],
): SpanGroup<T>[] {
  const chosen = new Set(annotators);
  const sorted = annotations.filter((annotation) => chosen.has(annotation.annotator));
  sorted.sort(compareSpans);

  const groups: SpanGroup<T>[] = [];
  /** Units left for rules 4 and 5, by label, in order of start. */
  const remaining = new Map<LabelId, Unit<T>[]>();
  for (const offsets of runs(sorted, sameOffsets)) {
    const units = runs(offsets, sameLabel).map(unitOf);
    const open: Unit<T>[] = [];
    for (const unit of units) {
      if (chosen.size >= 2 && unit.annotators.length === chosen.size)
        groups.push(groupOf('agreed', [unit]));
      else open.push(unit);
    }
    if (open.length >= 2 && distinctAnnotators(open).length >= 2) {
      groups.push(groupOf('label', open));
      continue;
    }
    for (const unit of open) {
      const ofLabel = remaining.get(unit.label);
      if (ofLabel === undefined) remaining.set(unit.label, [unit]);
      else ofLabel.push(unit);
    }
  }

  for (const units of remaining.values()) {
    const component = overlapComponents(units);
    const components: Unit<T>[][] = [];
    units.forEach((unit, i) => (components[component[i]!] ??= []).push(unit));
    for (const members of components) {
      if (members.length >= 2) groups.push(groupOf('boundary', members));
      else groups.push(groupOf(members[0]!.annotators.length >= 2 ? 'partial' : 'single', members));
    }
  }
  return groups.sort(compareGroups);
}

/** Annotations with the same offsets and label. */
interface Unit<T extends SpanLike> {
  label: LabelId;
  start: CodePointOffset;
  end: CodePointOffset;
  members: T[];
  annotators: AnnotatorId[];
}

function unitOf<T extends SpanLike>(members: T[]): Unit<T> {
  const { label, start, end, annotator } = members[0]!;
  // Most units are one annotation, or two of different annotators: spare them a Set.
  const annotators =
    members.length === 1
      ? [annotator]
      : members.length === 2 && members[1]!.annotator !== annotator
        ? [annotator, members[1]!.annotator] // sorted, as members are
        : distinctAnnotators([{ members }]);
  return { label, start, end, members, annotators };
}

function groupOf<T extends SpanLike>(kind: SpanGroupKind, units: Unit<T>[]): SpanGroup<T> {
  if (units.length === 1) {
    const [{ start, end, members, annotators }] = units as [Unit<T>];
    return {
      id: groupIdOf(members.map((member) => member.id)),
      kind,
      start,
      end,
      members,
      annotators,
    };
  }
  const members = units.flatMap((unit) => unit.members).sort(compareSpans);
  let start = members[0]!.start;
  let end = members[0]!.end;
  for (const member of members) {
    if (member.start < start) start = member.start;
    if (member.end > end) end = member.end;
  }
  return {
    id: groupIdOf(members.map((member) => member.id)),
    kind,
    start,
    end,
    members,
    annotators: distinctAnnotators(units),
  };
}

/** Sorted, distinct annotators of the units' members. */
function distinctAnnotators<T extends SpanLike>(units: readonly { members: T[] }[]): AnnotatorId[] {
  const annotators = new Set<AnnotatorId>();
  for (const unit of units) for (const member of unit.members) annotators.add(member.annotator);
  return [...annotators].sort(compareStrings);
}

/** Consecutive runs of `items` whose neighbours are `same`. */
function runs<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const result: T[][] = [];
  let from = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && same(items[i - 1]!, items[i]!)) continue;
    result.push(items.slice(from, i));
    from = i;
  }
  return result;
}

function sameOffsets(a: SpanLike, b: SpanLike): boolean {
  return a.start === b.start && a.end === b.end;
}

function sameLabel(a: SpanLike, b: SpanLike): boolean {
  return a.label === b.label;
}

function compareSpans(a: SpanLike, b: SpanLike): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.label, b.label) ||
    compareStrings(a.annotator, b.annotator) ||
    compareStrings(a.id, b.id)
  );
}

function compareGroups(a: SpanGroup<SpanLike>, b: SpanGroup<SpanLike>): number {
  return a.start - b.start || b.end - a.end || compareStrings(a.id, b.id);
}
