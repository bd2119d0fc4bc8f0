// Undo and redo of library-wide edits (the hub's LIBRARY_SCOPE: the entity list, the search's
// "annotate all", fixes and dismissals on the Checks screen) for the screens that make them: the
// buttons' state, the menu's Undo/Redo while the screen shows, and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z
// outside text fields (inside one, the keys undo typing, as everywhere else).

import { useCallback, useEffect, useMemo, useReducer, type RefObject } from 'react';
import type { Change } from '../changes/change.ts';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { isTypingTarget, modifiedShortcutOf } from '../document-screen/shortcuts.ts';
import { useScreenCommands } from './use-screen-commands.ts';
import type { ScreenCommand } from './views.ts';

export interface LibraryHistory {
  /** Records one undoable library-wide step and applies it. */
  commit(description: string, changes: Change[]): void;
  undo(): boolean;
  redo(): boolean;
  /** What Undo and Redo would do ("Merge “Pompeo”"), undefined when nothing. */
  nextUndo: string | undefined;
  nextRedo: string | undefined;
}

export function useLibraryHistory(
  db: MarginaliaDatabase,
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>,
): LibraryHistory {
  const hub = changeHubOf(db);
  // The history has no listeners of its own; every step goes through the hub, which tells.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => hub.subscribe(refresh), [hub]);

  const target = useMemo(
    () => ({ undo: () => hub.undo(LIBRARY_SCOPE), redo: () => hub.redo(LIBRARY_SCOPE) }),
    [hub],
  );
  const noStep = useCallback(() => undefined, []);
  const run = useScreenCommands(commandsRef, target, noStep);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || event.defaultPrevented) return;
      const shortcut = modifiedShortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      run(shortcut.command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  const commit = useCallback(
    (description: string, changes: Change[]) =>
      void hub.commit(LIBRARY_SCOPE, description, changes),
    [hub],
  );
  const history = hub.history(LIBRARY_SCOPE);
  return { ...target, commit, nextUndo: history.nextUndo, nextRedo: history.nextRedo };
}
