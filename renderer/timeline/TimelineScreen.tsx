// The claims of the library on a time axis. (Scaffolding: the screen is being built.)

import type { RefObject } from 'react';
import type { DocumentTarget, ScreenCommand } from '../shell/views.ts';

export interface TimelineScreenProps {
  /** Opens a document, optionally at a place in it. */
  onOpen(target: DocumentTarget): void;
  /** Where this screen registers its handler of undo and redo while it shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

export function TimelineScreen(_props: TimelineScreenProps) {
  return (
    <div className="screen">
      <h1>Timeline</h1>
    </div>
  );
}
