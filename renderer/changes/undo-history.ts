import type { Change } from './change.ts';

/** A user action: one or more changes undone and redone together. */
export interface HistoryEntry {
  description: string;
  changes: Change[];
}

/** Bounded undo and redo stacks of changes (the document text itself never changes). */
export class UndoHistory {
  private readonly undoStack: HistoryEntry[] = [];
  private readonly redoStack: HistoryEntry[] = [];

  constructor(private readonly limit = 500) {}

  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /** Takes the last entry off the undo stack; the caller applies its inverse. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    return entry;
  }

  takeRedo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    return entry;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get nextUndo(): string | undefined {
    return this.undoStack.at(-1)?.description;
  }

  get nextRedo(): string | undefined {
    return this.redoStack.at(-1)?.description;
  }
}
