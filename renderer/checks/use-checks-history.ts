// Undo and redo of what the Checks screen did (fixes made across documents, and dismissals):
// the Undo button, the menu's Undo/Redo while the screen shows, and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z
// outside text fields. They are library-wide edits, so they share the library's scope of the
// change hub with the entity list and the search's "annotate all": undoing here never reaches
// into an edit made in a document, nor the other way round.

import { useCallback, useEffect, useMemo, useReducer, type RefObject } from 'react';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { Change } from '../changes/change.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { isTypingTarget, modifiedShortcutOf } from '../document-screen/shortcuts.ts';
import { useScreenCommands } from '../shell/use-screen-commands.ts';
import type { ScreenCommand } from '../shell/views.ts';

export const CHECKS_SCOPE = LIBRARY_SCOPE;

export interface ChecksHistory {
  commit(description: string, changes: Change[]): void;
  undo(): boolean;
  redo(): boolean;
  /** What Undo would do ("Dismiss “Aliyev”"), undefined when nothing. */
  nextUndo: string | undefined;
}

export function useChecksHistory(
  db: MarginaliaDatabase,
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>,
): ChecksHistory {
  const hub = changeHubOf(db);
  // The history has no listeners of its own; every step goes through the hub, which tells.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => hub.subscribe(refresh), [hub]);

  const target = useMemo(
    () => ({ undo: () => hub.undo(CHECKS_SCOPE), redo: () => hub.redo(CHECKS_SCOPE) }),
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
    (description: string, changes: Change[]) => void hub.commit(CHECKS_SCOPE, description, changes),
    [hub],
  );
  return { ...target, commit, nextUndo: hub.history(CHECKS_SCOPE).nextUndo };
}
