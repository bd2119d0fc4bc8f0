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
  type SpanGroupKind,
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
import { applyChange, changeFor, type ReconciledLayer } from '../../app/reconcile/reconciled-layer.ts';
import { spansOverlapping } from '../../app/model/spans-overlapping.ts';
import { CodePointIndex } from '../../app/text/code-points.ts';
import { ParagraphTable } from '../../app/text/paragraphs.ts';
import { isAnnotationChange, type Change } from '../changes/change.ts';
import type { ChangeHolder, ChangeHub } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

export interface ReviewCounts {
  open: number;
  resolved: number;
  openByKind: Partial<Record<SpanGroupKind, number>>;
}

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
  ) {
    this.hub = changeHubOf(db);
    this.index = new CodePointIndex(text);
    this.paragraphs = new ParagraphTable(text);
    this.storedReview = review ?? null;
    this.sources = annotations.filter((annotation) => annotation.annotator !== RECONCILED_ANNOTATOR);
    this.layer = {
      // ReconciledLayer keeps them sorted; the journal holds them in the order they were decided.
      annotations: annotations.filter((annotation) => annotation.annotator === RECONCILED_ANNOTATOR).sort(compareAnnotations),
      conflicts: review?.conflicts ?? [],
    };
    this.layerAnnotators = [...new Set(this.sources.map((annotation) => annotation.annotator))].sort(compareStrings);
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

  counts(): ReviewCounts {
    const counts: ReviewCounts = { open: 0, resolved: 0, openByKind: {} };
    for (const group of this.groupList) {
      if (this.statusOf(group) === 'resolved') counts.resolved++;
      else {
        counts.open++;
        counts.openByKind[group.kind] = (counts.openByKind[group.kind] ?? 0) + 1;
      }
    }
    return counts;
  }

  /** The next (or previous) open group after `from`, wrapping around; null when none is open. */
  nextOpen(from: SpanGroupId | null, direction: 1 | -1): SpanGroup | null {
    const list = this.groupList;
    if (list.length === 0) return null;
    const at = from === null ? -1 : list.findIndex((group) => group.id === from);
    const first = at < 0 ? (direction > 0 ? 0 : list.length - 1) : at + direction;
    for (let step = 0; step < list.length; step++) {
      const group = list[(((first + direction * step) % list.length) + list.length) % list.length]!;
      if (this.statusOf(group) === 'open') return group;
    }
    return null;
  }

  /** Groups overlapping [start, end) in code points, in reading order. */
  groupsOverlapping(start: number, end: number): SpanGroup[] {
    return spansOverlapping(this.groupList, this.maxLength, start, end);
  }

  /** Groups covering a code-point offset, shortest first. */
  groupsAt(offset: number): SpanGroup[] {
    return this.groupsOverlapping(offset, offset + 1).sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  accept(group: SpanGroup, memberIds: readonly AnnotationId[], decidedBy: AnnotatorId, now = new Date()): void {
    const outcome = acceptMembers(group, memberIds, decidedBy, now);
    this.decide(memberIds.length === group.members.length ? 'Accept all' : 'Accept', [outcome]);
  }

  reject(group: SpanGroup): void {
    this.decide('Reject', [rejectGroup(group)]);
  }

  edit(group: SpanGroup, edit: SpanEdit, decidedBy: AnnotatorId, now = new Date()): void {
    this.decide('Edit', [editDecision(group, edit, this.text, decidedBy, now)]);
  }

  /** Accepts every open agreed group as it is; one undo step. Returns how many. */
  acceptAllAgreed(decidedBy: AnnotatorId, now = new Date()): number {
    const open = this.groupList.filter((group) => this.statusOf(group) === 'open');
    const outcomes = acceptAllAgreed(open, decidedBy, now);
    if (outcomes.length > 0) this.decide('Accept all agreed', outcomes);
    return outcomes.length;
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

  private decide(description: string, outcomes: readonly GroupOutcome[]): void {
    // Each change is computed against the layer the previous one left, as applying them will.
    let layer = this.layer;
    const changes: Change[] = [];
    for (const outcome of outcomes) {
      const change = changeFor(layer, outcome);
      layer = applyChange(layer, change);
      for (const annotation of change.removed) changes.push({ before: annotation, after: null });
      for (const annotation of change.added) changes.push({ before: null, after: annotation });
    }
    changes.push({ kind: 'review', documentId: this.documentId, before: this.storedReview, after: this.reviewOf(layer) });
    this.hub.commit(this.documentId, description, changes);
  }

  /** ChangeHolder: applies the changes that fit the layers in memory. */
  applyChanges(requested: readonly Change[]): { applied: Change[] } {
    const applied: Change[] = [];
    const annotations = new Map(this.layer.annotations.map((annotation) => [annotation.id, annotation]));
    let sources: Map<AnnotationId, Annotation> | null = null;
    let conflicts = this.layer.conflicts;
    for (const change of requested) {
      if (isAnnotationChange(change)) {
        const subject = (change.after ?? change.before)!;
        const reconciled = subject.annotator === RECONCILED_ANNOTATOR;
        if (!reconciled) sources ??= new Map(this.sources.map((annotation) => [annotation.id, annotation]));
        const target = reconciled ? annotations : sources!;
        const previous = change.before ? target.get(change.before.id) : undefined;
        if (change.before ? !previous : target.has(change.after!.id)) continue;
        if (previous) target.delete(previous.id);
        if (change.after) target.set(change.after.id, change.after);
        applied.push({ ...change, before: previous ?? null });
      } else if (change.kind === 'review') {
        applied.push({ ...change, before: this.storedReview });
        this.storedReview = change.after;
        conflicts = change.after?.conflicts ?? [];
      } else {
        applied.push(change);
      }
    }
    this.layer = { annotations: [...annotations.values()].sort(compareAnnotations), conflicts };
    if (sources !== null) {
      this.sources = [...sources.values()];
      this.regroup();
    } else this.updateStatuses();
    return { applied };
  }

  /** ChangeHolder: what it applied is in memory and being written. */
  changesApplied(): void {
    this.notify();
  }

  /** ChangeHolder: an import or a restore wrote to the document; read every layer again. */
  async reload(): Promise<void> {
    const [annotations, review] = await Promise.all([readDocumentAnnotations(this.db, this.documentId), this.db.reviews.get(this.documentId)]);
    this.storedReview = review ?? null;
    this.sources = annotations.filter((annotation) => annotation.annotator !== RECONCILED_ANNOTATOR);
    this.layer = {
      annotations: annotations.filter((annotation) => annotation.annotator === RECONCILED_ANNOTATOR).sort(compareAnnotations),
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
    return this.reviewOf(this.layer);
  }

  /** The review row a reconciled layer makes, for the current groups. */
  private reviewOf(layer: ReconciledLayer): DocumentReview {
    const entries = new Map(layer.conflicts.map((conflict) => [conflict.id, conflict]));
    const statuses = this.statusesOf(layer);
    const conflicts: ReviewConflict[] = [];
    for (const group of this.groupList) {
      const entry = entries.get(group.id);
      if (entry !== undefined) conflicts.push(entry);
      else if (group.kind !== 'agreed' && statuses.get(group.id) === 'open')
        conflicts.push({ id: group.id, kind: group.kind, annotations: group.members.map((member) => member.id), status: 'open' });
    }
    return { documentId: this.documentId, annotators: [...this.annotatorsChosen], conflicts };
  }

  private regroup(): void {
    this.groupList = this.annotatorsChosen.length >= 2 ? compareLayers(this.sources, this.annotatorsChosen) : [];
    this.maxLength = 0;
    for (const group of this.groupList) this.maxLength = Math.max(this.maxLength, group.end - group.start);
    this.updateStatuses();
  }

  /** groupStatus for every group, with the citations and entries indexed once rather than per group. */
  private updateStatuses(): void {
    this.statuses = this.statusesOf(this.layer);
  }

  private statusesOf(layer: ReconciledLayer): Map<SpanGroupId, ReviewStatus> {
    const entries = new Map(layer.conflicts.map((conflict) => [conflict.id, conflict.status]));
    const cited = new Set<string>();
    for (const annotation of layer.annotations)
      for (const source of annotation.provenance?.sources ?? []) cited.add(source.annotationId);
    return new Map(
      this.groupList.map((group) => [
        group.id,
        entries.get(group.id) ?? (group.members.every((member) => cited.has(member.id)) ? 'resolved' : 'open'),
      ]),
    );
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
