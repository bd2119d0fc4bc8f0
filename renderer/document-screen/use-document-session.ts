import { useEffect, useState } from 'react';
import type { DocumentId } from '../../app/model/ids.ts';
import {
  compactDocumentLayers,
  readDocumentAnnotations,
  readDocumentRelations,
} from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readDocumentText } from '../db/document-store.ts';
import type { DocumentRow } from '../db/rows.ts';
import { DocumentSession } from '../document/document-session.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; session: DocumentSession; row: DocumentRow };

/** Loads a document's text and annotations into a session; compacts its journal once idle. */
export function useDocumentSession(db: MarginaliaDatabase, documentId: DocumentId): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let idle: number | undefined;
    let session: DocumentSession | undefined;
    void (async () => {
      // The annotations first: the first screen paints from them. The relations (thousands in an
      // analysed report) are read once that screen is painted, so that reading them (their
      // record's deserialisation measured 40 ms) never delays it; edits that need them wait.
      const [row, text, annotations] = await db.transaction(
        'r',
        [db.documents, db.texts, db.layers, db.edits],
        () =>
          Promise.all([
            db.documents.get(documentId),
            readDocumentText(db, documentId),
            readDocumentAnnotations(db, documentId),
          ]),
      );
      if (cancelled) return;
      // Compared with undefined: an empty text is still a document.
      if (!row || text === undefined) return setState({ status: 'missing' });
      const opened = new DocumentSession(db, documentId, text, annotations, row, null);
      session = opened;
      setState({ status: 'ready', session: opened, row });
      await afterFirstPaint(opened);
      if (cancelled) return;
      const relations = await readDocumentRelations(db, documentId);
      if (!cancelled) opened.installRelations(relations);
      // Folding the journal rewrites the layer record: worth it, but not while the analyst waits.
      idle = requestIdleCallback(
        () => void session!.whenPersisted().then(() => compactDocumentLayers(db, documentId)),
        { timeout: 5000 },
      );
    })();
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
      session?.dispose();
    };
  }, [db, documentId]);
  return state;
}

/**
 * Resolves once the document's first screen is painted and the frame after it has begun (or
 * after a second, should the view never say so), so that nothing read here lands before it.
 */
function afterFirstPaint(session: DocumentSession): Promise<void> {
  const painted = Promise.race([
    session.whenPainted(),
    new Promise<void>((resolve) => setTimeout(resolve, 1000)),
  ]);
  return painted.then(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}
