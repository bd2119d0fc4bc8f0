// The review of one document: every layer's annotations, the annotators compared, their span
// groups (compareLayers) and the reconciled layer the decisions make. Each decision is applied in
// memory first, recorded for undo (its inverse changes), and written in one transaction.

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
import {
  applyChange,
  changeFor,
  invertChange,
  type ReconcileChange,
  type ReconciledLayer,
} from '../../app/reconcile/reconciled-layer.ts';
import { spansOverlapping } from '../../app/model/spans-overlapping.ts';
import { CodePointIndex } from '../../app/text/code-points.ts';
import { ParagraphTable } from '../../app/text/paragraphs.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { writeReconcileChanges } from '../db/review-store.ts';

/** One undoable step: a decision, or "accept all agreed" as a whole. */
interface ReviewStep {
  description: string;
  changes: ReconcileChange[];
}

export interface ReviewCounts {
  open: number;
  resolved: number;
  openByKind: Partial<Record<SpanGroupKind, number>>;
}

export class ReviewSession {
  readonly index: CodePointIndex;
  readonly paragraphs: ParagraphTable;
  /** Every annotator with a layer on the document, the reconciled layer excepted, sorted. */
  readonly layerAnnotators: AnnotatorId[];
  private annotatorsChosen: AnnotatorId[];
  private groupList: SpanGroup[] = [];
  private statuses = new Map<SpanGroupId, ReviewStatus>();
  private layer: ReconciledLayer;
  /** The compared annotators' layers; the reconciled layer is `layer`. */
  private readonly sources: Annotation[];
  private readonly undoStack: ReviewStep[] = [];
  private readonly redoStack: ReviewStep[] = [];
  private readonly listeners = new Set<() => void>();
  private pendingWrites: Promise<void> = Promise.resolve();
  /** The longest group, in code points: bounds the search for groups overlapping a range. */
  private maxLength = 0;
  version = 0;
  /** The last write that failed; null when all is saved. */
  writeError: string | null = null;

  constructor(
    private readonly db: MarginaliaDatabase,
    readonly documentId: DocumentId,
    readonly text: string,
    /** The annotators' layers (the reconciled layer is taken out of them). */
    annotations: readonly Annotation[],
    review: DocumentReview | undefined,
  ) {
    this.index = new CodePointIndex(text);
    this.paragraphs = new ParagraphTable(text);
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
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get nextUndo(): string | null {
    return this.undoStack.at(-1)?.description ?? null;
  }

  get nextRedo(): string | null {
    return this.redoStack.at(-1)?.description ?? null;
  }

  undo(): boolean {
    const step = this.undoStack.pop();
    if (!step) return false;
    this.redoStack.push(step);
    this.apply([...step.changes].reverse().map(invertChange));
    return true;
  }

  redo(): boolean {
    const step = this.redoStack.pop();
    if (!step) return false;
    this.undoStack.push(step);
    this.apply(step.changes);
    return true;
  }

  /** Resolves when every decision so far is in the database. */
  whenPersisted(): Promise<void> {
    return this.pendingWrites;
  }

  private decide(description: string, outcomes: readonly GroupOutcome[]): void {
    // Each change is computed against the layer the previous one left, as applying them will.
    let layer = this.layer;
    const changes = outcomes.map((outcome) => {
      const change = changeFor(layer, outcome);
      layer = applyChange(layer, change);
      return change;
    });
    this.undoStack.push({ description, changes });
    this.redoStack.length = 0;
    this.apply(changes);
  }

  private apply(changes: readonly ReconcileChange[]): void {
    for (const change of changes) this.layer = applyChange(this.layer, change);
    this.updateStatuses();
    const review = this.review();
    const write = () =>
      writeReconcileChanges(this.db, changes, review).then(
        () => {
          if (this.writeError !== null) {
            this.writeError = null;
            this.notify();
          }
        },
        (error: unknown) => {
          this.writeError = `Could not save a decision: ${error instanceof Error ? error.message : String(error)}`;
          this.notify();
        },
      );
    // Chained, so the journal holds decisions in the order they were made.
    this.pendingWrites = this.pendingWrites.then(write);
    this.notify();
  }

  /**
   * The review as stored and exported: the chosen annotators and the entries of the current
   * groups — decided ones as decided, undecided ones (agreed groups aside) open. Entries of
   * groups that are not current (another choice of annotators, a member since deleted) are
   * left out: an export's review may only name annotations of the compared annotators.
   */
  review(): DocumentReview {
    const entries = new Map(this.layer.conflicts.map((conflict) => [conflict.id, conflict]));
    const conflicts: ReviewConflict[] = [];
    for (const group of this.groupList) {
      const entry = entries.get(group.id);
      if (entry !== undefined) conflicts.push(entry);
      else if (group.kind !== 'agreed' && this.statusOf(group) === 'open')
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
    const entries = new Map(this.layer.conflicts.map((conflict) => [conflict.id, conflict.status]));
    const cited = new Set<string>();
    for (const annotation of this.layer.annotations)
      for (const source of annotation.provenance?.sources ?? []) cited.add(source.annotationId);
    this.statuses = new Map(
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
