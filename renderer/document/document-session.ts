// The open document: its text, offset tables, annotations and relations in memory, the single
// place the UI edits them. Every edit is a list of changes (renderer/changes/change.ts) committed
// through the database's change hub: applied here in memory first (so the highlight paints in
// the same frame), recorded in the document's undo history, and written in one transaction.

import { annotationFromOrphan } from '../../app/import/annotation-from-orphan.ts';
import { compareAnnotations, type Annotation, type Annotator } from '../../app/model/annotation.ts';
import type { DateValue, ValueStatus } from '../../app/model/date-value.ts';
import {
  asAnnotationId,
  asRelationId,
  type AnnotationId,
  type AnnotatorId,
  type DocumentId,
  type EntityId,
  type LabelId,
  type RelationId,
  type RelationTypeId,
} from '../../app/model/ids.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';
import {
  BUILT_IN_RELATION_TYPES,
  findRelationType,
  type Relation,
} from '../../app/model/relation.ts';
import { spansOverlapping } from '../../app/model/spans-overlapping.ts';
import { CodePointIndex, codePointLength, sliceByCodePoints } from '../../app/text/code-points.ts';
import { ParagraphTable } from '../../app/text/paragraphs.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { newAnnotation } from '../../app/model/new-annotation.ts';
import {
  isAnnotationChange,
  type Change,
  type DocumentFields,
  type EntityChange,
} from '../changes/change.ts';
import type { ChangeHolder, ChangeHub } from '../changes/change-hub.ts';
import {
  describeMetadataChange,
  documentMetadataChange,
  metadataOf,
  type DocumentPatch,
} from '../changes/document-metadata.ts';
import { withDocumentChange } from '../changes/document-fields.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { UndoHistory } from '../changes/undo-history.ts';
import { readDocumentLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow, OrphanRow } from '../db/rows.ts';
import { applyToCounts, countByLabel } from '../db/write-changes.ts';
import { RelationIndex } from './relation-index.ts';

export type SessionListener = () => void;
/** Told exactly what changed, for work proportional to the change (painting). */
export type ChangeListener = (changes: readonly Change[]) => void;

/** Why a link could not be made; null when it was. */
export type LinkRefusal = string;

export class DocumentSession implements ChangeHolder {
  readonly index: CodePointIndex;
  readonly paragraphs: ParagraphTable;
  private readonly hub: ChangeHub;
  private readonly annotations = new Map<AnnotationId, Annotation>();
  /** Kept sorted incrementally: re-sorting 10,000 annotations per keystroke costs a frame. */
  private sortedList: Annotation[];
  private relations: RelationIndex;
  /**
   * False between the first paint and the moment the document's relations, read just after it,
   * are in memory: edits that need them (a deletion's cascade, a link) wait for them meanwhile.
   */
  private relationsLoaded = true;
  private readonly relationWaiters: (() => void)[] = [];
  /** Relation changes applied while the relations were being read, applied again on top of them. */
  private relationChangesWhileLoading: Change[] = [];
  private readonly listeners = new Set<SessionListener>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly detach: () => void;
  private readonly stopErrors: () => void;
  /** Bumped on every change; React reads it through useSyncExternalStore. */
  version = 0;

  /** The longest annotation, in code points: bounds the search for spans overlapping a range. */
  private maxLength = 0;
  /** The library row of the document, kept current so each write is one blind put. */
  private row: DocumentRow | undefined;
  /** Annotations per annotator: who has a layer here, without scanning the list or the library. */
  private readonly countsByAnnotator = new Map<AnnotatorId, number>();
  private metadataNow: DocumentFields;

  constructor(
    private readonly db: MarginaliaDatabase,
    readonly documentId: DocumentId,
    readonly text: string,
    annotations: readonly Annotation[],
    row?: DocumentRow,
    /** The document's relations; null when they are still being read (see installRelations). */
    relations: readonly Relation[] | null = [],
  ) {
    this.hub = changeHubOf(db);
    this.index = new CodePointIndex(text);
    this.paragraphs = new ParagraphTable(text);
    this.sortedList = [];
    this.relations = new RelationIndex();
    this.metadataNow = { title: row?.title ?? '' };
    this.load(annotations, relations ?? [], row);
    this.relationsLoaded = relations !== null;
    this.detach = this.hub.attach(documentId, this);
    this.stopErrors = this.hub.subscribeErrors(() => this.notify());
  }

  private load(
    annotations: readonly Annotation[],
    relations: readonly Relation[],
    row: DocumentRow | undefined,
  ): void {
    this.annotations.clear();
    this.countsByAnnotator.clear();
    this.maxLength = 0;
    this.row = row && { ...row, counts: countByLabel(annotations) };
    if (row) this.metadataNow = metadataOf(row);
    for (const annotation of annotations) this.annotations.set(annotation.id, annotation);
    this.sortedList = [...this.annotations.values()].sort(compareAnnotations);
    for (const annotation of this.sortedList) {
      this.maxLength = Math.max(this.maxLength, annotation.end - annotation.start);
      this.countAnnotator(annotation.annotator, 1);
    }
    this.relations = new RelationIndex(relations);
  }

  /**
   * The document's relations, read after the first paint: kept with the relation changes made
   * meanwhile (by undo in another screen, say) on top, and the edits waiting for them then run.
   */
  installRelations(relations: readonly Relation[]): void {
    if (this.relationsLoaded) return;
    this.relations = new RelationIndex(relations);
    for (const change of this.relationChangesWhileLoading) {
      if (change.kind !== 'relation') continue;
      if (change.before) this.relations.delete(change.before.id);
      if (change.after) this.relations.put(change.after);
    }
    this.relationChangesWhileLoading = [];
    this.relationsLoaded = true;
    this.version++;
    for (const listener of this.changeListeners) listener([]);
    this.notify();
    for (const waiter of this.relationWaiters.splice(0)) waiter();
  }

  private paintedResolve: (() => void) | undefined;
  private readonly painted = new Promise<void>((resolve) => (this.paintedResolve = resolve));

  /** The document view painted its first screen (DocumentPane says so). */
  markPainted(): void {
    this.paintedResolve?.();
  }

  /** Resolves once the document view has painted its first screen. */
  whenPainted(): Promise<void> {
    return this.painted;
  }

  /** Whether the relations are in memory (see installRelations). */
  get relationsReady(): boolean {
    return this.relationsLoaded;
  }

  /** True when the relations are not in memory yet: `action` then runs once they are. */
  private deferUntilRelations(action: () => void): boolean {
    if (this.relationsLoaded) return false;
    this.relationWaiters.push(action);
    return true;
  }

  /** Stops being the in-memory truth of the document (the screen closed). */
  dispose(): void {
    this.detach();
    this.stopErrors();
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

  /** The document's undo history, shared with its review screen. */
  get history(): UndoHistory {
    return this.hub.history(this.documentId);
  }

  /** The last write that failed, shown to the analyst; null when all is saved. */
  get writeError(): string | null {
    return this.hub.writeError;
  }

  /** Where each page starts, for a document imported from PDF (app/model/pages.ts). */
  get pageStarts(): readonly number[] | undefined {
    return this.row?.pageStarts;
  }

  /** The document's title and metadata as they are now (a new object after every change). */
  get metadata(): DocumentFields {
    return this.metadataNow;
  }

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

  /** Every relation of the document, in a stable order. */
  allRelations(): Relation[] {
    return this.relations.all();
  }

  relation(id: RelationId): Relation | undefined {
    return this.relations.get(id);
  }

  /** A claim's links. */
  relationsFrom(id: AnnotationId): Relation[] {
    return this.relations.from(id);
  }

  /** The relations pointing at an actor or a date: the claims that link to it. */
  relationsTo(id: AnnotationId): Relation[] {
    return this.relations.to(id);
  }

  /** Resolves when every change so far is in the database. */
  whenPersisted(): Promise<void> {
    return this.hub.whenPersisted();
  }

  /**
   * Tags a code-point range; the quote and its context are read from the text. A date gets the
   * value its text denotes, resolved against the publication date, marked suggested.
   */
  create(
    label: LabelId,
    range: CodePointRange,
    annotator: Annotator,
    now = new Date(),
  ): Annotation {
    const annotation = this.newAnnotation(label, range, annotator, now);
    this.commit(`Tag “${shorten(annotation.quote)}”`, [{ before: null, after: annotation }]);
    return annotation;
  }

  /**
   * Tags a range and links it from `from` as `type`, in one undoable step: what linking does
   * when the analyst selects fresh text while linking is armed.
   */
  createLinked(
    label: LabelId,
    range: CodePointRange,
    annotator: Annotator,
    from: AnnotationId,
    type: RelationTypeId,
    now = new Date(),
  ): Annotation | LinkRefusal {
    if (!this.relationsLoaded) return LINKS_LOADING;
    const annotation = this.newAnnotation(label, range, annotator, now);
    const link = this.linkChanges(from, type, annotation, now);
    if (typeof link === 'string') return link;
    this.commit(`Tag and link “${shorten(annotation.quote)}”`, [
      { before: null, after: annotation },
      ...link,
    ]);
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
    this.commit(`Place “${shorten(annotation.quote)}”`, [
      { before: null, after: annotation, placedOrphan: orphan },
    ]);
    return annotation;
  }

  update(
    id: AnnotationId,
    patch: Partial<Pick<Annotation, 'label' | 'note'>> & { range?: CodePointRange },
    now = new Date(),
  ): void {
    if (patch.label && this.deferUntilRelations(() => this.update(id, patch, now))) return;
    const before = this.annotations.get(id);
    if (!before) return;
    const { range, ...fields } = patch;
    const after: Annotation = {
      ...before,
      ...fields,
      ...(range ? this.quoteAt(range) : {}),
      updatedAt: now.toISOString(),
    };
    // A relabelled span can no longer be an entity mention or carry a date value it does not fit.
    if (patch.label && patch.label !== before.label) {
      delete after.entity;
      delete after.value;
      delete after.valueStatus;
    }
    const description = patch.label
      ? 'Relabel'
      : patch.note !== undefined
        ? 'Edit note'
        : 'Edit span';
    // Relations whose endpoint's label no longer fits their type go with the relabelling.
    const dropped = patch.label
      ? this.relations.touching(id).filter((relation) => !this.fits(relation, after))
      : [];
    this.commit(description, [
      ...dropped.map((relation): Change => ({ kind: 'relation', before: relation, after: null })),
      { before, after },
    ]);
  }

  /**
   * Links an actor annotation to an entity, or unlinks it (null). `entityChanges` go in the same
   * undoable step: the entity created from the span's text, or the alias its text adds.
   */
  setEntity(
    id: AnnotationId,
    entity: EntityId | null,
    entityChanges: readonly EntityChange[] = [],
    now = new Date(),
  ): void {
    const before = this.annotations.get(id);
    if (!before || ((before.entity ?? null) === entity && entityChanges.length === 0)) return;
    const after: Annotation = { ...before, updatedAt: now.toISOString() };
    if (entity === null) delete after.entity;
    else after.entity = entity;
    const created = entityChanges.some((change) => change.before === null);
    const description =
      entity === null ? 'Unlink entity' : created ? 'Create and link entity' : 'Link entity';
    this.commit(description, [
      ...entityChanges,
      ...((before.entity ?? null) === entity ? [] : [{ before, after }]),
    ]);
  }

  /** Sets (or clears, with null) a date annotation's value; the analyst's value is confirmed. */
  setValue(
    id: AnnotationId,
    value: DateValue | null,
    status: ValueStatus = 'confirmed',
    now = new Date(),
  ): void {
    const before = this.annotations.get(id);
    if (!before) return;
    if ((before.value ?? null) === value && (value === null || before.valueStatus === status))
      return;
    const after: Annotation = { ...before, updatedAt: now.toISOString() };
    if (value === null) {
      delete after.value;
      delete after.valueStatus;
    } else {
      after.value = value;
      after.valueStatus = status;
    }
    const description =
      value === null
        ? 'Clear date value'
        : before.value === value
          ? 'Confirm date value'
          : 'Set date value';
    this.commit(description, [{ before, after }]);
  }

  /**
   * Sets (or clears, with undefined or empty) the document's title, publication date, source,
   * authors, URL or language as one undoable step; returns why it was refused, or null.
   */
  setMetadata(patch: DocumentPatch): string | null {
    const change = documentMetadataChange(this.documentId, this.metadataNow, patch);
    if (typeof change === 'string') return change;
    if (change) this.commit(describeMetadataChange(change), [change]);
    return null;
  }

  /** Deletes an annotation and the relations that touch it, as one undoable step. */
  remove(id: AnnotationId): void {
    if (this.deferUntilRelations(() => this.remove(id))) return;
    const before = this.annotations.get(id);
    if (!before) return;
    const relations = this.relations
      .touching(id)
      .map((relation): Change => ({ kind: 'relation', before: relation, after: null }));
    this.commit(`Delete “${shorten(before.quote)}”`, [...relations, { before, after: null }]);
  }

  /**
   * Links `from` to `to` as `type`. Refused (with the reason) when the endpoints are in different
   * layers, have labels the type does not link, or are already linked so; a claim's date link
   * replaces the one it had, in the same step.
   */
  link(
    from: AnnotationId,
    type: RelationTypeId,
    to: AnnotationId,
    now = new Date(),
  ): Relation | LinkRefusal {
    if (!this.relationsLoaded) return LINKS_LOADING;
    const target = this.annotations.get(to);
    if (!target) return 'That annotation is no longer in the document.';
    const changes = this.linkChanges(from, type, target, now);
    if (typeof changes === 'string') return changes;
    const typeName = findRelationType(BUILT_IN_RELATION_TYPES, type)?.name ?? type;
    this.commit(`Link ${typeName.toLowerCase()} “${shorten(target.quote)}”`, changes);
    const added = changes.at(-1)!;
    return added.after as Relation;
  }

  unlink(id: RelationId): void {
    if (this.deferUntilRelations(() => this.unlink(id))) return;
    const relation = this.relations.get(id);
    if (relation) this.commit('Remove link', [{ kind: 'relation', before: relation, after: null }]);
  }

  undo(): boolean {
    // An undo may restore relations, which must meet the document's others: it waits for them.
    if (this.deferUntilRelations(() => this.undo())) return this.history.canUndo;
    return this.hub.undo(this.documentId);
  }

  redo(): boolean {
    if (this.deferUntilRelations(() => this.redo())) return this.history.canRedo;
    return this.hub.redo(this.documentId);
  }

  /**
   * Annotations covering a code-point offset, shortest first (the innermost is what was meant),
   * equal lengths in reading order: O(log n + k) per click, like annotationsOverlapping.
   */
  annotationsAt(offset: number): Annotation[] {
    return this.annotationsOverlapping(offset, offset + 1).sort(
      (a, b) => a.end - a.start - (b.end - b.start),
    );
  }

  /** ChangeHolder: applies the changes that fit the state in memory. */
  applyChanges(requested: readonly Change[]): { applied: Change[]; row?: DocumentRow } {
    // Only changes that fit are applied and written: a stale undo entry (its annotation already
    // gone) must not write a journal row or move the library counts.
    const applied: Change[] = [];
    for (const change of requested) {
      if (isAnnotationChange(change)) {
        const previous = change.before ? this.annotations.get(change.before.id) : undefined;
        if (change.before ? !previous : this.annotations.has(change.after!.id)) continue;
        if (previous) this.removeFromMemory(previous);
        if (change.after) this.addToMemory(change.after);
        const fitted = { ...change, before: previous ?? null };
        this.countRow(fitted);
        applied.push(fitted);
      } else if (change.kind === 'relation' && !this.relationsLoaded) {
        // Not checkable yet: applied, and applied again on top of the relations once read.
        this.relationChangesWhileLoading.push(change);
        applied.push(change);
      } else if (change.kind === 'relation') {
        const previous = change.before ? this.relations.get(change.before.id) : undefined;
        if (change.before ? !previous : this.relations.has(change.after!.id)) continue;
        // A relation whose endpoint is gone would break "every relation's endpoints exist".
        if (
          change.after &&
          !(this.annotations.has(change.after.from) && this.annotations.has(change.after.to))
        )
          continue;
        if (previous) this.relations.delete(previous.id);
        if (change.after) this.relations.put(change.after);
        applied.push({ ...change, before: previous ?? null });
      } else if (change.kind === 'document') {
        // Field by field (see DocumentChange): the fields the change does not touch keep what
        // they are now, which may differ from the change's `before` (edited in another scope).
        const fitted = {
          ...change,
          before: this.metadataNow,
          after: withDocumentChange(this.metadataNow, change),
        };
        this.metadataNow = fitted.after;
        if (this.row)
          this.row = {
            ...withDocumentChange(this.row, change),
            updatedAt: new Date().toISOString(),
          };
        applied.push(fitted);
      } else {
        applied.push(change);
      }
    }
    return this.row ? { applied, row: this.row } : { applied };
  }

  /** ChangeHolder: the changes are in memory and their write is under way; show them. */
  changesApplied(changes: readonly Change[]): void {
    this.version++;
    for (const listener of this.changeListeners) listener(changes);
    this.afterWrites(() => this.notify());
  }

  /** ChangeHolder: something other than this session wrote to the document (an import, a restore). */
  async reload(): Promise<void> {
    const [layers, row] = await Promise.all([
      readDocumentLayers(this.db, this.documentId),
      this.db.documents.get(this.documentId),
    ]);
    const before = new Map(this.annotations);
    this.load(layers.annotations, layers.relations, row ?? this.row);
    this.relationsLoaded = true;
    this.relationChangesWhileLoading = [];
    for (const waiter of this.relationWaiters.splice(0)) waiter();
    // Told as changes, so that the painter repaints just what moved.
    const changes: Change[] = [];
    for (const annotation of this.sortedList) {
      const previous = before.get(annotation.id);
      before.delete(annotation.id);
      // Every edit stamps updatedAt, and an import never rewrites an annotation it finds.
      if (previous?.updatedAt !== annotation.updatedAt)
        changes.push({ before: previous ?? null, after: annotation });
    }
    for (const gone of before.values()) changes.push({ before: gone, after: null });
    this.version++;
    for (const listener of this.changeListeners) listener(changes);
    this.notify();
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
    void this.hub.whenPersisted().then(run);
  }

  private newAnnotation(
    label: LabelId,
    range: CodePointRange,
    annotator: Annotator,
    now: Date,
  ): Annotation {
    const document = {
      id: this.documentId,
      text: this.text,
      index: this.index,
      publishedAt: this.metadataNow.publishedAt,
    };
    return newAnnotation(document, {
      id: asAnnotationId(crypto.randomUUID()),
      label,
      range,
      annotator: annotator.id,
      now,
    });
  }

  private linkChanges(
    fromId: AnnotationId,
    typeId: RelationTypeId,
    target: Annotation,
    now: Date,
  ): Change[] | LinkRefusal {
    const source = this.annotations.get(fromId);
    const type = findRelationType(BUILT_IN_RELATION_TYPES, typeId);
    if (!source) return 'That claim is no longer in the document.';
    if (!type) return `Unknown link type “${typeId}”.`;
    if (source.label !== type.from || target.label !== type.to)
      return `A ${type.name.toLowerCase()} link goes from a ${type.from} to a ${type.to}.`;
    if (source.annotator !== target.annotator)
      return 'A link joins annotations of the same annotator’s layer.';
    const existing = this.relations.from(fromId).filter((relation) => relation.type === typeId);
    if (existing.some((relation) => relation.to === target.id))
      return `Already linked as ${type.name.toLowerCase()}.`;
    const timestamp = now.toISOString();
    const relation: Relation = {
      id: asRelationId(crypto.randomUUID()),
      documentId: this.documentId,
      type: typeId,
      from: fromId,
      to: target.id,
      annotator: source.annotator,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    const replaced = type.single
      ? existing.map((old): Change => ({ kind: 'relation', before: old, after: null }))
      : [];
    return [...replaced, { kind: 'relation', before: null, after: relation }];
  }

  /** Whether a relation still fits once `changed` replaces its endpoint. */
  private fits(relation: Relation, changed: Annotation): boolean {
    const type = findRelationType(BUILT_IN_RELATION_TYPES, relation.type);
    if (!type) return true;
    if (relation.from === changed.id && changed.label !== type.from) return false;
    if (relation.to === changed.id && changed.label !== type.to) return false;
    return true;
  }

  private commit(description: string, changes: Change[]): void {
    this.hub.commit(this.documentId, description, changes);
  }

  private removeFromMemory(annotation: Annotation): void {
    this.annotations.delete(annotation.id);
    this.sortedList.splice(this.sortedList.indexOf(annotation), 1);
    this.countAnnotator(annotation.annotator, -1);
  }

  private addToMemory(annotation: Annotation): void {
    this.annotations.set(annotation.id, annotation);
    this.sortedList.splice(insertionPoint(this.sortedList, annotation), 0, annotation);
    this.maxLength = Math.max(this.maxLength, annotation.end - annotation.start);
    this.countAnnotator(annotation.annotator, 1);
  }

  private countRow(change: { before: Annotation | null; after: Annotation | null }): void {
    if (this.row)
      this.row = {
        ...this.row,
        counts: applyToCounts(this.row.counts, change),
        updatedAt: new Date().toISOString(),
      };
  }

  private countAnnotator(annotator: AnnotatorId, delta: number): void {
    const count = (this.countsByAnnotator.get(annotator) ?? 0) + delta;
    // Dropped at zero: an annotator whose last annotation is deleted no longer has a layer to review.
    if (count > 0) this.countsByAnnotator.set(annotator, count);
    else this.countsByAnnotator.delete(annotator);
  }

  private quoteAt(
    range: CodePointRange,
  ): Pick<Annotation, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'> {
    return {
      start: range.start,
      end: range.end,
      ...quoteSelectorAt(this.text, range.start, range.end, this.index),
    };
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

const LINKS_LOADING = 'The document’s links are still loading; try again in a moment.';

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
