// An entity's mentions on the Entities screen, grouped by document: the document's title opens
// it, each mention opens it at that mention, and shows its text and whose layer it is in (a
// colleague's mention counts as much as one's own here: a merge or a delete reaches both).

import { useLiveQuery } from 'dexie-react-hooks';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { useAppServices } from '../shell/app-services.ts';
import type { DocumentTarget } from '../shell/views.ts';
import { annotationTarget } from './annotation-target.ts';
import { documentsOf, type EntityMention } from './entity-store.ts';

export interface EntityMentionsProps {
  mentions: readonly EntityMention[] | undefined;
  onOpen(target: DocumentTarget): void;
}

export function EntityMentions({ mentions, onOpen }: EntityMentionsProps) {
  const { db, annotator } = useAppServices();
  const names = useLiveQuery(
    async () => new Map((await db.annotators.toArray()).map((a) => [a.id as string, a.name])),
    [db],
  );
  if (!mentions) return <p className="muted">Reading mentions…</p>;
  const documents = documentsOf(mentions);
  return (
    <section className="entity-mentions" aria-label="Mentions">
      <h3>
        {countOf(mentions.length, 'mention')} in {countOf(documents.length, 'document')}
        {/* Whatever layer the table counts: these are what a merge or a delete reaches. */}
        <span className="entity-mentions-scope"> · every layer</span>
      </h3>
      {documents.map((documentId) => {
        const inDocument = mentions.filter((mention) => mention.documentId === documentId);
        return (
          <div key={documentId} className="entity-mention-group">
            <button type="button" className="title-link" onClick={() => onOpen({ id: documentId })}>
              {inDocument[0]!.title}
            </button>
            <ul>
              {inDocument.map(({ annotation }) => (
                <li key={`${annotation.annotator}|${annotation.id}`}>
                  <button
                    type="button"
                    className="mention-link"
                    onClick={() => onOpen(annotationTarget(annotation))}
                  >
                    <q>{annotation.quote}</q>
                  </button>{' '}
                  <span className="muted">
                    {annotation.annotator === annotator.id
                      ? 'you'
                      : (names?.get(annotation.annotator) ?? annotation.annotator)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
