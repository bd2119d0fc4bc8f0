// The one place changes go through: one bounded undo history per scope (a document, shared by
// its document and review screens, or the library for the entity list), one write queue (every
// write chained, so the journal holds edits in the order the analyst made them) and one set of
// listeners. An open session is a *holder* of its document: it applies changes in memory first
// (so the view paints in the same frame) and says which of them still fit — a stale undo entry,
// whose annotation is already gone, must write nothing. Writes that bypass the change model
// (an import, a restore) are announced here so that open sessions reload what they wrote.

import type { DocumentId } from '../../app/model/ids.ts';
import { writeChanges } from '../db/write-changes.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';
import { documentOf, invertChanges, type Change } from './change.ts';
import { UndoHistory } from './undo-history.ts';

/** The undo scope of the library-wide entity list. */
export const LIBRARY_SCOPE = 'library';

/** An open session: the in-memory truth of one document while it is open. */
export interface ChangeHolder {
  /**
   * Applies the changes of its document that fit its state, in order, and returns them (with
   * `before` as it was in memory), plus its library row after them when it keeps one.
   */
  applyChanges(changes: readonly Change[]): { applied: Change[]; row?: DocumentRow };
  /** The changes it applied are in memory and their write is under way: show them. */
  changesApplied(changes: readonly Change[]): void;
  /** Something else wrote to its document: read it again. */
  reload(): Promise<void>;
}

export type ChangesListener = (changes: readonly Change[]) => void;

export class ChangeHub {
  private readonly histories = new Map<string, UndoHistory>();
  /** Per document, the sessions holding it, the latest last: the latest is the truth in memory. */
  private readonly holders = new Map<DocumentId, ChangeHolder[]>();
  private readonly listeners = new Set<ChangesListener>();
  private readonly errorListeners = new Set<() => void>();
  private pendingWrites: Promise<void> = Promise.resolve();
  private writesInFlight = 0;
  /** The last write that failed, shown to the analyst; null when all is saved. */
  writeError: string | null = null;

  constructor(
    readonly db: MarginaliaDatabase,
    private readonly historyLimit = 500,
  ) {}

  /** The undo history of a scope: a document id, or LIBRARY_SCOPE. */
  history(scope: string): UndoHistory {
    let history = this.histories.get(scope);
    if (!history) this.histories.set(scope, (history = new UndoHistory(this.historyLimit)));
    return history;
  }

  /** Drops a scope's history: a deleted document's entries refer to records that are gone. */
  forget(scope: string): void {
    this.histories.delete(scope);
  }

  /** Makes `holder` the in-memory truth of a document until the returned function is called. */
  attach(documentId: DocumentId, holder: ChangeHolder): () => void {
    this.holders.set(documentId, [...(this.holders.get(documentId) ?? []), holder]);
    return () => {
      const rest = (this.holders.get(documentId) ?? []).filter((held) => held !== holder);
      if (rest.length > 0) this.holders.set(documentId, rest);
      else this.holders.delete(documentId);
    };
  }

  private holderOf(documentId: DocumentId): ChangeHolder | undefined {
    return this.holders.get(documentId)?.at(-1);
  }

  /** Told of every change applied, after the holders. */
  subscribe(listener: ChangesListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Told when a write fails or saving recovers (writeError changes). */
  subscribeErrors(listener: () => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** Records one undoable step and applies it; returns the changes that applied. */
  commit(scope: string, description: string, changes: Change[]): Change[] {
    if (changes.length === 0) return [];
    this.history(scope).record({ description, changes });
    return this.apply(changes);
  }

  undo(scope: string): boolean {
    const entry = this.history(scope).takeUndo();
    if (!entry) return false;
    this.apply(invertChanges(entry.changes));
    return true;
  }

  redo(scope: string): boolean {
    const entry = this.history(scope).takeRedo();
    if (!entry) return false;
    this.apply(entry.changes);
    return true;
  }

  /** Resolves when every change so far is in the database. */
  whenPersisted(): Promise<void> {
    return this.pendingWrites;
  }

  /** An import or a restore wrote to these documents (all, when null): open sessions reload. */
  async announceWrites(documentIds: readonly DocumentId[] | null): Promise<void> {
    const holders =
      documentIds === null
        ? [...this.holders.values()].flat()
        : documentIds.flatMap((id) => this.holders.get(id) ?? []);
    await Promise.all(holders.map((holder) => holder.reload()));
  }

  /**
   * Applies changes without recording them: each document's holder first (in memory), then the
   * write, then the listeners. Changes of documents nobody holds are written as they are.
   */
  apply(changes: readonly Change[]): Change[] {
    const byDocument = new Map<DocumentId | null, Change[]>();
    for (const change of changes) {
      const documentId = documentOf(change);
      const list = byDocument.get(documentId);
      if (list) list.push(change);
      else byDocument.set(documentId, [change]);
    }
    const applied: Change[] = [];
    const rows: DocumentRow[] = [];
    const shown: [ChangeHolder, Change[]][] = [];
    for (const [documentId, list] of byDocument) {
      const holder = documentId === null ? undefined : this.holderOf(documentId);
      if (!holder) {
        applied.push(...list);
        continue;
      }
      const result = holder.applyChanges(list);
      if (result.applied.length === 0) continue;
      applied.push(...result.applied);
      shown.push([holder, result.applied]);
      if (result.row) rows.push(result.row);
    }
    if (applied.length === 0) return applied;
    // The write goes first: its requests reach IndexedDB before React and the painter take the
    // main thread for the frame that shows the change.
    this.persist(applied, rows);
    for (const [holder, list] of shown) holder.changesApplied(list);
    for (const listener of this.listeners) listener(applied);
    return applied;
  }

  private persist(changes: Change[], rows: DocumentRow[]): void {
    const write = () =>
      writeChanges(this.db, changes, { rows }).then(
        () => {
          // Read by npm run bench: the moment a change is committed to IndexedDB.
          performance.mark('marginalia:annotation-persisted', { detail: subjectId(changes[0]!) });
          if (this.writeError !== null) {
            this.writeError = null;
            this.notifyErrors();
          }
        },
        (error: unknown) => {
          this.writeError = `Could not save a change: ${error instanceof Error ? error.message : String(error)}`;
          this.notifyErrors();
        },
      );
    // Chained so the journal order is the order the analyst acted in; an idle hub starts its
    // write at once rather than a microtask later (the "add a span" path waits on it).
    const next = this.writesInFlight === 0 ? write() : this.pendingWrites.then(write);
    this.writesInFlight++;
    this.pendingWrites = next.finally(() => this.writesInFlight--);
  }

  private notifyErrors(): void {
    for (const listener of this.errorListeners) listener();
  }
}

/** The id of what a change is about, for the bench's marks. */
function subjectId(change: Change): string {
  if (change.kind === 'document' || change.kind === 'review') return change.documentId;
  return (change.after ?? change.before)?.id ?? '';
}
