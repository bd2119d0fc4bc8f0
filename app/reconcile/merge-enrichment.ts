// Links, entity links and date values in a merge: what the review view does beyond a decided
// span (app/reconcile/enrichment.ts), done without a reviewer. For every reconciled annotation R
// of a group the span decisions left resolved, compareEnrichment compares what each annotator's
// same-span member brings; then, comparison by comparison (each has an id derived from R, its
// kind and what each side brings, so files written by the review view and by merge name it
// alike):
//
// - A file decides it through a review entry with its id: `resolved` stands for what that file's
//   R carries (its links, entity or value); `open` on an agreed comparison means it was reopened
//   (two files had decided it differently), while `open` on a disagreement says nothing (merge
//   writes those). Without an entry, a file whose R carries exactly what the sides agree on has
//   accepted the agreement.
// - Decided alike by one or more files: resolved, its entry kept when a file had one. Decided
//   differently, or reopened: open. In both cases the merged R is the union's most recently
//   updated version, and every file's reconciled links are kept, as for span groups.
// - Decided by nobody: an agreement is carried into R (carryAgreed, decided by nobody:
//   `unanimous` when every rater had the span), replacing R's links with the agreed ones as the
//   review view's accept does; a disagreement is an open entry.

import type { EntityIdentity } from '../entities/same-entity.ts';
import { copyRelation } from '../formats/dataset/encode-enrichment.ts';
import type {
  DatasetAnnotation,
  DatasetDocument,
  DatasetRelation,
} from '../formats/dataset/types.ts';
import type { Annotation } from '../model/annotation.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotationId, AnnotatorId, EntityId } from '../model/ids.ts';
import { BUILT_IN_RELATION_TYPES, type Relation } from '../model/relation.ts';
import {
  isEnrichmentConflictKind,
  RECONCILED_ANNOTATOR,
  type EnrichmentConflictKind,
  type ReviewConflict,
  type ReviewStatus,
} from '../model/review.ts';
import type { SpanGroup } from './compare-layers.ts';
import {
  carryAgreed,
  compareEnrichment,
  linkKey,
  type EnrichmentComparison,
} from './enrichment.ts';

/** What one file says about the comparisons of a document, in final ids. */
export interface FileEnrichment {
  /** Its review's link, entity and value entries: status by id. */
  entries: Map<string, ReviewStatus>;
  /** What each of its reconciled annotations carries, keyed as compareEnrichment keys a side. */
  carries: Map<string, Record<EnrichmentConflictKind, string>>;
}

/**
 * What `document` (one file's copy) says about comparisons; undefined when nothing (no
 * reconciled annotation and no enrichment entry). `finalOf` gives final annotation ids,
 * `entityIdOf` merged entity ids.
 */
export function fileEnrichmentOf(
  document: DatasetDocument,
  finalOf: (annotator: AnnotatorId, id: string) => string,
  entityIdOf: (id: EntityId) => EntityId,
): FileEnrichment | undefined {
  const entries = new Map<string, ReviewStatus>();
  for (const { id, kind, status } of document.review?.conflicts ?? [])
    if (isEnrichmentConflictKind(kind) && entries.get(id) !== 'open') entries.set(id, status);
  const links = new Map<string, string[]>();
  for (const relation of document.relations ?? []) {
    if (relation.annotator !== RECONCILED_ANNOTATOR) continue;
    const from = finalOf(RECONCILED_ANNOTATOR, relation.from);
    const key = linkKey({
      type: relation.type,
      to: finalOf(RECONCILED_ANNOTATOR, relation.to) as AnnotationId,
    });
    const known = links.get(from);
    if (known === undefined) links.set(from, [key]);
    else known.push(key);
  }
  const carries = new Map<string, Record<EnrichmentConflictKind, string>>();
  for (const annotation of document.annotations) {
    if (annotation.annotator !== RECONCILED_ANNOTATOR) continue;
    const id = finalOf(RECONCILED_ANNOTATOR, annotation.id);
    carries.set(id, {
      link: (links.get(id) ?? []).sort(compareStrings).join('\n'),
      entity: annotation.entity === undefined ? '' : entityIdOf(annotation.entity),
      value: annotation.value ?? '',
    });
  }
  return entries.size === 0 && carries.size === 0 ? undefined : { entries, carries };
}

/** What merging a document's enrichment needs, every id final. */
export interface EnrichmentMergeInput {
  groups: readonly SpanGroup<DatasetAnnotation>[];
  /** Each group's status after the span decisions: only resolved groups' comparisons count. */
  statusOf(group: SpanGroup<DatasetAnnotation>): ReviewStatus;
  /** The merged reconciled layer. */
  reconciled: readonly DatasetAnnotation[];
  /** The raters' relations, and the reconciled layer's. */
  relations: readonly DatasetRelation[];
  reconciledRelations: readonly DatasetRelation[];
  files: readonly FileEnrichment[];
  entityOf(id: EntityId): EntityIdentity | undefined;
  /** How many raters the review compares. */
  comparedCount: number;
  now: Date;
}

export interface MergedEnrichment {
  /** The reconciled annotations that carried an agreement, as decideEnrichment left them. */
  changed: Annotation[];
  reconciledRelations: DatasetRelation[];
  /** The review entries of the comparisons, in the order of the reconciled layer. */
  entries: ReviewConflict[];
}

/**
 * What compareEnrichment and decideEnrichment read of an annotation (never its document, context
 * or note; a decision copies the rest as it is, and the merge re-encodes it field by field), which
 * a dataset annotation holds alike: the merge hands them the file's annotations rather than
 * copying 200,000 of them into the model's shape. This function fails to compile if that stops
 * being so.
 */
function asCompared(annotation: DatasetAnnotation): CompareRead {
  return annotation;
}
/** Likewise for relations: never read for their document. */
function asComparedRelation(relation: DatasetRelation): CompareReadRelation {
  return relation;
}
type CompareReadRelation = Pick<
  Relation,
  'id' | 'type' | 'from' | 'to' | 'annotator' | 'createdAt' | 'updatedAt' | 'provenance'
>;
type CompareRead = Pick<
  Annotation,
  | 'id'
  | 'label'
  | 'start'
  | 'end'
  | 'quote'
  | 'annotator'
  | 'createdAt'
  | 'updatedAt'
  | 'provenance'
  | 'entity'
  | 'value'
  | 'valueStatus'
>;

const REOPENED = '\u0000reopened';

/** The document's comparisons settled as the top of this file says. */
export function mergeEnrichment(input: EnrichmentMergeInput): MergedEnrichment {
  const { groups, reconciled } = comparable(input);
  const comparisons = compareEnrichment({
    groups: groups as unknown as SpanGroup[],
    statusOf: (group) => input.statusOf(group as unknown as SpanGroup<DatasetAnnotation>),
    // Without their document: it would only name the document of the reconciled relations a
    // decision makes, which the file lists under their document.
    reconciled: reconciled as Annotation[],
    relations: input.relations.map(asComparedRelation) as Relation[],
    reconciledRelations: input.reconciledRelations.map(asComparedRelation) as Relation[],
    // Decisions are weighed here, file by file, rather than looked up by compareEnrichment.
    conflicts: [],
    entityOf: input.entityOf,
  }).filter((comparison) => input.statusOf(comparison.group) === 'resolved');

  const entries: ReviewConflict[] = [];
  const toCarry: EnrichmentComparison[] = [];
  for (const comparison of comparisons) {
    const { status, hadEntry } = settle(comparison, input.files);
    if (status === 'open' || (status === 'resolved' && hadEntry))
      entries.push(entryOf(comparison, status));
    else if (comparison.agreed) toCarry.push(comparison);
    else entries.push(entryOf(comparison, 'open'));
  }

  const from = new Map<AnnotationId, Relation[]>();
  for (const relation of input.reconciledRelations as Relation[]) {
    const list = from.get(relation.from);
    if (list === undefined) from.set(relation.from, [relation]);
    else list.push(relation);
  }
  const outcomes = carryAgreed(
    toCarry,
    (id) => from.get(id) ?? [],
    input.comparedCount,
    null,
    input.now,
  );
  const changed = new Map<AnnotationId, Annotation>();
  const removed = new Set<string>();
  const added: DatasetRelation[] = [];
  for (const outcome of outcomes) {
    if (outcome.after !== outcome.before) {
      changed.set(outcome.after.id, outcome.after);
      continue;
    }
    // Links carried again as they are keep their provenance: merging twice changes nothing.
    const links = oneOfEachSingleType(outcome.addedRelations);
    if (sameLinks(links, outcome.removedRelations)) continue;
    for (const relation of outcome.removedRelations) removed.add(relation.id);
    added.push(...links.map(copyRelation));
  }
  return {
    changed: [...changed.values()],
    reconciledRelations:
      outcomes.length === 0
        ? [...input.reconciledRelations]
        : [...input.reconciledRelations.filter((relation) => !removed.has(relation.id)), ...added],
    entries,
  };
}

/**
 * The reconciled annotations and groups compareEnrichment needs to see. Something beyond the
 * spans (a link from or to a member, a member's entity or value, or a reconciled annotation's)
 * makes a group worth comparing; every reconciled annotation citing one of its members is then
 * needed, since a decision citing a member changes which members count as another decision's
 * sides and where a link's endpoint lands, and so is every group those cite, since a decision's
 * group is that of the first member it cites. The rest have nothing to compare: in the bench's
 * merge of 2 × 100,000 annotations, three reconciled annotations in five.
 */
function comparable(input: EnrichmentMergeInput): {
  groups: SpanGroup<DatasetAnnotation>[];
  reconciled: CompareRead[];
} {
  const wanted = new Set<string>();
  for (const { from, to } of input.relations) wanted.add(from).add(to);
  const linked = new Set<string>();
  for (const { from, to } of input.reconciledRelations) linked.add(from).add(to);
  for (const annotation of input.reconciled)
    if (
      annotation.entity !== undefined ||
      annotation.value !== undefined ||
      linked.has(annotation.id)
    )
      for (const { annotationId } of annotation.provenance?.sources ?? []) wanted.add(annotationId);
  const inWantedGroup = new Set<string>();
  for (const { members } of input.groups)
    if (
      members.some(
        (member) =>
          wanted.has(member.id) || member.entity !== undefined || member.value !== undefined,
      )
    )
      for (const member of members) inWantedGroup.add(member.id);
  const reconciled = input.reconciled.filter((annotation) =>
    annotation.provenance?.sources.some((source) => inWantedGroup.has(source.annotationId)),
  );
  const cited = new Set<string>();
  for (const annotation of reconciled)
    for (const { annotationId } of annotation.provenance?.sources ?? []) cited.add(annotationId);
  const groups = input.groups.filter(({ members }) =>
    members.some((member) => inWantedGroup.has(member.id) || cited.has(member.id)),
  );
  return { groups, reconciled: reconciled.map(asCompared) };
}

/** A comparison's status after weighing every file's decision about it. */
function settle(
  comparison: EnrichmentComparison,
  files: readonly FileEnrichment[],
): { status: ReviewStatus | 'undecided'; hadEntry: boolean } {
  const views = new Set<string>();
  let hadEntry = false;
  const agreedKey = comparison.agreed ? comparison.sides[0]!.key : undefined;
  for (const file of files) {
    const entry = file.entries.get(comparison.id);
    const carried = file.carries.get(comparison.reconciled.id)?.[comparison.kind];
    if (entry === 'resolved') {
      views.add(carried ?? '');
      hadEntry = true;
    } else if (entry === 'open') {
      if (agreedKey !== undefined) views.add(REOPENED);
    } else if (agreedKey !== undefined && carried === agreedKey) views.add(carried);
  }
  if (views.size === 0) return { status: 'undecided', hadEntry };
  return { status: views.has(REOPENED) || views.size > 1 ? 'open' : 'resolved', hadEntry };
}

function entryOf(comparison: EnrichmentComparison, status: ReviewStatus): ReviewConflict {
  return {
    id: comparison.id,
    kind: comparison.kind,
    annotations: comparison.sides.flatMap((side) => side.members.map((member) => member.id)),
    status,
  };
}

function sameLinks(a: readonly Relation[], b: readonly Relation[]): boolean {
  const keys = (relations: readonly Relation[]) =>
    relations.map(linkKey).sort(compareStrings).join('\n');
  return a.length === b.length && keys(a) === keys(b);
}

const SINGLE_TYPES = new Set<string>(
  BUILT_IN_RELATION_TYPES.filter((type) => type.single === true).map((type) => type.id),
);

/**
 * The links an agreement carries, keeping the first of a type a claim may have only one of. Two
 * arise only when each annotator gave one claim twice, each copy its own date: carrying both
 * would make a file `marginalia validate` refuses. The comparison then shows as not carried, and
 * is carried again, to the same links, on every merge (sameLinks keeps those as they are).
 */
function oneOfEachSingleType(relations: readonly Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    if (!SINGLE_TYPES.has(relation.type)) return true;
    if (seen.has(relation.type)) return false;
    seen.add(relation.type);
    return true;
  });
}
