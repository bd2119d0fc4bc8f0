// One document of a merge: its copies from every file united, its layers compared, and its
// review written. How decisions already in the files count (a file "decides" a span group when
// its reconciled layer or review says something about exactly that group):
//
// - A file's review entry for the group (matched by the group's id, recomputed from the
//   entry's members): `open` with reconciled annotations citing the members means the group was
//   reopened; `resolved` with them means accepted; `resolved` without them means rejected;
//   `open` without them says nothing.
// - Without an entry, reconciled annotations citing every member decide an agreed group (its
//   unanimous acceptance), if the file held every member. They decide nothing about other
//   groups: the group changed since (an annotator or a rater was added), so it is open again.
// - Reopened anywhere, or decided differently by two files: open. Decided by one or more files
//   alike: resolved. Decided by none: an agreed group becomes a unanimous reconciled annotation
//   (decidedBy null); any other group is open.
//
// Reconciled annotations are never dropped: the union of the files' reconciled layers is kept,
// and a group two files decided differently shows both decisions until a reviewer decides again.

import { encodeProvenance } from '../formats/dataset/encode.ts';
import {
  type DatasetAnnotation,
  type DatasetDocument,
  type DatasetReview,
} from '../formats/dataset/types.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId, DocumentId, SpanGroupId } from '../model/ids.ts';
import { RECONCILED_ANNOTATOR, type ReviewConflict, type ReviewStatus } from '../model/review.ts';
import { CodePointIndex } from '../text/code-points.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import { compareLayers, type SpanGroup } from './compare-layers.ts';
import { reconciledAnnotation } from './decisions.ts';
import { groupIdOf } from './reconciled-ids.ts';

/** One file's copy of a document. */
export interface DocumentCopy {
  /** Which file (its position in the merge's input). */
  input: number;
  /** The document's position in that file. */
  index: number;
  document: DatasetDocument;
  /** The file's annotators other than the reconciled layer: the raters when it has no review. */
  listed: AnnotatorId[];
}

/** Final annotation ids (see mapIds in merge.ts). */
export interface IdMap {
  renamed: ReadonlySet<string>;
  finalId(document: DocumentId, annotator: AnnotatorId, id: string): string;
}

/** Why a merge cannot write its output; `path` is a JSON Pointer into input file `input`. */
export interface MergeIssue {
  input: number;
  path: string;
  message: string;
}

/**
 * An annotation kept by the union, and where it was found: file, document and position (for an
 * issue's path, built only if there is an issue: 200,000 path strings were a tenth of a merge).
 */
interface Held {
  annotation: DatasetAnnotation;
  input: number;
  documentIndex: number;
  position: number;
}

/** The merged document (its title is settled by the caller) and any issue that prevents it. */
export function mergeDocument(
  copies: readonly DocumentCopy[],
  ids: IdMap,
  now: Date,
): { document: DatasetDocument; issues: MergeIssue[] } {
  const { id: documentId, text } = copies[0]!.document;
  const finalOf =
    ids.renamed.size === 0
      ? (_annotator: AnnotatorId, id: string) => id
      : (annotator: AnnotatorId, id: string) => ids.finalId(documentId, annotator, id);
  const layers = uniteLayers(copies, finalOf);

  const annotations: DatasetAnnotation[] = [];
  const reconciled = new Map<string, DatasetAnnotation>();
  for (const [annotator, layer] of layers) {
    for (const [id, { annotation }] of layer) {
      const written = rewrite(annotation, id, finalOf);
      if (annotator === RECONCILED_ANNOTATOR) reconciled.set(written.id, written);
      else annotations.push(written);
    }
  }

  const raters = new Set<AnnotatorId>();
  for (const { document, listed } of copies)
    for (const id of document.review?.annotators ?? listed) raters.add(id);
  for (const annotator of layers.keys())
    if (annotator !== RECONCILED_ANNOTATOR) raters.add(annotator);
  const compared = [...raters].sort(compareStrings);
  const groups = compareLayers(annotations, compared);

  const decisions = copies
    .filter(
      ({ document }) => document.review !== undefined || document.annotations.some(isReconciled),
    )
    .map((copy) => decisionsOf(copy, finalOf));
  const nowIso = now.toISOString();
  let index: CodePointIndex | undefined;
  const conflicts: ReviewConflict[] = [];
  for (const group of groups) {
    const { status, hadEntry } = decisions.length === 0 ? UNDECIDED : statusOf(group, decisions);
    if (status === 'undecided' && group.kind === 'agreed') {
      const { label, start, end } = group.members[0]!;
      index ??= new CodePointIndex(text);
      const { quote, prefix, suffix } = quoteSelectorAt(text, start, end, index);
      // What the review view's "accept" makes of the group, with nobody deciding. A file that
      // holds this annotation without deciding the group (an export of the reconciled layer
      // alone, say) keeps its own. Built before that lookup, which wastes a quote in that case
      // but spares every other one hashing the id twice.
      const unanimous = reconciledAnnotation(
        group.id,
        { label, start, end, quote, prefix, suffix },
        { decision: 'unanimous', decidedBy: null, decidedAt: nowIso, sources: group.members },
      );
      if (!reconciled.has(unanimous.id)) reconciled.set(unanimous.id, unanimous);
      continue;
    }
    const settled: ReviewStatus = status === 'resolved' ? 'resolved' : 'open';
    if (group.kind !== 'agreed' || settled === 'open' || hadEntry)
      conflicts.push({
        id: group.id,
        kind: group.kind,
        annotations: group.members.map((member) => member.id),
        status: settled,
      });
  }

  const document: DatasetDocument = {
    id: documentId,
    title: copies[0]!.document.title,
    text,
    annotations: [...annotations, ...reconciled.values()].sort(compareByPosition),
  };
  if (compared.length > 0 || conflicts.length > 0) {
    const review: DatasetReview = { annotators: compared, conflicts };
    document.review = review;
  }
  return { document, issues: danglingSources(layers, finalOf) };
}

/**
 * Every copy's annotations, one per annotator and final id, the most recently updated winning.
 * Final ids, not the files' own: an earlier merge renamed a clashing id to the id it gets again
 * here, so the renamed annotation and its original are recognised as one.
 */
function uniteLayers(
  copies: readonly DocumentCopy[],
  finalOf: (annotator: AnnotatorId, id: string) => string,
): Map<AnnotatorId, Map<string, Held>> {
  const layers = new Map<AnnotatorId, Map<string, Held>>();
  for (const { input, index, document } of copies) {
    document.annotations.forEach((annotation, i) => {
      let layer = layers.get(annotation.annotator);
      if (layer === undefined) layers.set(annotation.annotator, (layer = new Map()));
      const id = finalOf(annotation.annotator, annotation.id);
      const held = layer.get(id);
      if (held === undefined || supersedes(annotation, held.annotation, id, finalOf))
        layer.set(id, { annotation, input, documentIndex: index, position: i });
    });
  }
  return layers;
}

/** Whether `candidate` replaces `kept`, another version of one annotation: newer, or on a tie the smaller encoding. */
function supersedes(
  candidate: DatasetAnnotation,
  kept: DatasetAnnotation,
  id: string,
  finalOf: (annotator: AnnotatorId, id: string) => string,
): boolean {
  const newer = Date.parse(candidate.updatedAt) - Date.parse(kept.updatedAt);
  if (newer !== 0) return newer > 0;
  return (
    JSON.stringify(rewrite(candidate, id, finalOf)) < JSON.stringify(rewrite(kept, id, finalOf))
  );
}

/** The annotation with the format's fields only, in the encoder's order, under its final id. */
function rewrite(
  annotation: DatasetAnnotation,
  id: string,
  finalOf: (annotator: AnnotatorId, id: string) => string,
): DatasetAnnotation {
  // Assigned in the encoder's order, leaving out what the file left out.
  const written = {
    id: id as DatasetAnnotation['id'],
    label: annotation.label,
    start: annotation.start,
    end: annotation.end,
    quote: annotation.quote,
  } as DatasetAnnotation;
  if (annotation.prefix !== undefined) written.prefix = annotation.prefix;
  if (annotation.suffix !== undefined) written.suffix = annotation.suffix;
  if (annotation.note !== undefined) written.note = annotation.note;
  written.annotator = annotation.annotator;
  written.createdAt = annotation.createdAt;
  written.updatedAt = annotation.updatedAt;
  if (annotation.provenance !== undefined)
    written.provenance = encodeProvenance(annotation.provenance, finalOf);
  return written;
}

/** What one file says about the groups of this document, in final ids. */
interface FileDecisions {
  /** Its annotators' annotations on the document. */
  present: Set<string>;
  /** The reconciled annotations citing each annotation. */
  citedBy: Map<string, string[]>;
  /** Review entries by the id of the group their members form. */
  entries: Map<SpanGroupId, ReviewStatus>;
}

function decisionsOf(
  { document }: DocumentCopy,
  finalOf: (annotator: AnnotatorId, id: string) => string,
): FileDecisions {
  const present = new Set<string>();
  const citedBy = new Map<string, string[]>();
  const annotatorOf = new Map<string, AnnotatorId>();
  for (const annotation of document.annotations) {
    annotatorOf.set(annotation.id, annotation.annotator);
    if (!isReconciled(annotation)) {
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
    const members = conflict.annotations.map((id) => finalOf(annotatorOf.get(id)!, id));
    const group = groupIdOf(members);
    if (entries.get(group) !== 'open') entries.set(group, conflict.status);
  }
  return { present, citedBy, entries };
}

const UNDECIDED = { status: 'undecided', hadEntry: false } as const;
const REOPENED = '\u0000reopened';
const REJECTED = '\u0000rejected';

/** The group's status after weighing every file's decision about it (see the top of this file). */
function statusOf(
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

/**
 * Sources the merged document cannot resolve: cited annotations of an annotator whose layer the
 * document carries, but which no file has (a file of the reconciled layer alone, merged with a
 * later version of that annotator's file).
 */
function danglingSources(
  layers: ReadonlyMap<AnnotatorId, Map<string, Held>>,
  finalOf: (annotator: AnnotatorId, id: string) => string,
): MergeIssue[] {
  const issues: MergeIssue[] = [];
  for (const { annotation, input, documentIndex, position } of layers
    .get(RECONCILED_ANNOTATOR)
    ?.values() ?? []) {
    annotation.provenance?.sources.forEach(({ annotator, annotationId }, k) => {
      const layer = layers.get(annotator);
      if (layer === undefined || layer.has(finalOf(annotator, annotationId))) return;
      issues.push({
        input,
        path: `/documents/${documentIndex}/annotations/${position}/provenance/sources/${k}/annotationId`,
        message: `cites annotation ${JSON.stringify(annotationId)} of ${JSON.stringify(annotator)}, which none of the files has, although they carry ${JSON.stringify(annotator)}'s layer on this document`,
      });
    });
  }
  return issues;
}

function isReconciled(annotation: DatasetAnnotation): boolean {
  return annotation.annotator === RECONCILED_ANNOTATOR;
}

function compareByPosition(a: DatasetAnnotation, b: DatasetAnnotation): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.id, b.id);
}
