// Search the text of every document. (Scaffolding: the screen is being built.)

import type { RefObject } from 'react';
import type { DocumentTarget, ScreenCommand } from '../shell/views.ts';

export interface SearchScreenProps {
  /** Opens a document, optionally at a place in it. */
  onOpen(target: DocumentTarget): void;
  /** Where this screen registers its handler of undo and redo while it shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

export function SearchScreen(_props: SearchScreenProps) {
  return (
    <div className="screen">
      <h1>Search</h1>
    </div>
  );
}
