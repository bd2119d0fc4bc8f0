import { useCallback, useEffect, type RefObject } from 'react';
import type { ScreenCommand } from './views.ts';

/** What a screen does for the commands every screen has. */
export interface ScreenCommandTarget {
  undo(): unknown;
  redo(): unknown;
}

/**
 * Runs menu commands (undo, redo, next, previous) on `target` and `step` while the screen
 * shows; returns the same runner for the screen's own keyboard shortcuts.
 */
export function useScreenCommands(
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>,
  target: ScreenCommandTarget,
  step: (direction: 1 | -1) => void,
): (command: ScreenCommand) => void {
  const run = useCallback(
    (command: ScreenCommand) => {
      if (command === 'undo') target.undo();
      else if (command === 'redo') target.redo();
      else step(command === 'next-annotation' ? 1 : -1);
    },
    [target, step],
  );
  useEffect(() => {
    commandsRef.current = run;
    return () => {
      commandsRef.current = null;
    };
  }, [commandsRef, run]);
  return run;
}
