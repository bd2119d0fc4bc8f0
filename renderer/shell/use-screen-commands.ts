import { useEffect, type RefObject } from 'react';
import type { ScreenCommand } from './App.tsx';

/** Makes `run` the handler of menu commands (undo, redo, next, previous) while the screen shows. */
export function useScreenCommands(commandsRef: RefObject<((command: ScreenCommand) => void) | null>, run: (command: ScreenCommand) => void): void {
  useEffect(() => {
    commandsRef.current = run;
    return () => {
      commandsRef.current = null;
    };
  }, [commandsRef, run]);
}
