// The one write path: any list of changes (renderer/changes/change.ts) persisted in one
// transaction. Annotations and relations go to their layer's journal (one small row each, folded
// into the layer snapshot later), entities to their table, document metadata and counts to the
// document row, review decisions to the review row, dismissals and labels to their tables, placed orphans out
// of (or back into) the orphans table. Whatever fails aborts the transaction and every part of it with it.

import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { addToCount, type LabelCounts } from '../../app/model/label-counts.ts';
import {
  isAnnotationChange,
  type AnnotationChange,
  type Change,
  type DocumentChange,
} from '../changes/change.ts';
import { withDocumentChange } from '../changes/document-fields.ts';
import type { MarginaliaDatabase } from './database.ts';
import { layerKeyOf, type DocumentRow, type EditRow } from './rows.ts';

export interface WriteOptions {
  now?: Date;
  /**
   * Library rows after the changes, for the documents whose open session keeps its row current:
   * each is written as one blind put. Other documents' counts are read, changed and written back
   * (a read before the write: a round trip more, which on the "add a span" path let a frame paint
   * before the commit, ~30 ms to persisted, measured).
   */
  rows?: readonly DocumentRow[];
}

/** Persists `changes` in one transaction. */
export async function writeChanges(
  db: MarginaliaDatabase,
  changes: readonly Change[],
  options: WriteOptions = {},
): Promise<void> {
  if (changes.length === 0) return;
  const now = (options.now ?? new Date()).toISOString();
  const edits: EditRow[] = [];
  const countDeltas = new Map<DocumentId, Map<string, number>>();
  const metadata = new Map<DocumentId, DocumentChange[]>();
  const orphanWrites: (() => Promise<unknown>)[] = [];
  const entityWrites: (() => Promise<unknown>)[] = [];
  const reviewWrites: (() => Promise<unknown>)[] = [];
  const dismissalWrites: (() => Promise<unknown>)[] = [];
  const labelWrites: (() => Promise<unknown>)[] = [];
  const touched = new Set<DocumentId>();
  for (const change of changes) {
    if (isAnnotationChange(change)) {
      const subject = change.after ?? change.before;
      if (!subject) continue;
      const layerKey = layerKeyOf(subject.documentId, subject.annotator);
      edits.push(
        change.after
          ? { layerKey, documentId: subject.documentId, op: 'put', annotation: change.after }
          : { layerKey, documentId: subject.documentId, op: 'delete', annotationId: subject.id },
      );
      addCountDelta(countDeltas, subject.documentId, change);
      touched.add(subject.documentId);
      const orphan = change.placedOrphan;
      if (orphan)
        orphanWrites.push(() =>
          change.after ? db.orphans.delete(orphan.id) : db.orphans.put(orphan),
        );
    } else if (change.kind === 'relation') {
      const subject = change.after ?? change.before;
      if (!subject) continue;
      const layerKey = layerKeyOf(subject.documentId, subject.annotator);
      edits.push(
        change.after
          ? { layerKey, documentId: subject.documentId, op: 'put-relation', relation: change.after }
          : {
              layerKey,
              documentId: subject.documentId,
              op: 'delete-relation',
              relationId: subject.id,
            },
      );
      // The document row is left alone: a link moves no counts, and one put fewer is one
      // request fewer between the analyst's key and the commit.
    } else if (change.kind === 'entity') {
      const { before, after } = change;
      if (after) entityWrites.push(() => db.entities.put(after));
      else if (before) entityWrites.push(() => db.entities.delete(before.id));
    } else if (change.kind === 'document') {
      metadata.set(change.documentId, [...(metadata.get(change.documentId) ?? []), change]);
      touched.add(change.documentId);
    } else if (change.kind === 'label') {
      const { before, after } = change;
      if (after) labelWrites.push(() => db.labels.put(after));
      else if (before) labelWrites.push(() => db.labels.delete(before.id));
    } else if (change.kind === 'dismissal') {
      const { before, after } = change;
      if (after) dismissalWrites.push(() => db.dismissals.put(after));
      else if (before) dismissalWrites.push(() => db.dismissals.delete(before.id));
    } else {
      const { after, documentId } = change;
      reviewWrites.push(() => (after ? db.reviews.put(after) : db.reviews.delete(documentId)));
      touched.add(documentId);
    }
  }
  const blindRows = new Map((options.rows ?? []).map((row) => [row.id, row]));
  const scope = [
    db.edits,
    db.documents,
    ...(orphanWrites.length > 0 ? [db.orphans] : []),
    ...(entityWrites.length > 0 ? [db.entities] : []),
    ...(reviewWrites.length > 0 ? [db.reviews] : []),
    ...(dismissalWrites.length > 0 ? [db.dismissals] : []),
    ...(labelWrites.length > 0 ? [db.labels] : []),
  ];
  // The orphans table joins the scope only for a placement, the entities and reviews tables only
  // when they change: a wider scope would make every plain edit wait on transactions over them.
  await db.transaction('rw', scope, async () => {
    // Every request is issued at once, so the transaction is one round trip; the orphans' go
    // first, so whatever fails after them aborts the transaction and their change with it.
    await Promise.all([
      ...orphanWrites.map((write) => write()),
      ...entityWrites.map((write) => write()),
      ...reviewWrites.map((write) => write()),
      ...dismissalWrites.map((write) => write()),
      ...labelWrites.map((write) => write()),
      edits.length > 0 ? db.edits.bulkAdd(edits) : Promise.resolve(),
      ...[...touched].flatMap((documentId) => {
        const blind = blindRows.get(documentId);
        return blind ? [db.documents.put(blind)] : [];
      }),
      // The other documents' rows are read in one request and written back in one: a cursor
      // per row (Collection.modify) made annotating 1,000 documents at once take over a second.
      updateRows(
        db,
        [...touched].filter((documentId) => !blindRows.has(documentId)),
        (row) => {
          const deltas = countDeltas.get(row.id);
          // Field by field: a document change writes only the fields it sets or clears.
          const changed = (metadata.get(row.id) ?? []).reduce<DocumentRow>(withDocumentChange, row);
          return {
            ...changed,
            counts: deltas ? applyCountDeltas(row.counts, deltas) : row.counts,
            updatedAt: now,
          };
        },
      ),
    ]);
  });
}

/** Reads the rows of `ids` that exist, changes each, and writes them back. */
async function updateRows(
  db: MarginaliaDatabase,
  ids: readonly DocumentId[],
  update: (row: DocumentRow) => DocumentRow,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = (await db.documents.bulkGet([...ids])).filter(
    (row): row is DocumentRow => row !== undefined,
  );
  await db.documents.bulkPut(rows.map(update));
}

function addCountDelta(
  deltas: Map<DocumentId, Map<string, number>>,
  documentId: DocumentId,
  change: AnnotationChange,
): void {
  let delta = deltas.get(documentId);
  if (!delta) deltas.set(documentId, (delta = new Map()));
  // Only a change of label moves the counts: an edit of a note or a value leaves them.
  if (change.before) delta.set(change.before.label, (delta.get(change.before.label) ?? 0) - 1);
  if (change.after) delta.set(change.after.label, (delta.get(change.after.label) ?? 0) + 1);
}

function applyCountDeltas(
  counts: Readonly<LabelCounts>,
  delta: ReadonlyMap<string, number>,
): LabelCounts {
  const next = { ...counts };
  for (const [label, change] of delta) if (change !== 0) addToCount(next, label, change);
  return next;
}

/** The counts per label after a change. */
export function applyToCounts(
  counts: Readonly<LabelCounts>,
  change: Pick<AnnotationChange, 'before' | 'after'>,
): LabelCounts {
  const next = { ...counts };
  if (change.before) addToCount(next, change.before.label, -1);
  if (change.after) addToCount(next, change.after.label, 1);
  return next;
}

/** Counts per label of a list of annotations (what the library shows). */
export function countByLabel(annotations: readonly Annotation[]): LabelCounts {
  const counts: LabelCounts = {};
  for (const annotation of annotations) addToCount(counts, annotation.label, 1);
  return counts;
}
