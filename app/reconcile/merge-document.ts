// One document of a merge: its copies from every file united, its layers compared, and its
// review written. How the files' decisions about span groups count is merge-span-decisions.ts's
// to say; in short, a group decided alike by the files stays decided, one decided differently or
// reopened is open, and one decided by nobody is reconciled as unanimous when agreed, else open.
//
// Reconciled annotations are never dropped: the union of the files' reconciled layers is kept,
// and a group two files decided differently shows both decisions until a reviewer decides again.
//
// Relations are united like annotations (merge-relations.ts); links, entity links and values of
// the resolved groups are then compared and settled (merge-enrichment.ts), their entries
// following the span groups' in the review. Entity ids are the united list's (merge-entities.ts).

import type { EntityIdentity } from '../entities/same-entity.ts';
import { encodeProvenance } from '../formats/dataset/encode.ts';
import type {
  DatasetAnnotation,
  DatasetDocument,
  DatasetRelation,
  DatasetReview,
} from '../formats/dataset/types.ts';
import type { Annotation } from '../model/annotation.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId, EntityId, LabelId, SpanGroupId } from '../model/ids.ts';
import { RECONCILED_ANNOTATOR, type ReviewConflict, type ReviewStatus } from '../model/review.ts';
import { CodePointIndex } from '../text/code-points.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import { compareLayers } from './compare-layers.ts';
import { reconciledAnnotation } from './decisions.ts';
import { fileEnrichmentOf, mergeEnrichment, type FileEnrichment } from './merge-enrichment.ts';
import type { IdMap } from './merge-ids.ts';
import type { DocumentCopy, MergeIssue } from './merge-input.ts';
import {
  keepValidRelations,
  relationsOfDocument,
  uniteRelations,
  type RelationTypeLabels,
} from './merge-relations.ts';
import { preferred } from './preferred.ts';
import { decisionsOf, statusOf, UNDECIDED } from './merge-span-decisions.ts';

/** What every document of a merge shares: final ids, the united entities and relation types. */
export interface MergeContext {
  ids: IdMap;
  relationIds: IdMap;
  /** The merged id of an entity id of any file. */
  entityIdOf(id: EntityId): EntityId;
  /** A merged entity, for the matching rule. */
  entityOf(id: EntityId): EntityIdentity | undefined;
  relationTypes: RelationTypeLabels;
}

/** The merged document (its title is settled by the caller), and what stands in its way. */
export interface MergedDocument {
  document: DatasetDocument;
  /** What prevents writing it (see danglingSources). */
  issues: MergeIssue[];
  /** Relations left out so that it validates (merge-relations.ts). */
  dropped: MergeIssue[];
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

/** The merged document of `copies`, one file's copy of it each. */
export function mergeDocument(
  copies: readonly DocumentCopy[],
  context: MergeContext,
  now: Date,
): MergedDocument {
  const { id: documentId, text } = copies[0]!.document;
  const { ids, relationIds } = context;
  const finalOf =
    ids.renamed.size === 0
      ? (_annotator: AnnotatorId, id: string) => id
      : (annotator: AnnotatorId, id: string) => ids.finalId(documentId, annotator, id);
  const finals: Finals = { annotation: finalOf, entity: context.entityIdOf };
  const layers = uniteLayers(copies, finals);

  const annotations: DatasetAnnotation[] = [];
  const reconciled = new Map<string, DatasetAnnotation>();
  let enriched = false;
  for (const [annotator, layer] of layers) {
    for (const [id, { annotation }] of layer) {
      const written = rewrite(annotation, id, finals);
      if (annotator === RECONCILED_ANNOTATOR) reconciled.set(written.id, written);
      else annotations.push(written);
      enriched ||= written.entity !== undefined || written.value !== undefined;
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
  /** Groups the span decisions leave resolved; every other group is open. */
  const resolved = new Set<SpanGroupId>();
  for (const group of groups) {
    const { status, hadEntry } = decisions.length === 0 ? UNDECIDED : statusOf(group, decisions);
    if (status === 'undecided' && group.kind === 'agreed') {
      resolved.add(group.id);
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
    if (settled === 'resolved') resolved.add(group.id);
    if (group.kind !== 'agreed' || settled === 'open' || hadEntry)
      conflicts.push({
        id: group.id,
        kind: group.kind,
        annotations: group.members.map((member) => member.id),
        status: settled,
      });
  }

  const relationFinalOf =
    relationIds.renamed.size === 0
      ? (_annotator: AnnotatorId, id: string) => id
      : (annotator: AnnotatorId, id: string) => relationIds.finalId(documentId, annotator, id);
  const held = uniteRelations(copies, { annotation: finalOf, relation: relationFinalOf });
  let relations: DatasetRelation[] = [];
  let dropped: MergeIssue[] = [];
  if (held.length > 0) {
    const needed = new Set<string>();
    for (const { relation } of held) needed.add(relation.from).add(relation.to);
    const endpoints = new Map<string, { label: LabelId; annotator: AnnotatorId }>();
    for (const layer of [annotations, reconciled.values()])
      for (const { id, label, annotator } of layer)
        if (needed.has(id)) endpoints.set(id, { label, annotator });
    ({ kept: relations, dropped } = keepValidRelations(held, endpoints, context.relationTypes));
  }

  // Without links, entity links or values, nothing beyond the spans is compared: spans-only
  // documents cost nothing more than before.
  enriched ||= relations.length > 0;
  if (enriched && groups.length > 0) {
    const files = copies
      .map(({ document }) => fileEnrichmentOf(document, finalOf, context.entityIdOf))
      .filter((file): file is FileEnrichment => file !== undefined);
    const rated = new Set<AnnotatorId>(compared);
    const merged = mergeEnrichment({
      groups,
      statusOf: (group) => (resolved.has(group.id) ? 'resolved' : 'open'),
      reconciled: [...reconciled.values()].sort(compareByPosition),
      relations: relations.filter((relation) => rated.has(relation.annotator)),
      reconciledRelations: relations.filter(isReconciled),
      files,
      entityOf: context.entityOf,
      comparedCount: compared.length,
      now,
    });
    for (const annotation of merged.changed)
      reconciled.set(annotation.id, rewrite(annotation, annotation.id, finals));
    relations = [
      ...relations.filter((relation) => !isReconciled(relation)),
      ...merged.reconciledRelations,
    ];
    conflicts.push(...merged.entries);
  }

  const published = copies
    .map((copy) => copy.document.publishedAt)
    .filter((day) => day !== undefined);
  const document: DatasetDocument = {
    id: documentId,
    title: copies[0]!.document.title,
    // Two files giving different days: the earlier, whatever their order.
    ...(published.length === 0 ? {} : { publishedAt: preferred(published, (day) => [day]) }),
    text,
    annotations: [...annotations, ...reconciled.values()].sort(compareByPosition),
  };
  if (relations.length > 0) document.relations = relationsOfDocument(relations);
  if (compared.length > 0 || conflicts.length > 0) {
    const review: DatasetReview = { annotators: compared, conflicts };
    document.review = review;
  }
  return { document, issues: danglingSources(layers, finalOf), dropped };
}

/** Final annotation ids, and merged entity ids. */
interface Finals {
  annotation(annotator: AnnotatorId, id: string): string;
  entity(id: EntityId): EntityId;
}

/**
 * Every copy's annotations, one per annotator and final id, the most recently updated winning.
 * Final ids, not the files' own: an earlier merge renamed a clashing id to the id it gets again
 * here, so the renamed annotation and its original are recognised as one.
 */
function uniteLayers(
  copies: readonly DocumentCopy[],
  finals: Finals,
): Map<AnnotatorId, Map<string, Held>> {
  const layers = new Map<AnnotatorId, Map<string, Held>>();
  for (const { input, index, document } of copies) {
    document.annotations.forEach((annotation, i) => {
      let layer = layers.get(annotation.annotator);
      if (layer === undefined) layers.set(annotation.annotator, (layer = new Map()));
      const id = finals.annotation(annotation.annotator, annotation.id);
      const held = layer.get(id);
      if (held === undefined || supersedes(annotation, held.annotation, id, finals))
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
  finals: Finals,
): boolean {
  const newer = Date.parse(candidate.updatedAt) - Date.parse(kept.updatedAt);
  if (newer !== 0) return newer > 0;
  return JSON.stringify(rewrite(candidate, id, finals)) < JSON.stringify(rewrite(kept, id, finals));
}

/**
 * The annotation with the format's fields only, in the encoder's order, under its final id, its
 * entity the merged one. Takes the model's shape too: an annotation an agreement was carried into.
 */
function rewrite(
  annotation: DatasetAnnotation | Annotation,
  id: string,
  finals: Finals,
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
  if (annotation.entity !== undefined) written.entity = finals.entity(annotation.entity);
  if (annotation.value !== undefined) written.value = annotation.value;
  if (annotation.valueStatus !== undefined) written.valueStatus = annotation.valueStatus;
  if (annotation.provenance !== undefined)
    written.provenance = encodeProvenance(annotation.provenance, finals.annotation);
  return written;
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

function isReconciled(item: { annotator: AnnotatorId }): boolean {
  return item.annotator === RECONCILED_ANNOTATOR;
}

function compareByPosition(a: DatasetAnnotation, b: DatasetAnnotation): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.id, b.id);
}
