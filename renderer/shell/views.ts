// What the shell navigates between and what it forwards to the screen showing. Kept apart from
// App.tsx, which imports every screen: a screen importing these from App.tsx made a cycle.

import type { MenuCommand } from '../../app/ipc/contract.ts';
import type { DocumentId } from '../../app/model/ids.ts';

export type View =
  | { kind: 'library' }
  | { kind: 'agreement' }
  | { kind: 'entities' }
  | { kind: 'document'; id: DocumentId }
  | { kind: 'review'; id: DocumentId };

/** Commands the document screen handles when it is showing (menu items, global shortcuts). */
export type ScreenCommand = Extract<MenuCommand, 'undo' | 'redo' | 'next-annotation' | 'previous-annotation'>;
