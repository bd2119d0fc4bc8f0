// How the decisions a merge's files hold about span groups count (a file "decides" a group when
// its reconciled layer or review says something about exactly that group):
//
// - A file's review entry for the group (matched by the group's id, recomputed from the
//   entry's members): `open` with reconciled annotations citing the members means the group was
//   reopened; `resolved` with them means accepted; `resolved` without them means rejected;
//   `open` without them says nothing. Link, entity and value entries say nothing about spans.
// - Without an entry, reconciled annotations citing every member decide an agreed group (its
//   unanimous acceptance), if the file held every member. They decide nothing about other
//   groups: the group changed since (an annotator or a rater was added), so it is open again.
// - Reopened anywhere, or decided differently by two files: open. Decided by one or more files
//   alike: resolved. Decided by none: an agreed group becomes a unanimous reconciled annotation
//   (decidedBy null); any other group is open.

import type { DatasetAnnotation } from '../formats/dataset/types.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId, SpanGroupId } from '../model/ids.ts';
import {
  isEnrichmentConflictKind,
  RECONCILED_ANNOTATOR,
  type ReviewStatus,
} from '../model/review.ts';
import type { SpanGroup } from './compare-layers.ts';
import type { DocumentCopy } from './merge-input.ts';
import { groupIdOf } from './reconciled-ids.ts';

/** What one file says about the groups of this document, in final ids. */
export interface FileDecisions {
  /** Its annotators' annotations on the document. */
  present: Set<string>;
  /** The reconciled annotations citing each annotation. */
  citedBy: Map<string, string[]>;
  /** Review entries by the id of the group their members form. */
  entries: Map<SpanGroupId, ReviewStatus>;
}

/** What `copy` says about the groups of its document; `finalOf` gives final annotation ids. */
export function decisionsOf(
  { document }: DocumentCopy,
  finalOf: (annotator: AnnotatorId, id: string) => string,
): FileDecisions {
  const present = new Set<string>();
  const citedBy = new Map<string, string[]>();
  const annotatorOf = new Map<string, AnnotatorId>();
  for (const annotation of document.annotations) {
    annotatorOf.set(annotation.id, annotation.annotator);
    if (annotation.annotator !== RECONCILED_ANNOTATOR) {
      present.add(finalOf(annotation.annotator, annotation.id));
      continue;
    }
    const id = finalOf(annotation.annotator, annotation.id);
    for (const source of annotation.provenance?.sources ?? []) {
      const cited = finalOf(source.annotator, source.annotationId);
      const citing = citedBy.get(cited);
      if (citing === undefined) citedBy.set(cited, [id]);
      else if (!citing.includes(id)) citing.push(id);
    }
  }
  const entries = new Map<SpanGroupId, ReviewStatus>();
  for (const conflict of document.review?.conflicts ?? []) {
    // A link, entity or value entry names the members it compared, which may be exactly a
    // group's: it says nothing about the group's spans (merge-enrichment.ts weighs it).
    if (isEnrichmentConflictKind(conflict.kind)) continue;
    const members = conflict.annotations.map((id) => finalOf(annotatorOf.get(id)!, id));
    const group = groupIdOf(members);
    if (entries.get(group) !== 'open') entries.set(group, conflict.status);
  }
  return { present, citedBy, entries };
}

export const UNDECIDED = { status: 'undecided', hadEntry: false } as const;
const REOPENED = '\u0000reopened';
const REJECTED = '\u0000rejected';

/** The group's status after weighing every file's decision about it (see the top of this file). */
export function statusOf(
  group: SpanGroup<DatasetAnnotation>,
  files: readonly FileDecisions[],
): { status: ReviewStatus | 'undecided'; hadEntry: boolean } {
  const views = new Set<string>();
  let hadEntry = false;
  for (const file of files) {
    const view = viewOf(group, file);
    if (view === undefined) continue;
    views.add(view);
    if (file.entries.has(group.id)) hadEntry = true;
  }
  if (views.size === 0) return { status: 'undecided', hadEntry };
  return { status: views.has(REOPENED) || views.size > 1 ? 'open' : 'resolved', hadEntry };
}

/** One file's decision about the group, as a comparable string; undefined when it has none. */
function viewOf(group: SpanGroup<DatasetAnnotation>, file: FileDecisions): string | undefined {
  const citing = new Set<string>();
  let everyMemberCited = true;
  for (const member of group.members) {
    const cited = file.citedBy.get(member.id);
    if (cited === undefined) everyMemberCited = false;
    else for (const id of cited) citing.add(id);
  }
  const accepted = [...citing].sort(compareStrings).join('\n');
  const entry = file.entries.get(group.id);
  if (entry !== undefined) {
    if (citing.size > 0) return entry === 'open' ? REOPENED : accepted;
    return entry === 'resolved' ? REJECTED : undefined;
  }
  const heldAll = group.members.every((member) => file.present.has(member.id));
  return group.kind === 'agreed' && everyMemberCited && heldAll ? accepted : undefined;
}
