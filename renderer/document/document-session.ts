// The open document: its text, offset tables and annotations in memory, the single place the
// UI changes annotations. Every change is applied in memory first (so the highlight paints in
// the same frame), recorded for undo, and written to Dexie in its own transaction.

import { annotationFromOrphan } from '../../app/import/annotation-from-orphan.ts';
import { compareAnnotations, type Annotation, type Annotator } from '../../app/model/annotation.ts';
import { spansOverlapping } from '../../app/model/spans-overlapping.ts';
import { asAnnotationId, type AnnotationId, type AnnotatorId, type DocumentId, type LabelId } from '../../app/model/ids.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';
import { CodePointIndex, codePointLength, sliceByCodePoints } from '../../app/text/code-points.ts';
import { ParagraphTable } from '../../app/text/paragraphs.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { applyToCounts, countByLabel, writeAnnotationChange, type AnnotationChange } from '../db/annotation-store.ts';
import type { DocumentRow, OrphanRow } from '../db/rows.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { invertChange, UndoHistory } from './undo-history.ts';

export type SessionListener = () => void;
/** Told exactly which annotations changed, for work proportional to the change (painting). */
export type ChangeListener = (changes: readonly AnnotationChange[]) => void;

/** Undo histories outlive sessions, so switching documents and back keeps them. */
const historiesByDocument = new Map<DocumentId, UndoHistory>();

/** Drops a deleted document's undo history: its entries refer to annotations that are gone. */
export function forgetUndoHistory(documentId: DocumentId): void {
  historiesByDocument.delete(documentId);
}

export class DocumentSession {
  readonly index: CodePointIndex;
  readonly paragraphs: ParagraphTable;
  readonly history: UndoHistory;
  private readonly annotations = new Map<AnnotationId, Annotation>();
  /** Kept sorted incrementally: re-sorting 10,000 annotations per keystroke costs a frame. */
  private readonly sortedList: Annotation[];
  private readonly listeners = new Set<SessionListener>();
  private readonly changeListeners = new Set<ChangeListener>();
  private pendingWrites: Promise<void> = Promise.resolve();
  /** Bumped on every change; React reads it through useSyncExternalStore. */
  version = 0;
  /** The last write that failed, shown to the analyst; null when all is saved. */
  writeError: string | null = null;

  /** The longest annotation, in code points: bounds the search for spans overlapping a range. */
  private maxLength = 0;
  /** The library row of the document, kept current so each write is one blind put. */
  private row: DocumentRow | undefined;
  /** Annotations per annotator: who has a layer here, without scanning the list or the library. */
  private readonly countsByAnnotator = new Map<AnnotatorId, number>();

  constructor(
    private readonly db: MarginaliaDatabase,
    readonly documentId: DocumentId,
    readonly text: string,
    annotations: readonly Annotation[],
    row?: DocumentRow,
  ) {
    this.row = row && { ...row, counts: countByLabel(annotations) };
    this.index = new CodePointIndex(text);
    this.paragraphs = new ParagraphTable(text);
    for (const annotation of annotations) this.annotations.set(annotation.id, annotation);
    this.sortedList = [...this.annotations.values()].sort(compareAnnotations);
    for (const annotation of this.sortedList) {
      this.maxLength = Math.max(this.maxLength, annotation.end - annotation.start);
      this.countAnnotator(annotation.annotator, 1);
    }
    let history = historiesByDocument.get(documentId);
    if (!history) {
      history = new UndoHistory();
      historiesByDocument.set(documentId, history);
    }
    this.history = history;
  }

  subscribe = (listener: SessionListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  subscribeChanges(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  getVersion = (): number => this.version;

  /** Annotations in reading order (start, then longer first). Do not mutate. */
  sorted(): readonly Annotation[] {
    return this.sortedList;
  }

  /** Annotations overlapping [start, end) in code points, in reading order: O(log n + k). */
  annotationsOverlapping(start: number, end: number): Annotation[] {
    return spansOverlapping(this.sortedList, this.maxLength, start, end);
  }

  get(id: AnnotationId): Annotation | undefined {
    return this.annotations.get(id);
  }

  get size(): number {
    return this.annotations.size;
  }

  /** The annotators with at least one annotation in this document, in no particular order. */
  annotators(): AnnotatorId[] {
    return [...this.countsByAnnotator.keys()];
  }

  /** Resolves when every change so far is in the database. */
  whenPersisted(): Promise<void> {
    return this.pendingWrites;
  }

  /** Tags a code-point range; the quote and its context are read from the text. */
  create(label: LabelId, range: CodePointRange, annotator: Annotator, now = new Date()): Annotation {
    const timestamp = now.toISOString();
    const annotation: Annotation = {
      id: asAnnotationId(crypto.randomUUID()),
      documentId: this.documentId,
      label,
      ...this.quoteAt(range),
      annotator: annotator.id,
      note: '',
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    this.commit(`Tag “${shorten(annotation.quote)}”`, [{ before: null, after: annotation }]);
    return annotation;
  }

  /**
   * Places an imported orphan at a code-point range: an annotation with the orphan's id, label,
   * note and annotator (so it joins that annotator's layer), quoting the text like `create`.
   * Its write deletes the orphan row in the same transaction; undoing it puts the row back.
   * Null when the document already holds an annotation with the orphan's id (placed a moment
   * ago, or imported since): placing it again would make a duplicate.
   */
  place(orphan: OrphanRow, range: CodePointRange, now = new Date()): Annotation | null {
    if (this.annotations.has(orphan.id)) return null;
    const annotation = annotationFromOrphan(orphan, this.documentId, this.quoteAt(range), now);
    this.commit(`Place “${shorten(annotation.quote)}”`, [{ before: null, after: annotation, placedOrphan: orphan }]);
    return annotation;
  }

  update(id: AnnotationId, patch: Partial<Pick<Annotation, 'label' | 'note'>> & { range?: CodePointRange }, now = new Date()): void {
    const before = this.annotations.get(id);
    if (!before) return;
    const { range, ...fields } = patch;
    const after: Annotation = { ...before, ...fields, ...(range ? this.quoteAt(range) : {}), updatedAt: now.toISOString() };
    const description = patch.label ? 'Relabel' : patch.note !== undefined ? 'Edit note' : 'Edit span';
    this.commit(description, [{ before, after }]);
  }

  remove(id: AnnotationId): void {
    const before = this.annotations.get(id);
    if (before) this.commit(`Delete “${shorten(before.quote)}”`, [{ before, after: null }]);
  }

  undo(): boolean {
    const entry = this.history.takeUndo();
    if (!entry) return false;
    this.apply([...entry.changes].reverse().map(invertChange));
    return true;
  }

  redo(): boolean {
    const entry = this.history.takeRedo();
    if (!entry) return false;
    this.apply(entry.changes);
    return true;
  }

  /**
   * Annotations covering a code-point offset, shortest first (the innermost is what was meant),
   * equal lengths in reading order: O(log n + k) per click, like annotationsOverlapping.
   */
  annotationsAt(offset: number): Annotation[] {
    return this.annotationsOverlapping(offset, offset + 1).sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  private countAnnotator(annotator: AnnotatorId, delta: number): void {
    const count = (this.countsByAnnotator.get(annotator) ?? 0) + delta;
    // Dropped at zero: an annotator whose last annotation is deleted no longer has a layer to review.
    if (count > 0) this.countsByAnnotator.set(annotator, count);
    else this.countsByAnnotator.delete(annotator);
  }

  private quoteAt(range: CodePointRange): Pick<Annotation, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'> {
    return { start: range.start, end: range.end, ...quoteSelectorAt(this.text, range.start, range.end, this.index) };
  }

  private commit(description: string, changes: AnnotationChange[]): void {
    this.history.record({ description, changes });
    this.apply(changes);
  }

  private apply(requested: AnnotationChange[]): void {
    // Only changes that fit the state in memory are applied and written: a stale undo entry
    // (its annotation already gone) must not write a journal row or move the library counts.
    const changes: AnnotationChange[] = [];
    for (const change of requested) {
      const previous = change.before ? this.annotations.get(change.before.id) : undefined;
      if (change.before ? !previous : this.annotations.has(change.after!.id)) continue;
      if (previous) {
        this.annotations.delete(previous.id);
        this.sortedList.splice(this.sortedList.indexOf(previous), 1);
        this.countAnnotator(previous.annotator, -1);
      }
      if (change.after) {
        this.annotations.set(change.after.id, change.after);
        this.sortedList.splice(insertionPoint(this.sortedList, change.after), 0, change.after);
        this.maxLength = Math.max(this.maxLength, change.after.end - change.after.start);
        this.countAnnotator(change.after.annotator, 1);
      }
      changes.push({ ...change, before: previous ?? null });
    }
    if (changes.length === 0) return;
    // The write goes first: its requests reach IndexedDB before React and the painter take
    // the main thread for the frame that shows the change.
    for (const change of changes) this.persist(change);
    this.version++;
    for (const listener of this.changeListeners) listener(changes);
    this.afterWrites(() => this.notify());
  }

  /**
   * Runs `callback` once the writes so far have landed, or after 50 ms if they are slow. The
   * side panel's React render waits for this: rendering first would put a whole frame between
   * the analyst's key and IndexedDB's answer (the highlight itself is painted synchronously).
   */
  afterWrites(callback: () => void): void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      callback();
    };
    const timer = setTimeout(run, 50);
    void this.pendingWrites.then(run);
  }

  private persist(change: AnnotationChange): void {
    let nextRow: DocumentRow | undefined;
    if (this.row) {
      nextRow = { ...this.row, counts: applyToCounts(this.row.counts, change), updatedAt: new Date().toISOString() };
      this.row = nextRow;
    }
    const write = () =>
      writeAnnotationChange(this.db, change, undefined, nextRow).then(
        () => {
          // Read by npm run bench: the moment a change is committed to IndexedDB.
          performance.mark('marginalia:annotation-persisted', { detail: (change.after ?? change.before)!.id });
          if (this.writeError) {
            this.writeError = null;
            this.notify();
          }
        },
        (error: unknown) => {
          this.writeError = `Could not save a change: ${error instanceof Error ? error.message : String(error)}`;
          this.notify();
        },
      );
    // Writes are chained so the journal order is the order the analyst acted in; an idle
    // session starts its write at once rather than a microtask later.
    this.pendingWrites = this.writesInFlight === 0 ? this.track(write()) : this.track(this.pendingWrites.then(write));
  }

  private writesInFlight = 0;

  private track(promise: Promise<void>): Promise<void> {
    this.writesInFlight++;
    return promise.finally(() => this.writesInFlight--);
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

function insertionPoint(sorted: readonly Annotation[], annotation: Annotation): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareAnnotations(sorted[mid]!, annotation) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function shorten(text: string): string {
  // Counted in code points: cutting UTF-16 units could leave half an emoji (a lone surrogate).
  return codePointLength(text) > 40 ? `${sliceByCodePoints(text, 0, 37)}…` : text;
}
