// A reviewer's decisions about span groups, as pure functions: each returns the group's
// reconciled annotations (with provenance) and its review entry, and reconciled-layer.ts turns
// that into an undoable change. Ids are derived from the group and the decided span and label
// (reconciled-ids.ts), so deciding the same thing twice gives the same annotation. Every
// reconciled annotation, the app's and `marginalia merge`'s alike, is built by
// reconciledAnnotation here, so the two cannot come to write different ones.

import type { Annotation } from '../model/annotation.ts';
import type { AnnotationId, AnnotatorId, LabelId, SpanGroupId } from '../model/ids.ts';
import type { CodePointOffset } from '../model/offsets.ts';
import {
  RECONCILED_ANNOTATOR,
  type AnnotationProvenance,
  type ProvenanceDecision,
  type ProvenanceSource,
  type ReviewConflict,
  type SpanGroupKind,
} from '../model/review.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import type { SpanGroup, SpanLike } from './compare-layers.ts';
import { reconciledIdOf } from './reconciled-ids.ts';

/** What deciding one span group produces. */
export interface GroupOutcome {
  group: SpanGroupId;
  kind: SpanGroupKind;
  /** The group's members: a decision replaces every reconciled annotation citing one of them. */
  members: AnnotationId[];
  /** The group's reconciled annotations from now on; none when it was rejected. */
  annotations: Annotation[];
  /**
   * The group's review entry (status resolved), or null for an agreed group accepted as it is,
   * which needs none: its reconciled annotation cites every member.
   */
  conflict: ReviewConflict | null;
}

/** A span and label a reviewer set by hand. */
export interface SpanEdit {
  start: CodePointOffset;
  end: CodePointOffset;
  label: LabelId;
}

/**
 * Accepts the members with these ids: one reconciled annotation per distinct span and label
 * among them, citing the accepted members that have exactly it. `unanimous` when the group is
 * agreed and every member is accepted, else `adjudicated`. Throws a RangeError for an id that
 * is not a member, or none: that is a bug in the caller.
 */
export function acceptMembers(
  group: SpanGroup,
  memberIds: readonly AnnotationId[],
  decidedBy: AnnotatorId | null,
  now: Date,
): GroupOutcome {
  const wanted = new Set(memberIds);
  const accepted = group.members.filter((member) => wanted.has(member.id));
  if (accepted.length === 0 || accepted.length !== wanted.size)
    throw new RangeError(`accept [${memberIds.join(', ')}]: not members of span group ${group.id}`);

  const unanimous = group.kind === 'agreed' && accepted.length === group.members.length;
  const decision: ProvenanceDecision = unanimous ? 'unanimous' : 'adjudicated';
  const decidedAt = now.toISOString();
  const bySpan = new Map<string, Annotation[]>();
  for (const member of accepted) {
    const key = `${member.label}\u0000${member.start}\u0000${member.end}`;
    const same = bySpan.get(key);
    if (same === undefined) bySpan.set(key, [member]);
    else same.push(member);
  }
  const annotations = [...bySpan.values()].map((sources): Annotation => {
    const { documentId, label, start, end, quote, prefix, suffix } = sources[0]!;
    const span = { label, start, end, quote, prefix, suffix };
    const decided = { decision, decidedBy, decidedAt, sources };
    return { ...reconciledAnnotation(group.id, span, decided), documentId };
  });
  return outcome(group, annotations, unanimous ? null : 'resolved');
}

/** Rejects the whole group: no reconciled annotation, and a resolved review entry records it. */
export function rejectGroup(group: SpanGroup): GroupOutcome {
  return outcome(group, [], 'resolved');
}

/**
 * Replaces the group's decision with a span and label set by hand, citing every member. The
 * quote and its context are taken from `text`, the document's text. Throws a RangeError for an
 * empty span or one outside the text.
 */
export function editDecision(
  group: SpanGroup,
  edit: SpanEdit,
  text: string,
  decidedBy: AnnotatorId | null,
  now: Date,
): GroupOutcome {
  if (!(edit.start < edit.end))
    throw new RangeError(`edit of span group ${group.id}: empty span [${edit.start}, ${edit.end})`);
  const { label, start, end } = edit;
  const span = { label, start, end, ...quoteSelectorAt(text, start, end) };
  const decided: ReconciledDecision = {
    decision: 'edited',
    decidedBy,
    decidedAt: now.toISOString(),
    sources: group.members,
  };
  const { documentId } = group.members[0]!;
  const annotation = { ...reconciledAnnotation(group.id, span, decided), documentId };
  return outcome(group, [annotation], 'resolved');
}

/**
 * Accepts every agreed group as it is, in one step (undo it as one: see reconciled-layer.ts).
 * Pass the groups still open (groupStatus), or a rejected agreed group is accepted again.
 */
export function acceptAllAgreed(
  groups: readonly SpanGroup[],
  decidedBy: AnnotatorId | null,
  now: Date,
): GroupOutcome[] {
  return groups
    .filter((group) => group.kind === 'agreed')
    .map((group) =>
      acceptMembers(
        group,
        group.members.map((member) => member.id),
        decidedBy,
        now,
      ),
    );
}

/** How a source annotation is cited: who had it, which one, and its label and offsets then. */
export function provenanceSourceOf({
  annotator,
  id,
  label,
  start,
  end,
}: SpanLike): ProvenanceSource {
  return { annotator, annotationId: id, label, start, end };
}

/**
 * A reconciled annotation without its document: as a dataset file lists it under its document,
 * and, with `documentId` added, the model's Annotation.
 */
export type ReconciledAnnotation = Omit<Annotation, 'documentId' | 'provenance'> & {
  provenance: AnnotationProvenance;
};

/** The span and label a decision settles on, with its quote and context cut from the text. */
export type DecidedSpan = Pick<
  Annotation,
  'label' | 'start' | 'end' | 'quote' | 'prefix' | 'suffix'
>;

/** How a span was decided: the provenance, with the annotations it came from as they are. */
export interface ReconciledDecision {
  decision: ProvenanceDecision;
  decidedBy: AnnotatorId | null;
  /** ISO 8601: the merge formats its clock once for every annotation it decides. */
  decidedAt: string;
  sources: readonly SpanLike[];
}

/**
 * The reconciled annotation deciding `span` for `group`: its id derived from both (deciding the
 * same thing again replaces it), no note, created and updated when decided, each source cited
 * by provenanceSourceOf. The fields come in the dataset encoder's order, because `marginalia
 * merge` writes this object to its file as it is.
 */
export function reconciledAnnotation(
  group: SpanGroupId,
  { label, start, end, quote, prefix, suffix }: DecidedSpan,
  { decision, decidedBy, decidedAt, sources }: ReconciledDecision,
): ReconciledAnnotation {
  return {
    id: reconciledIdOf(group, label, start, end),
    label,
    start,
    end,
    quote,
    prefix,
    suffix,
    note: '',
    annotator: RECONCILED_ANNOTATOR,
    createdAt: decidedAt,
    updatedAt: decidedAt,
    provenance: { decision, decidedBy, decidedAt, sources: sources.map(provenanceSourceOf) },
  };
}

function outcome(
  group: SpanGroup,
  annotations: Annotation[],
  status: 'resolved' | null,
): GroupOutcome {
  const members = group.members.map((member) => member.id);
  return {
    group: group.id,
    kind: group.kind,
    members,
    annotations,
    conflict:
      status === null ? null : { id: group.id, kind: group.kind, annotations: members, status },
  };
}
