// A document's reconciled layer as a value — its reconciled annotations and review entries —
// and decisions as changes to it. Every change carries what it replaced, so undo is the inverse
// change, which is what the renderer's undo stack (and Dexie) want: delete these, put those back.

import { compareAnnotations, type Annotation } from '../model/annotation.ts';
import type { ReviewConflict, ReviewStatus } from '../model/review.ts';
import type { SpanGroup, SpanLike } from './compare-layers.ts';
import type { GroupOutcome } from './decisions.ts';

export interface ReconciledLayer {
  /** The document's reconciled annotations, sorted by compareAnnotations. */
  annotations: Annotation[];
  conflicts: ReviewConflict[];
}

/** One decision as a change to a reconciled layer. */
export interface ReconcileChange {
  removed: Annotation[];
  added: Annotation[];
  conflictBefore: ReviewConflict | null;
  conflictAfter: ReviewConflict | null;
}

/**
 * The change that makes `outcome` the group's decision: it removes every reconciled annotation
 * citing a member of the group (whatever decided them) and adds the outcome's. A group that had a
 * review entry keeps one, resolved, so that undoing restores the entries in their order.
 */
export function changeFor(layer: ReconciledLayer, outcome: GroupOutcome): ReconcileChange {
  const members = new Set<string>(outcome.members);
  const replaced = new Set<string>(outcome.annotations.map((annotation) => annotation.id));
  const removed = layer.annotations.filter(
    (annotation) =>
      replaced.has(annotation.id) ||
      annotation.provenance?.sources.some((source) => members.has(source.annotationId)),
  );
  const conflictBefore = layer.conflicts.find((conflict) => conflict.id === outcome.group) ?? null;
  const conflictAfter =
    outcome.conflict ??
    (conflictBefore === null
      ? null
      : {
          id: outcome.group,
          kind: outcome.kind,
          annotations: outcome.members,
          status: 'resolved',
        });
  return { removed, added: outcome.annotations, conflictBefore, conflictAfter };
}

export function applyChange(layer: ReconciledLayer, change: ReconcileChange): ReconciledLayer {
  const gone = new Set<string>(
    [...change.removed, ...change.added].map((annotation) => annotation.id),
  );
  const annotations = layer.annotations
    .filter((annotation) => !gone.has(annotation.id))
    .concat(change.added)
    .sort(compareAnnotations);

  const { conflictBefore: before, conflictAfter: after } = change;
  let conflicts = layer.conflicts;
  if (before !== null && after !== null)
    conflicts = conflicts.map((conflict) => (conflict.id === before.id ? after : conflict));
  else if (before !== null) conflicts = conflicts.filter((conflict) => conflict.id !== before.id);
  else if (after !== null)
    conflicts = [...conflicts.filter((conflict) => conflict.id !== after.id), after];
  return { annotations, conflicts };
}

/** The change that undoes `change`. */
export function invertChange(change: ReconcileChange): ReconcileChange {
  return {
    removed: change.added,
    added: change.removed,
    conflictBefore: change.conflictAfter,
    conflictAfter: change.conflictBefore,
  };
}

/**
 * Whether a group still needs a decision. Its review entry says so when it has one; without
 * one (an agreed group, or a group whose members changed since its entry was written), it is
 * resolved when reconciled annotations cite every one of its members, as the `unanimous`
 * acceptance of an agreed group does.
 */
export function groupStatus(
  group: SpanGroup<SpanLike>,
  reconciled: readonly Annotation[],
  conflicts: readonly ReviewConflict[] = [],
): ReviewStatus {
  const entry = conflicts.find((conflict) => conflict.id === group.id);
  if (entry !== undefined) return entry.status;
  const cited = new Set<string>();
  for (const annotation of reconciled)
    for (const source of annotation.provenance?.sources ?? []) cited.add(source.annotationId);
  return group.members.every((member) => cited.has(member.id)) ? 'resolved' : 'open';
}
