import { useEffect, useState } from 'react';
import type { Annotator } from '../../app/model/annotation.ts';
import type { AnnotatorId, DocumentId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR_ENTRY } from '../../app/model/review.ts';
import { readDocumentAnnotations, readDocumentRelations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { DocumentRow } from '../db/rows.ts';
import { ReviewSession } from './review-session.ts';

export type ReviewState =
  | { status: 'loading' }
  | { status: 'missing' }
  | {
      status: 'ready';
      session: ReviewSession;
      row: DocumentRow;
      names: ReadonlyMap<AnnotatorId, string>;
    };

/** Loads a document's text, every layer with its relations, its review, the entities and the annotators' names, in one read. */
export function useReviewSession(db: MarginaliaDatabase, documentId: DocumentId): ReviewState {
  const [state, setState] = useState<ReviewState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let session: ReviewSession | undefined;
    void (async () => {
      const [row, text, annotations, review, annotators, relations, entities] =
        await db.transaction(
          'r',
          [
            db.documents,
            db.texts,
            db.layers,
            db.edits,
            db.reviews,
            db.annotators,
            db.relationLayers,
            db.entities,
          ],
          () =>
            Promise.all([
              db.documents.get(documentId),
              db.texts.get(documentId),
              readDocumentAnnotations(db, documentId),
              db.reviews.get(documentId),
              db.annotators.toArray(),
              readDocumentRelations(db, documentId),
              db.entities.toArray(),
            ]),
        );
      if (cancelled) return;
      if (!row || !text) return setState({ status: 'missing' });
      const names = new Map<AnnotatorId, string>(
        [...annotators, RECONCILED_ANNOTATOR_ENTRY as Annotator].map(({ id, name }) => [id, name]),
      );
      session = new ReviewSession(
        db,
        documentId,
        text.text,
        annotations,
        review,
        relations,
        entities,
      );
      setState({ status: 'ready', session, row, names });
    })();
    return () => {
      cancelled = true;
      session?.dispose();
    };
  }, [db, documentId]);
  return state;
}
