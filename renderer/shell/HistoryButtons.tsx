import type { LibraryHistory } from './use-library-history.ts';

/** Undo and Redo for a library-wide screen, each titled with the step it would take. */
export function HistoryButtons({
  history,
  small = false,
}: {
  history: LibraryHistory;
  small?: boolean;
}) {
  const className = small ? 'button ghost small' : 'button ghost';
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={history.nextUndo === undefined}
        title={history.nextUndo && `Undo ${history.nextUndo}`}
        onClick={history.undo}
      >
        Undo
      </button>
      <button
        type="button"
        className={className}
        disabled={history.nextRedo === undefined}
        title={history.nextRedo && `Redo ${history.nextRedo}`}
        onClick={history.redo}
      >
        Redo
      </button>
    </>
  );
}
