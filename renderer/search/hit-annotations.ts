// The annotations already on the documents a search lists, for the label chips of each hit and
// for "annotate all" to skip what is tagged. Read in bulk (one transaction for every listed
// document, layers and journal) the first time a document is listed, then kept true: changes
// through the hub are applied as they happen (the chips update in the frame of an undo), and a
// document whose row moves otherwise (an import) is read again.

import { compareAnnotations, type Annotation } from '../../app/model/annotation.ts';
import type { AnnotatorId, DocumentId, EntityId, LabelId } from '../../app/model/ids.ts';
import { spansOverlapping } from '../../app/model/spans-overlapping.ts';
import { isAnnotationChange, type Change } from '../changes/change.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';

/** What a chip needs of an annotation. */
export interface HitAnnotation {
  id: Annotation['id'];
  label: LabelId;
  start: number;
  end: number;
  annotator: AnnotatorId;
  entity?: EntityId;
}

interface DocumentSpans {
  /** Sorted by start (compareAnnotations). */
  spans: HitAnnotation[];
  maxLength: number;
  /**
   * The row's updatedAt when read: a different one means someone else wrote. Null after a change
   * through the hub, whose write moves it: the next row seen is adopted as it is, not read again
   * (else annotating 1,000 documents read their 100,000 annotations back right after).
   */
  updatedAt: string | null | undefined;
}

function spanOf(annotation: Annotation): HitAnnotation {
  const span: HitAnnotation = {
    id: annotation.id,
    label: annotation.label,
    start: annotation.start,
    end: annotation.end,
    annotator: annotation.annotator,
  };
  if (annotation.entity !== undefined) span.entity = annotation.entity;
  return span;
}

function documentSpans(
  spans: HitAnnotation[],
  updatedAt: string | null | undefined,
): DocumentSpans {
  spans.sort((a, b) => compareAnnotations(a as Annotation, b as Annotation));
  return {
    spans,
    maxLength: spans.reduce((longest, span) => Math.max(longest, span.end - span.start), 0),
    updatedAt,
  };
}

export class HitAnnotations {
  private readonly byDocument = new Map<DocumentId, DocumentSpans>();
  private readonly pending = new Map<DocumentId, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  /** Moves on every change of what is held. */
  version = 0;

  constructor(private readonly db: MarginaliaDatabase) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  has(id: DocumentId): boolean {
    return this.byDocument.has(id);
  }

  /** The annotations overlapping [start, end) of a document, or undefined while unread. */
  overlapping(id: DocumentId, start: number, end: number): HitAnnotation[] | undefined {
    const held = this.byDocument.get(id);
    return held && spansOverlapping(held.spans, held.maxLength, start, end);
  }

  /** Every annotation of a read document. */
  spansOf(id: DocumentId): readonly HitAnnotation[] {
    return this.byDocument.get(id)?.spans ?? [];
  }

  /** Reads the documents not held yet (one transaction for all of them); resolves when all are. */
  load(ids: readonly DocumentId[], rows: ReadonlyMap<DocumentId, DocumentRow>): Promise<void> {
    const missing = ids.filter((id) => !this.byDocument.has(id) && !this.pending.has(id));
    const waits = ids.flatMap((id) => this.pending.get(id) ?? []);
    if (missing.length > 0) {
      const read = this.read(missing, rows);
      for (const id of missing) this.pending.set(id, read);
      waits.push(read);
    }
    return Promise.all(waits).then(() => undefined);
  }

  private async read(
    ids: readonly DocumentId[],
    rows: ReadonlyMap<DocumentId, DocumentRow>,
  ): Promise<void> {
    const updatedAt = new Map(ids.map((id) => [id, rows.get(id)?.updatedAt]));
    try {
      const layers = await this.db.transaction('r', this.db.layers, this.db.edits, async () => {
        const [snapshots, edits] = await Promise.all([
          this.db.layers.where('documentId').anyOf(ids).toArray(),
          this.db.edits.where('documentId').anyOf(ids).sortBy('seq'),
        ]);
        return foldLayers(snapshots, edits);
      });
      const spans = new Map<DocumentId, HitAnnotation[]>(ids.map((id) => [id, []]));
      for (const layer of layers)
        spans.get(layer.documentId)?.push(...layer.annotations.map(spanOf));
      for (const [id, list] of spans)
        this.byDocument.set(id, documentSpans(list, updatedAt.get(id)));
    } finally {
      for (const id of ids) this.pending.delete(id);
    }
    this.changed();
  }

  /** Changes that went through the hub: applied to what is held. */
  apply(changes: readonly Change[]): void {
    const touched = new Set<DocumentId>();
    for (const change of changes) {
      if (!isAnnotationChange(change)) continue;
      const subject = change.after ?? change.before;
      const held = subject && this.byDocument.get(subject.documentId);
      if (!held) continue;
      if (change.before) {
        const at = held.spans.findIndex((span) => span.id === change.before!.id);
        if (at >= 0) held.spans.splice(at, 1);
      }
      if (change.after) held.spans.push(spanOf(change.after));
      touched.add(subject.documentId);
    }
    for (const id of touched) {
      const held = this.byDocument.get(id)!;
      this.byDocument.set(id, documentSpans(held.spans, null));
    }
    if (touched.size > 0) this.changed();
  }

  /**
   * The library's rows moved: documents held whose row changed are read again (a write the hub
   * did not see, or one it did, which reads the same), deleted ones dropped.
   */
  refresh(rows: ReadonlyMap<DocumentId, DocumentRow>): void {
    const stale: DocumentId[] = [];
    for (const [id, held] of this.byDocument) {
      const row = rows.get(id);
      if (!row) this.byDocument.delete(id);
      else if (held.updatedAt === null) held.updatedAt = row.updatedAt;
      else if (row.updatedAt !== held.updatedAt) stale.push(id);
    }
    const unread = stale.filter((id) => !this.pending.has(id));
    if (unread.length === 0) return;
    // Read again while the chips keep showing what was held: no flicker.
    const read = this.read(unread, rows);
    for (const id of unread) this.pending.set(id, read);
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

const caches = new WeakMap<MarginaliaDatabase, HitAnnotations>();

/** The one cache of a database, kept across visits like its texts. */
export function hitAnnotationsOf(db: MarginaliaDatabase): HitAnnotations {
  let cache = caches.get(db);
  if (!cache) {
    const created = (cache = new HitAnnotations(db));
    caches.set(db, created);
    // For the life of the database, as the hub itself: the cache stays true off screen too.
    changeHubOf(db).subscribe((changes) => created.apply(changes));
  }
  return cache;
}
