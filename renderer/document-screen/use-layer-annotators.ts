import { useEffect, useState } from 'react';
import type { AnnotatorId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { readLayerIndex } from '../db/layer-index.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { useAppServices } from '../shell/app-services.ts';

/**
 * The annotators with a layer on the open document, the reconciled layer excepted: the layer
 * index (keys only, read once — a live query would re-render the screen after every edit's
 * write), plus whoever the session holds annotations of, so a first span counts at once.
 */
export function useLayerAnnotators(session: DocumentSession): AnnotatorId[] {
  const { db } = useAppServices();
  const [indexed, setIndexed] = useState<readonly AnnotatorId[]>([]);
  useEffect(() => {
    let cancelled = false;
    void readLayerIndex(db).then((index) => {
      if (!cancelled) setIndexed(index.get(session.documentId) ?? []);
    });
    return () => {
      cancelled = true;
    };
  }, [db, session.documentId]);
  const present = new Set<AnnotatorId>(indexed);
  present.delete(RECONCILED_ANNOTATOR);
  // Two are enough to enable a review: stop scanning once they are known.
  for (const { annotator } of session.sorted()) {
    if (present.size >= 2) break;
    if (annotator !== RECONCILED_ANNOTATOR) present.add(annotator);
  }
  return [...present];
}
