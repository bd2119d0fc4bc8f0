// The document is not editable, so Chromium gives it no caret to move with Shift+arrows.
// Selection.modify() still works on any selection, which lets an analyst select and extend
// by keyboard the way they would in an editor.

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** Extends the current selection for a Shift+arrow key; returns whether it handled the key. */
export function extendSelectionByKey(event: KeyboardEvent, selection: Selection | null): boolean {
  if (!event.shiftKey || !selection || selection.rangeCount === 0) return false;
  const byWord = event.ctrlKey || event.altKey;
  const moves: Record<string, [direction: 'forward' | 'backward', granularity: Granularity]> = {
    ArrowRight: ['forward', byWord ? 'word' : 'character'],
    ArrowLeft: ['backward', byWord ? 'word' : 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line'],
    End: ['forward', 'lineboundary'],
    Home: ['backward', 'lineboundary'],
  };
  const move = moves[event.key];
  if (!move) return false;
  selection.modify('extend', move[0], move[1]);
  return true;
}
