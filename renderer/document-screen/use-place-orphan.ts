import { useCallback, type RefObject } from 'react';
import type { AnnotationId } from '../../app/model/ids.ts';
import type { OrphanRow } from '../db/rows.ts';
import type { DocumentSession } from '../document/document-session.ts';
import type { DocumentViewController } from '../document-view/document-view-controller.ts';
import { useAppServices } from '../shell/app-services.ts';

/**
 * Places an orphan at the analyst's selection, trimmed and snapped to words exactly as tagging
 * does, so a placed span and a tagged one cover the same text for the same drag.
 */
export function usePlaceOrphan(
  session: DocumentSession,
  controllerRef: RefObject<DocumentViewController | null>,
  select: (id: AnnotationId) => void,
): (orphan: OrphanRow) => void {
  const { preferences, notify } = useAppServices();
  return useCallback(
    (orphan: OrphanRow) => {
      const controller = controllerRef.current;
      const range = controller?.selectionRange(preferences.snapToWords);
      if (!controller || !range) {
        notify({
          kind: 'info',
          title: 'Select some text first, then Place at selection',
          details: [
            `Select where ${orphan.quote ? `“${orphan.quote}”` : 'it'} belongs in the document’s text.`,
          ],
        });
        return;
      }
      const annotation = session.place(orphan, range);
      if (!annotation) {
        notify({
          kind: 'info',
          title: 'Already placed',
          details: [
            'The document already holds this annotation (placed a moment ago, or imported since); discard the leftover if it is still listed.',
          ],
        });
        return;
      }
      controller.clearSelection();
      // Selected (and shown in the details) once its write has landed, like a tagged span.
      session.afterWrites(() => select(annotation.id));
    },
    [session, controllerRef, select, preferences.snapToWords, notify],
  );
}
