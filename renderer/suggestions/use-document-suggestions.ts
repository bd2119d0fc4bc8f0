import { useEffect, useState } from 'react';
import type { Entity } from '../../app/model/entity.ts';
import type { AnnotatorId } from '../../app/model/ids.ts';
import type { TaggedTextIndex } from '../../app/suggestions/index.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readDismissedKeys } from '../db/dismissal-store.ts';
import type { DocumentSession } from '../document/document-session.ts';
import type { DocumentViewController } from '../document-view/document-view-controller.ts';
import { SuggestionPainter } from '../document-view/suggestion-painter.ts';
import { DocumentSuggestions } from './document-suggestions.ts';
import { readTaggedTextIndex } from './read-tagged-text.ts';

/**
 * The open document's suggestions: created with the session, and fed once the first screen is
 * painted and the browser idle (the analyst's rejections and what they tagged across the library
 * are read then), so that opening a document costs nothing more. A new publication date or a
 * change to the entity list has them found again.
 */
export function useDocumentSuggestions(
  db: MarginaliaDatabase,
  session: DocumentSession,
  annotator: AnnotatorId,
  entities: readonly Entity[] | undefined,
  publishedAt: string | undefined,
): DocumentSuggestions | null {
  // Made in an effect, not in state: StrictMode runs effects twice, and a disposed set of
  // suggestions would hear of no change again.
  const [ready, setReady] = useState<{
    suggestions: DocumentSuggestions;
    tagged: TaggedTextIndex;
  } | null>(null);
  useEffect(() => {
    const suggestions = new DocumentSuggestions(db, session, annotator);
    let cancelled = false;
    let idle: number | undefined;
    void session.whenPainted().then(() => {
      if (cancelled) return;
      idle = requestIdleCallback(
        () =>
          void Promise.all([
            readDismissedKeys(db, 'suggestion', annotator, session.documentId),
            readTaggedTextIndex(db, annotator),
          ]).then(([dismissed, tagged]) => {
            if (cancelled) return;
            suggestions.setDismissed(dismissed);
            setReady({ suggestions, tagged });
          }),
        { timeout: 1000 },
      );
    });
    return () => {
      cancelled = true;
      if (idle !== undefined) cancelIdleCallback(idle);
      suggestions.dispose();
      setReady(null);
    };
  }, [db, session, annotator]);

  useEffect(() => {
    // Entities are undefined while their first read is under way: wait rather than find twice.
    if (ready && entities)
      ready.suggestions.setContext({ publishedAt, entities, tagged: ready.tagged });
  }, [ready, entities, publishedAt]);
  return ready?.suggestions ?? null;
}

/** Paints `suggestions` over the document view while both exist. */
export function useSuggestionPainter(
  suggestions: DocumentSuggestions | null,
  view: DocumentViewController | null,
): void {
  useEffect(() => {
    if (!view || !suggestions) return;
    const painter = new SuggestionPainter(suggestions, view.offsets, view.scrollContainer);
    let disposed = false;
    void view.whenComplete().then(() => {
      if (!disposed) painter.paragraphsAdded();
    });
    return () => {
      disposed = true;
      painter.dispose();
    };
  }, [suggestions, view]);
}
