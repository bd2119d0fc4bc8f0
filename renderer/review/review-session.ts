// The review of one document: every layer's annotations, the annotators compared, their span
// groups (compareLayers) and the reconciled layer the decisions make. A decision is a list of
// changes (the reconciled annotations it removes and adds, and the review row before and after)
// committed through the database's change hub, like any edit: applied here in memory first,
// recorded in the document's undo history (shared with its document screen), written in one
// transaction.

import { compareAnnotations, type Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId, AnnotatorId, DocumentId, SpanGroupId } from '../../app/model/ids.ts';
import {
  RECONCILED_ANNOTATOR,
  type DocumentReview,
  type ReviewConflict,
  type ReviewStatus,
} from '../../app/model/review.ts';
import { compareStrings } from '../../app/model/compare-strings.ts';
import { compareLayers, type SpanGroup } from '../../app/reconcile/compare-layers.ts';
import {
  acceptAllAgreed,
  acceptMembers,
  editDecision,
  rejectGroup,
  type GroupOutcome,
  type SpanEdit,
} from '../../app/reconcile/decisions.ts';
import {
  applyChange,
  changeFor,
  type ReconciledLayer,
} from '../../app/reconcile/reconciled-layer.ts';
import {
  carryAgreed,
  compareEnrichment,
  decideEnrichment,
  reviewEntryOf,
  type EnrichmentChoice,
  type EnrichmentComparison,
  type EnrichmentOutcome,
} from '../../app/reconcile/enrichment.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import type { Relation } from '../../app/model/relation.ts';
import type { EnrichmentConflictKind, ReviewConflictKind } from '../../app/model/review.ts';
import { spansOverlapping } from '../../app/model/spans-overlapping.ts';
import { CodePointIndex } from '../../app/text/code-points.ts';
import { ParagraphTable } from '../../app/text/paragraphs.ts';
import { isAnnotationChange, type Change } from '../changes/change.ts';
import type { ChangeHolder, ChangeHub } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { readDocumentAnnotations, readDocumentRelations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

export interface ReviewCounts {
  open: number;
  resolved: number;
  openByKind: Partial<Record<ReviewConflictKind, number>>;
}

/**
 * What the reviewer is on: a span group, or one enrichment comparison of a decided group
 * (app/reconcile/enrichment.ts). `n`/`p` walk both, in reading order.
 */
export interface ReviewItem {
  group: SpanGroup;
  /** The comparison's id when the item is an enrichment conflict. */
  comparison: SpanGroupId | null;
}

/** The kinds the header counts, in the order it lists them. */
export const COUNTED_KINDS: readonly ReviewConflictKind[] = [
  'label',
  'boundary',
  'single',
  'partial',
  'link',
  'entity',
  'value',
  'agreed',
];

/** What the review calls each enrichment aspect, in a decision's description. */
const ENRICHMENT_NAMES: Record<EnrichmentConflictKind, string> = {
  link: 'links',
  entity: 'entity',
  value: 'value',
};

export class ReviewSession implements ChangeHolder {
  readonly index: CodePointIndex;
  readonly paragraphs: ParagraphTable;
  /** Every annotator with a layer on the document, the reconciled layer excepted, sorted. */
  readonly layerAnnotators: AnnotatorId[];
  private annotatorsChosen: AnnotatorId[];
  private groupList: SpanGroup[] = [];
  private statuses = new Map<SpanGroupId, ReviewStatus>();
  private layer: ReconciledLayer;
  /** The compared annotators' layers; the reconciled layer is `layer`. */
  private sources: Annotation[];
  /** The annotators' relations, and the reconciled layer's. */
  private sourceRelations: Relation[];
  private reconciledRelations: Relation[];
  private entities: Map<EntityId, Entity>;
  private comparisonList: EnrichmentComparison[] = [];
  /** Decided groups with an enrichment conflict still open. */
  private openEnrichment = new Set<SpanGroupId>();
  /**
   * The comparisons of the state a decision leads to, computed while deciding: applying exactly
   * that decision reuses them rather than comparing the whole document a second time.
   */
  private decided: { changes: readonly Change[]; comparisons: EnrichmentComparison[] } | null =
    null;
  /** How many links, entities and values the last decision carried along because every side agreed. */
  carriedByLastDecision = 0;
  /** The review row as the database holds it: a decision's change replaces it. */
  private storedReview: DocumentReview | null;
  private readonly hub: ChangeHub;
  private readonly detach: () => void;
  private readonly stopErrors: () => void;
  private readonly listeners = new Set<() => void>();
  /** The longest group, in code points: bounds the search for groups overlapping a range. */
  private maxLength = 0;
  version = 0;

  constructor(
    private readonly db: MarginaliaDatabase,
    readonly documentId: DocumentId,
    readonly text: string,
    /** The annotators' layers (the reconciled layer is taken out of them). */
    annotations: readonly Annotation[],
    review: DocumentReview | undefined,
    /** Every layer's relations on the document. */
    relations: readonly Relation[] = [],
    /** The library's entities, to compare entity links by the matching rule. */
    entities: readonly Entity[] = [],
  ) {
    this.hub = changeHubOf(db);
    this.sourceRelations = relations.filter(
      (relation) => relation.annotator !== RECONCILED_ANNOTATOR,
    );
    this.reconciledRelations = relations.filter(
      (relation) => relation.annotator === RECONCILED_ANNOTATOR,
    );
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
    this.index = new CodePointIndex(text);
    this.paragraphs = new ParagraphTable(text);
    this.storedReview = review ?? null;
    this.sources = annotations.filter(
      (annotation) => annotation.annotator !== RECONCILED_ANNOTATOR,
    );
    this.layer = {
      // ReconciledLayer keeps them sorted; the journal holds them in the order they were decided.
      annotations: annotations
        .filter((annotation) => annotation.annotator === RECONCILED_ANNOTATOR)
        .sort(compareAnnotations),
      conflicts: review?.conflicts ?? [],
    };
    this.layerAnnotators = [
      ...new Set(this.sources.map((annotation) => annotation.annotator)),
    ].sort(compareStrings);
    const remembered = review?.annotators.filter((id) => this.layerAnnotators.includes(id)) ?? [];
    this.annotatorsChosen = remembered.length >= 2 ? remembered : [...this.layerAnnotators];
    this.regroup();
    this.detach = this.hub.attach(documentId, this);
    this.stopErrors = this.hub.subscribeErrors(() => this.notify());
  }

  /** Stops being the in-memory truth of the document (the screen closed). */
  dispose(): void {
    this.detach();
    this.stopErrors();
  }

  /** The last write that failed; null when all is saved. */
  get writeError(): string | null {
    return this.hub.writeError;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  get annotators(): readonly AnnotatorId[] {
    return this.annotatorsChosen;
  }

  /** The groups of the chosen annotators, in reading order. Do not mutate. */
  get groups(): readonly SpanGroup[] {
    return this.groupList;
  }

  get reconciled(): readonly Annotation[] {
    return this.layer.annotations;
  }

  /** Compares other annotators; fewer than two leaves nothing to compare (no groups). */
  chooseAnnotators(annotators: readonly AnnotatorId[]): void {
    this.annotatorsChosen = this.layerAnnotators.filter((id) => annotators.includes(id));
    this.regroup();
    this.notify();
  }

  group(id: SpanGroupId | null): SpanGroup | undefined {
    return id === null ? undefined : this.groupList.find((group) => group.id === id);
  }

  statusOf(group: SpanGroup): ReviewStatus {
    return this.statuses.get(group.id) ?? 'open';
  }

  /** The review entry of a group, when a decision or an earlier review wrote one. */
  entryOf(group: SpanGroup): ReviewConflict | undefined {
    return this.layer.conflicts.find((conflict) => conflict.id === group.id);
  }

  /** The reconciled annotations a decision about this group made. */
  decisionOf(group: SpanGroup): Annotation[] {
    const members = new Set<string>(group.members.map((member) => member.id));
    return this.layer.annotations.filter((annotation) =>
      annotation.provenance?.sources.some((source) => members.has(source.annotationId)),
    );
  }

  /** The enrichment comparisons of the group's decided annotations (none until its spans are decided). */
  comparisonsOf(group: SpanGroup): EnrichmentComparison[] {
    if (this.statusOf(group) !== 'resolved') return [];
    return this.comparisonList.filter((comparison) => comparison.group.id === group.id);
  }

  comparison(id: SpanGroupId | null): EnrichmentComparison | undefined {
    return id === null ? undefined : this.comparisonList.find((comparison) => comparison.id === id);
  }

  /**
   * What accepting an open agreed group as it is would compare beyond the span: its links,
   * entity and value as each annotator gave them, for the reviewer to see before deciding.
   */
  previewComparisons(group: SpanGroup): EnrichmentComparison[] {
    if (group.kind !== 'agreed' || this.statusOf(group) !== 'open') return [];
    // As "accept all agreed" would: the group, and the open agreed groups its links point into.
    const members = new Set<string>(group.members.map((member) => member.id));
    const targets = new Set<string>(
      this.sourceRelations
        .filter((relation) => members.has(relation.from))
        .map((relation) => relation.to),
    );
    const accepted = this.groupList.filter(
      (other) =>
        other === group ||
        (other.kind === 'agreed' &&
          this.statusOf(other) === 'open' &&
          other.members.some((member) => targets.has(member.id))),
    );
    const outcomes = acceptAllAgreed(accepted, null, new Date(0));
    const hypothetical = outcomes.flatMap((outcome) => outcome.annotations);
    const acceptedIds = new Set(accepted.map((other) => other.id));
    return compareEnrichment({
      groups: this.groupList,
      statusOf: (other) => (acceptedIds.has(other.id) ? 'resolved' : this.statusOf(other)),
      reconciled: [...this.layer.annotations, ...hypothetical],
      relations: this.comparedRelations(),
      reconciledRelations: this.reconciledRelations,
      conflicts: this.layer.conflicts,
      entityOf: (id) => this.entities.get(id),
      only: new Set(
        outcomes
          .find((outcome) => outcome.group === group.id)!
          .annotations.map((annotation) => annotation.id),
      ),
    });
  }

  /** The reconciled relations starting from a reconciled annotation. */
  reconciledRelationsFrom(id: AnnotationId): Relation[] {
    return this.reconciledRelations.filter((relation) => relation.from === id);
  }

  /** The reconciled annotations, any decision's, that a link could point at. */
  reconciledAnnotation(id: AnnotationId): Annotation | undefined {
    return this.layer.annotations.find((annotation) => annotation.id === id);
  }

  entity(id: EntityId): Entity | undefined {
    return this.entities.get(id);
  }

  /** The library's entities by name, for setting an entity by hand. */
  entityList(): Entity[] {
    return [...this.entities.values()].sort((a, b) => compareStrings(a.name, b.name));
  }

  /** An annotation of the compared annotators' layers. */
  sourceAnnotation(id: AnnotationId): Annotation | undefined {
    return this.sources.find((annotation) => annotation.id === id);
  }

  /** Whether a comparison is a conflict the reviewer still has to settle. */
  isOpenConflict(comparison: EnrichmentComparison): boolean {
    return (
      comparison.status === 'open' &&
      !comparison.agreed &&
      this.statusOf(comparison.group) === 'resolved'
    );
  }

  counts(): ReviewCounts {
    const counts: ReviewCounts = { open: 0, resolved: 0, openByKind: {} };
    for (const group of this.groupList) {
      if (this.statusOf(group) === 'resolved') counts.resolved++;
      else {
        counts.open++;
        counts.openByKind[group.kind] = (counts.openByKind[group.kind] ?? 0) + 1;
      }
    }
    for (const comparison of this.comparisonList) {
      if (this.statusOf(comparison.group) !== 'resolved' || comparison.agreed) continue;
      if (comparison.status === 'resolved') counts.resolved++;
      else {
        counts.open++;
        counts.openByKind[comparison.kind] = (counts.openByKind[comparison.kind] ?? 0) + 1;
      }
    }
    return counts;
  }

  /**
   * The next (or previous) open item after `from`, wrapping around; null when none is open. An
   * item is an open span group or, after it in reading order, an open enrichment conflict of a
   * decided group.
   */
  nextOpen(from: ReviewItem | SpanGroupId | null, direction: 1 | -1): ReviewItem | null {
    const items: ReviewItem[] = [];
    const conflictsOf = new Map<SpanGroupId, EnrichmentComparison[]>();
    for (const comparison of this.comparisonList)
      if (this.isOpenConflict(comparison)) {
        const list = conflictsOf.get(comparison.group.id);
        if (list) list.push(comparison);
        else conflictsOf.set(comparison.group.id, [comparison]);
      }
    let at = -1;
    const fromItem = typeof from === 'string' ? { group: { id: from }, comparison: null } : from;
    for (const group of this.groupList) {
      if (fromItem && fromItem.group.id === group.id && fromItem.comparison === null)
        at = items.length;
      items.push({ group, comparison: null });
      for (const comparison of conflictsOf.get(group.id) ?? []) {
        if (fromItem && fromItem.comparison === comparison.id) at = items.length;
        items.push({ group, comparison: comparison.id });
      }
    }
    if (items.length === 0) return null;
    const isOpen = (item: ReviewItem) =>
      item.comparison !== null || this.statusOf(item.group) === 'open';
    const first = at < 0 ? (direction > 0 ? 0 : items.length - 1) : at + direction;
    for (let step = 0; step < items.length; step++) {
      const item =
        items[(((first + direction * step) % items.length) + items.length) % items.length]!;
      if (isOpen(item)) return item;
    }
    return null;
  }

  /** Groups overlapping [start, end) in code points, in reading order. */
  groupsOverlapping(start: number, end: number): SpanGroup[] {
    return spansOverlapping(this.groupList, this.maxLength, start, end);
  }

  /** Groups covering a code-point offset, shortest first. */
  groupsAt(offset: number): SpanGroup[] {
    return this.groupsOverlapping(offset, offset + 1).sort(
      (a, b) => a.end - a.start - (b.end - b.start),
    );
  }

  accept(
    group: SpanGroup,
    memberIds: readonly AnnotationId[],
    decidedBy: AnnotatorId,
    now = new Date(),
  ): void {
    const outcome = acceptMembers(group, memberIds, decidedBy, now);
    this.decide(
      memberIds.length === group.members.length ? 'Accept all' : 'Accept',
      [outcome],
      [],
      decidedBy,
      now,
    );
  }

  reject(group: SpanGroup, decidedBy: AnnotatorId | null = null, now = new Date()): void {
    this.decide('Reject', [rejectGroup(group)], [], decidedBy, now);
  }

  edit(group: SpanGroup, edit: SpanEdit, decidedBy: AnnotatorId, now = new Date()): void {
    this.decide('Edit', [editDecision(group, edit, this.text, decidedBy, now)], [], decidedBy, now);
  }

  /**
   * Accepts every open agreed group as it is, with the links, entities and values every annotator
   * agrees on; one undo step. Returns how many groups.
   */
  acceptAllAgreed(decidedBy: AnnotatorId, now = new Date()): number {
    const open = this.groupList.filter((group) => this.statusOf(group) === 'open');
    const outcomes = acceptAllAgreed(open, decidedBy, now);
    if (
      outcomes.length > 0 ||
      this.comparisonList.some((c) => c.agreed && !c.carried && c.entry === undefined)
    )
      this.decide('Accept all agreed', outcomes, [], decidedBy, now);
    return outcomes.length;
  }

  /** Settles an enrichment comparison: accept sides, reject, or set by hand. */
  decideEnrichment(
    comparison: EnrichmentComparison,
    choice: EnrichmentChoice,
    decidedBy: AnnotatorId,
    now = new Date(),
  ): void {
    const outcome = decideEnrichment(
      comparison,
      choice,
      this.reconciledRelationsFrom(comparison.reconciled.id),
      this.annotatorsChosen.length,
      decidedBy,
      now,
    );
    const what = ENRICHMENT_NAMES[comparison.kind];
    const description =
      choice.kind === 'accept'
        ? `Accept ${what}`
        : choice.kind === 'reject'
          ? `Reject ${what}`
          : `Set ${what}`;
    this.decide(description, [], [outcome], decidedBy, now);
  }

  get canUndo(): boolean {
    return this.hub.history(this.documentId).canUndo;
  }

  get canRedo(): boolean {
    return this.hub.history(this.documentId).canRedo;
  }

  get nextUndo(): string | null {
    return this.hub.history(this.documentId).nextUndo ?? null;
  }

  get nextRedo(): string | null {
    return this.hub.history(this.documentId).nextRedo ?? null;
  }

  undo(): boolean {
    return this.hub.undo(this.documentId);
  }

  redo(): boolean {
    return this.hub.redo(this.documentId);
  }

  /** Resolves when every decision so far is in the database. */
  whenPersisted(): Promise<void> {
    return this.hub.whenPersisted();
  }

  /**
   * Commits span decisions and enrichment decisions as one step. After the spans, reconciled
   * relations left without an endpoint are removed, and whatever the annotators agree on beyond
   * the spans (links whose endpoints are now reconciled, entities, values) is carried along.
   */
  private decide(
    description: string,
    outcomes: readonly GroupOutcome[],
    enrichment: readonly EnrichmentOutcome[],
    decidedBy: AnnotatorId | null,
    now: Date,
  ): void {
    // Each change is computed against the layer the previous one left, as applying them will.
    let layer = this.layer;
    const annotationChanges = new Map<
      AnnotationId,
      { before: Annotation | null; after: Annotation | null }
    >();
    const record = (before: Annotation | null, after: Annotation | null) => {
      const id = (before ?? after)!.id;
      const earlier = annotationChanges.get(id);
      annotationChanges.set(id, { before: earlier ? earlier.before : before, after });
    };
    for (const outcome of outcomes) {
      const change = changeFor(layer, outcome);
      layer = applyChange(layer, change);
      for (const annotation of change.removed) record(annotation, null);
      for (const annotation of change.added) record(null, annotation);
    }
    let relations = this.reconciledRelations;
    const relationChanges: Change[] = [];
    const removeRelations = (gone: readonly Relation[]) => {
      if (gone.length === 0) return;
      const ids = new Set(gone.map((relation) => relation.id));
      for (const relation of relations)
        if (ids.has(relation.id))
          relationChanges.push({ kind: 'relation', before: relation, after: null });
      relations = relations.filter((relation) => !ids.has(relation.id));
    };
    // Enrichment outcomes change annotations of the layer in place of the old: gathered, then
    // applied at once (accepting every agreed span of a long document carries thousands).
    const replaced = new Map<AnnotationId, Annotation>();
    const byId = new Map(layer.annotations.map((annotation) => [annotation.id, annotation]));
    const entriesAdded: ReviewConflict[] = [];
    const applyEnrichment = (outcome: EnrichmentOutcome) => {
      const current = replaced.get(outcome.after.id) ?? byId.get(outcome.after.id);
      if (current && current !== outcome.after) {
        record(current, outcome.after);
        replaced.set(current.id, outcome.after);
      }
      removeRelations(outcome.removedRelations);
      if (outcome.addedRelations.length > 0) {
        relations = relations.concat(outcome.addedRelations);
        for (const relation of outcome.addedRelations)
          relationChanges.push({ kind: 'relation', before: null, after: relation });
      }
      if (outcome.entry) entriesAdded.push(outcome.entry);
    };
    const settle = () => {
      if (replaced.size > 0)
        layer = {
          ...layer,
          annotations: layer.annotations.map(
            (annotation) => replaced.get(annotation.id) ?? annotation,
          ),
        };
      if (entriesAdded.length > 0) {
        const ids = new Set(entriesAdded.map((entry) => entry.id));
        layer = {
          ...layer,
          conflicts: [
            ...layer.conflicts.filter((conflict) => !ids.has(conflict.id)),
            ...entriesAdded,
          ],
        };
      }
      replaced.clear();
      entriesAdded.length = 0;
    };
    // Relations whose endpoints a span decision removed go with them.
    const present = new Set(layer.annotations.map((annotation) => annotation.id));
    const dangling = relations.filter(
      (relation) => !present.has(relation.from) || !present.has(relation.to),
    );
    removeRelations(dangling);
    for (const outcome of enrichment) applyEnrichment(outcome);
    settle();
    const statuses = this.statusesOf(layer);
    const statusOf = (group: SpanGroup) => statuses.get(group.id) ?? 'open';
    let comparisons = this.comparisonsAfter(
      layer,
      relations,
      statusOf,
      outcomes,
      enrichment,
      dangling,
    );
    const relationsFromIndex = new Map<AnnotationId, Relation[]>();
    for (const relation of relations) {
      const list = relationsFromIndex.get(relation.from);
      if (list) list.push(relation);
      else relationsFromIndex.set(relation.from, [relation]);
    }
    const carried = carryAgreed(
      comparisons,
      (id) => relationsFromIndex.get(id) ?? [],
      this.annotatorsChosen.length,
      decidedBy,
      now,
      statusOf,
    );
    for (const outcome of carried) applyEnrichment(outcome);
    settle();
    this.carriedByLastDecision = carried.length;
    if (carried.length > 0) {
      // Only what was carried changed: bring those comparisons up to date rather than comparing again.
      const settled = new Set(carried.map((outcome) => outcome.comparison));
      const latest = new Map(carried.map((outcome) => [outcome.after.id, outcome.after]));
      comparisons = comparisons.map((comparison) => {
        const reconciled = latest.get(comparison.reconciled.id) ?? comparison.reconciled;
        if (!settled.has(comparison.id))
          return reconciled === comparison.reconciled ? comparison : { ...comparison, reconciled };
        return { ...comparison, reconciled, carried: true, status: 'resolved' };
      });
    }

    const changes: Change[] = [...annotationChanges.values()].filter(
      (change) => change.before !== change.after,
    );
    changes.push(...relationChanges);
    changes.push({
      kind: 'review',
      documentId: this.documentId,
      before: this.storedReview,
      after: this.reviewOf(layer, comparisons, statusOf),
    });
    this.decided = { changes, comparisons };
    this.hub.commit(this.documentId, description, changes);
    this.decided = null;
  }

  /**
   * The comparisons after a decision, compared again only where it can have changed them: the
   * reconciled annotations of the decided groups, of the groups whose members link into them, of
   * the enrichment decided, and of those that lost a link with a removed annotation. The others
   * keep theirs (a test holds this to comparing everything).
   */
  private comparisonsAfter(
    layer: ReconciledLayer,
    relations: readonly Relation[],
    statusOf: (group: SpanGroup) => ReviewStatus,
    outcomes: readonly GroupOutcome[],
    enrichment: readonly EnrichmentOutcome[],
    dangling: readonly Relation[],
  ): EnrichmentComparison[] {
    if (this.groupList.length === 0) return [];
    const groupOfMember = this.groupOfMember();
    const decidedMembers = new Set<string>(outcomes.flatMap((outcome) => outcome.members));
    const groups = new Set<SpanGroupId>(outcomes.map((outcome) => outcome.group));
    for (const relation of this.comparedRelations())
      if (decidedMembers.has(relation.to)) {
        const group = groupOfMember.get(relation.from);
        if (group) groups.add(group.id);
      }
    const affected = new Set<AnnotationId>([
      ...enrichment.map((outcome) => outcome.after.id),
      ...dangling.map((relation) => relation.from),
    ]);
    for (const annotation of layer.annotations)
      for (const source of annotation.provenance?.sources ?? []) {
        const group = groupOfMember.get(source.annotationId);
        if (group && groups.has(group.id)) {
          affected.add(annotation.id);
          break;
        }
      }
    const present = new Set(layer.annotations.map((annotation) => annotation.id));
    const kept = this.comparisonList.filter(
      (comparison) =>
        present.has(comparison.reconciled.id) && !affected.has(comparison.reconciled.id),
    );
    const fresh = compareEnrichment({
      groups: this.groupList,
      statusOf,
      reconciled: layer.annotations,
      relations: this.comparedRelations(),
      reconciledRelations: relations,
      conflicts: layer.conflicts,
      entityOf: (id) => this.entities.get(id),
      only: affected,
    });
    return kept.concat(fresh);
  }

  private groupOfMemberCache: {
    groups: readonly SpanGroup[];
    index: Map<string, SpanGroup>;
  } | null = null;

  /** Which group each member of the current groups is in. */
  private groupOfMember(): Map<string, SpanGroup> {
    if (this.groupOfMemberCache?.groups !== this.groupList) {
      const index = new Map<string, SpanGroup>();
      for (const group of this.groupList)
        for (const member of group.members) index.set(member.id, group);
      this.groupOfMemberCache = { groups: this.groupList, index };
    }
    return this.groupOfMemberCache.index;
  }

  /** ChangeHolder: applies the changes that fit the layers in memory. */
  applyChanges(requested: readonly Change[]): { applied: Change[] } {
    const applied: Change[] = [];
    const annotations = new Map(
      this.layer.annotations.map((annotation) => [annotation.id, annotation]),
    );
    let sources: Map<AnnotationId, Annotation> | null = null;
    let relations: { sources: Map<string, Relation>; reconciled: Map<string, Relation> } | null =
      null;
    let conflicts = this.layer.conflicts;
    for (const change of requested) {
      if (isAnnotationChange(change)) {
        const subject = (change.after ?? change.before)!;
        const reconciled = subject.annotator === RECONCILED_ANNOTATOR;
        if (!reconciled)
          sources ??= new Map(this.sources.map((annotation) => [annotation.id, annotation]));
        const target = reconciled ? annotations : sources!;
        const previous = change.before ? target.get(change.before.id) : undefined;
        if (change.before ? !previous : target.has(change.after!.id)) continue;
        if (previous) target.delete(previous.id);
        if (change.after) target.set(change.after.id, change.after);
        applied.push({ ...change, before: previous ?? null });
      } else if (change.kind === 'relation') {
        relations ??= {
          sources: new Map(this.sourceRelations.map((relation) => [relation.id, relation])),
          reconciled: new Map(this.reconciledRelations.map((relation) => [relation.id, relation])),
        };
        const subject = (change.after ?? change.before)!;
        const target =
          subject.annotator === RECONCILED_ANNOTATOR ? relations.reconciled : relations.sources;
        const previous = change.before ? target.get(change.before.id) : undefined;
        if (change.before ? !previous : target.has(change.after!.id)) continue;
        if (previous) target.delete(previous.id);
        if (change.after) target.set(change.after.id, change.after);
        applied.push({ ...change, before: previous ?? null });
      } else if (change.kind === 'entity') {
        if (change.before) this.entities.delete(change.before.id);
        if (change.after) this.entities.set(change.after.id, change.after);
        applied.push(change);
      } else if (change.kind === 'review') {
        applied.push({ ...change, before: this.storedReview });
        this.storedReview = change.after;
        conflicts = change.after?.conflicts ?? [];
      } else {
        applied.push(change);
      }
    }
    this.layer = { annotations: [...annotations.values()].sort(compareAnnotations), conflicts };
    if (relations !== null) {
      this.sourceRelations = [...relations.sources.values()];
      this.reconciledRelations = [...relations.reconciled.values()];
    }
    const decided = this.decided;
    const asDecided =
      decided !== null &&
      sources === null &&
      requested.length === decided.changes.length &&
      requested.every((change, i) => change === decided.changes[i]) &&
      applied.length === requested.length;
    if (sources !== null) {
      this.sources = [...sources.values()];
      this.regroup();
    } else this.updateStatuses(asDecided ? decided.comparisons : undefined);
    return { applied };
  }

  /** ChangeHolder: what it applied is in memory and being written. */
  changesApplied(): void {
    this.notify();
  }

  /** ChangeHolder: an import or a restore wrote to the document; read every layer again. */
  async reload(): Promise<void> {
    const [annotations, review, relations, entities] = await Promise.all([
      readDocumentAnnotations(this.db, this.documentId),
      this.db.reviews.get(this.documentId),
      readDocumentRelations(this.db, this.documentId),
      this.db.entities.toArray(),
    ]);
    this.storedReview = review ?? null;
    this.sourceRelations = relations.filter(
      (relation) => relation.annotator !== RECONCILED_ANNOTATOR,
    );
    this.reconciledRelations = relations.filter(
      (relation) => relation.annotator === RECONCILED_ANNOTATOR,
    );
    this.entities = new Map(entities.map((entity) => [entity.id, entity]));
    this.sources = annotations.filter(
      (annotation) => annotation.annotator !== RECONCILED_ANNOTATOR,
    );
    this.layer = {
      annotations: annotations
        .filter((annotation) => annotation.annotator === RECONCILED_ANNOTATOR)
        .sort(compareAnnotations),
      conflicts: review?.conflicts ?? [],
    };
    this.regroup();
    this.notify();
  }

  /**
   * The review as stored and exported: the chosen annotators and the entries of the current
   * groups — decided ones as decided, undecided ones (agreed groups aside) open. Entries of
   * groups that are not current (another choice of annotators, a member since deleted) are
   * left out: an export's review may only name annotations of the compared annotators.
   */
  review(): DocumentReview {
    return this.reviewOf(this.layer, this.comparisonList, (group) => this.statusOf(group));
  }

  /**
   * The review row a reconciled layer makes, for the current groups and the comparisons of
   * their decided annotations: entries as decided, and undecided conflicts open.
   */
  private reviewOf(
    layer: ReconciledLayer,
    comparisons: readonly EnrichmentComparison[],
    statusOf: (group: SpanGroup) => ReviewStatus,
  ): DocumentReview {
    const entries = new Map(layer.conflicts.map((conflict) => [conflict.id, conflict]));
    const conflicts: ReviewConflict[] = [];
    for (const group of this.groupList) {
      const entry = entries.get(group.id);
      if (entry !== undefined) conflicts.push(entry);
      else if (group.kind !== 'agreed' && statusOf(group) === 'open')
        conflicts.push({
          id: group.id,
          kind: group.kind,
          annotations: group.members.map((member) => member.id),
          status: 'open',
        });
    }
    for (const comparison of comparisons) {
      const entry = statusOf(comparison.group) === 'resolved' ? reviewEntryOf(comparison) : null;
      if (entry !== null) conflicts.push(entry);
    }
    return { documentId: this.documentId, annotators: [...this.annotatorsChosen], conflicts };
  }

  /** The compared annotators' relations, kept as one array while they and the choice stay (compareEnrichment indexes it once). */
  private comparedRelationsCache: {
    from: readonly Relation[];
    chosen: readonly AnnotatorId[];
    relations: Relation[];
  } | null = null;

  private comparedRelations(): Relation[] {
    const cache = this.comparedRelationsCache;
    if (cache && cache.from === this.sourceRelations && cache.chosen === this.annotatorsChosen)
      return cache.relations;
    const chosen = new Set(this.annotatorsChosen);
    const relations = this.sourceRelations.filter((relation) => chosen.has(relation.annotator));
    this.comparedRelationsCache = {
      from: this.sourceRelations,
      chosen: this.annotatorsChosen,
      relations,
    };
    return relations;
  }

  private comparisonsFor(
    layer: ReconciledLayer,
    reconciledRelations: readonly Relation[],
    statusOf: (group: SpanGroup) => ReviewStatus,
  ): EnrichmentComparison[] {
    if (this.groupList.length === 0) return [];
    return compareEnrichment({
      groups: this.groupList,
      statusOf,
      reconciled: layer.annotations,
      relations: this.comparedRelations(),
      reconciledRelations,
      conflicts: layer.conflicts,
      entityOf: (id) => this.entities.get(id),
    });
  }

  private regroup(): void {
    this.groupList =
      this.annotatorsChosen.length >= 2 ? compareLayers(this.sources, this.annotatorsChosen) : [];
    this.maxLength = 0;
    for (const group of this.groupList)
      this.maxLength = Math.max(this.maxLength, group.end - group.start);
    this.updateStatuses();
  }

  /** groupStatus for every group, with the citations and entries indexed once rather than per group. */
  private updateStatuses(comparisons?: EnrichmentComparison[]): void {
    this.statuses = this.statusesOf(this.layer);
    this.comparisonList =
      comparisons ??
      this.comparisonsFor(this.layer, this.reconciledRelations, (group) => this.statusOf(group));
    this.openEnrichment = new Set(
      this.comparisonList
        .filter((comparison) => this.isOpenConflict(comparison))
        .map((comparison) => comparison.group.id),
    );
  }

  /** Whether links, entities or values every annotator agrees on are not yet carried (accept all agreed does it). */
  hasAgreedToCarry(): boolean {
    return this.comparisonList.some(
      (comparison) =>
        comparison.agreed &&
        !comparison.carried &&
        comparison.entry === undefined &&
        this.statusOf(comparison.group) === 'resolved',
    );
  }

  /** Whether a decided group still has an enrichment conflict open. */
  hasOpenEnrichment(group: SpanGroup): boolean {
    return this.openEnrichment.has(group.id);
  }

  private statusesOf(layer: ReconciledLayer): Map<SpanGroupId, ReviewStatus> {
    const entries = new Map(layer.conflicts.map((conflict) => [conflict.id, conflict.status]));
    const cited = new Set<string>();
    for (const annotation of layer.annotations)
      for (const source of annotation.provenance?.sources ?? []) cited.add(source.annotationId);
    return new Map(
      this.groupList.map((group) => [
        group.id,
        entries.get(group.id) ??
          (group.members.every((member) => cited.has(member.id)) ? 'resolved' : 'open'),
      ]),
    );
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
