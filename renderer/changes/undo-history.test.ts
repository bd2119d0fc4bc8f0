import { describe, expect, it } from 'vitest';
import { asLabelId } from '../../app/model/ids.ts';
import { makeAnnotation, randomDocumentId } from '../test-support/test-database.ts';
import { invertChange } from './change.ts';
import { UndoHistory, type HistoryEntry } from './undo-history.ts';

const documentId = randomDocumentId();

function entry(description: string): HistoryEntry {
  return { description, changes: [{ before: null, after: makeAnnotation({ documentId }) }] };
}

describe('UndoHistory', () => {
  it('starts with nothing to undo or redo', () => {
    const history = new UndoHistory();
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.nextUndo).toBeUndefined();
    expect(history.nextRedo).toBeUndefined();
    expect(history.takeUndo()).toBeUndefined();
    expect(history.takeRedo()).toBeUndefined();
  });

  it('undoes the latest entry first and redoes in the order undone', () => {
    const history = new UndoHistory();
    const [first, second, third] = [
      entry('Tag “Aliyev”'),
      entry('Relabel'),
      entry('Delete “Granada”'),
    ];
    history.record(first);
    history.record(second);
    history.record(third);
    expect(history.nextUndo).toBe('Delete “Granada”');

    expect(history.takeUndo()).toBe(third);
    expect(history.takeUndo()).toBe(second);
    expect(history.nextUndo).toBe('Tag “Aliyev”');
    expect(history.nextRedo).toBe('Relabel');

    expect(history.takeRedo()).toBe(second);
    expect(history.takeRedo()).toBe(third);
    expect(history.canRedo).toBe(false);
    expect(history.takeUndo()).toBe(third);
  });

  it('forgets what could be redone once something new is recorded', () => {
    const history = new UndoHistory();
    history.record(entry('Tag “Aliyev”'));
    history.takeUndo();
    expect(history.canRedo).toBe(true);
    history.record(entry('Tag “Pashinyan”'));
    expect(history.canRedo).toBe(false);
    expect(history.takeRedo()).toBeUndefined();
    expect(history.nextUndo).toBe('Tag “Pashinyan”');
  });

  it('keeps at most `limit` entries, dropping the oldest', () => {
    const history = new UndoHistory(3);
    for (const description of ['one', 'two', 'three', 'four', 'five'])
      history.record(entry(description));
    const undone: string[] = [];
    for (let taken = history.takeUndo(); taken; taken = history.takeUndo())
      undone.push(taken.description);
    expect(undone).toEqual(['five', 'four', 'three']);
  });

  it('keeps 500 entries by default', () => {
    const history = new UndoHistory();
    for (let i = 0; i < 501; i++) history.record(entry(`step ${i}`));
    let count = 0;
    while (history.takeUndo()) count++;
    expect(count).toBe(500);
    expect(history.nextRedo).toBe('step 1');
  });
});

describe('invertChange', () => {
  it('turns a creation into a deletion, an update into its reverse, and back', () => {
    const before = makeAnnotation({ documentId, label: asLabelId('claim') });
    const after = { ...before, label: asLabelId('actor') };
    expect(invertChange({ before: null, after })).toEqual({ before: after, after: null });
    expect(invertChange({ before, after: null })).toEqual({ before: null, after: before });
    expect(invertChange({ before, after })).toEqual({ before: after, after: before });
    expect(invertChange(invertChange({ before, after }))).toEqual({ before, after });
  });

  it('keeps the orphan a placement carries, so undoing the placement can put it back', () => {
    const placed = makeAnnotation({ documentId });
    const placedOrphan = {
      ...placed,
      source: 'line 1',
      documentRef: 'report-7',
      reason: 'quote not found in the text',
      fileName: 'bob.jsonl',
      importedAt: '2024-03-01T09:00:00.000Z',
    };
    expect(invertChange({ before: null, after: placed, placedOrphan })).toEqual({
      before: placed,
      after: null,
      placedOrphan,
    });
  });
});
