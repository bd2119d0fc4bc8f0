import { useEffect, useState } from 'react';
import type { DocumentId } from '../../app/model/ids.ts';
import { compactDocumentLayers, readDocumentLayers } from '../db/annotation-store.ts';
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
      const [row, text, layers] = await db.transaction('r', [db.documents, db.texts, db.layers, db.edits], () =>
        Promise.all([db.documents.get(documentId), readDocumentText(db, documentId), readDocumentLayers(db, documentId)]),
      );
      if (cancelled) return;
      // Compared with undefined: an empty text is still a document.
      if (!row || text === undefined) return setState({ status: 'missing' });
      session = new DocumentSession(db, documentId, text, layers.annotations, row, layers.relations);
      setState({ status: 'ready', session, row });
      // Folding the journal rewrites the layer record: worth it, but not while the analyst waits.
      idle = requestIdleCallback(() => void session!.whenPersisted().then(() => compactDocumentLayers(db, documentId)), { timeout: 5000 });
    })();
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
      session?.dispose();
    };
  }, [db, documentId]);
  return state;
}
