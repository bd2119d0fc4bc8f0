// What the shell navigates between and what it forwards to the screen showing. Kept apart from
// App.tsx, which imports every screen: a screen importing these from App.tsx made a cycle.

import type { MenuCommand } from '../../app/ipc/contract.ts';
import type { AnnotationId, DocumentId } from '../../app/model/ids.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';

/**
 * Where in a document to land: a span (code points, end-exclusive) scrolled into view and
 * flashed, or an annotation, selected. Screens across the library (search, checks, timeline,
 * actors) open a document at what they list.
 */
export interface DocumentFocus extends CodePointRange {
  /** Selected when the document still holds it; otherwise the span is only flashed. */
  annotationId?: AnnotationId;
}

/** A document to open, optionally at a place in it. */
export interface DocumentTarget {
  id: DocumentId;
  focus?: DocumentFocus;
}

export type View =
  | { kind: 'library' }
  | { kind: 'search' }
  | { kind: 'checks' }
  | { kind: 'timeline' }
  | { kind: 'agreement' }
  | { kind: 'entities' }
  | { kind: 'labels' }
  | { kind: 'document'; id: DocumentId; focus?: DocumentFocus }
  | { kind: 'review'; id: DocumentId };

/** Commands the document screen handles when it is showing (menu items, global shortcuts). */
export type ScreenCommand = Extract<
  MenuCommand,
  'undo' | 'redo' | 'next-annotation' | 'previous-annotation'
>;
