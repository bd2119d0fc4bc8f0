import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { countOfLabel } from '../../app/model/label-counts.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { deleteDocument } from '../db/document-store.ts';
import { editDocumentMetadata } from '../changes/document-metadata.ts';
import { PublishedInput } from './PublishedInput.tsx';
import { readLayerIndex } from '../db/layer-index.ts';
import type { DocumentRow } from '../db/rows.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { useAppServices } from '../shell/app-services.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { formatDateTime, formatLength } from './format.ts';
import { TitleCell } from './TitleCell.tsx';

/** Folds case and accents so "azərbaycan" finds "Azərbaycan" and "baku" finds "Bakú". */
function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function LibraryScreen({ onOpen, onImport }: { onOpen(id: DocumentId): void; onImport(): void }) {
  const { db, notify, annotator } = useAppServices();
  const documents = useLiveQuery(() => db.documents.orderBy('updatedAt').reverse().toArray(), [db]);
  const layers = useLiveQuery(() => readLayerIndex(db), [db]);
  const annotatorNames = useLiveQuery(async () => new Map((await db.annotators.toArray()).map((a) => [a.id as string, a.name])), [db]);
  const [query, setQuery] = useState('');
  const [pendingDelete, setPendingDelete] = useState<DocumentRow | null>(null);

  const visible = useMemo(() => {
    const key = searchKey(query.trim());
    return (documents ?? []).filter((document) => !key || searchKey(document.title).includes(key));
  }, [documents, query]);

  if (!documents) return <div className="screen-loading">Loading library…</div>;

  if (documents.length === 0)
    return (
      <section className="empty-library">
        <h1>Your library is empty</h1>
        <p>Import news reports, statements or briefings (.txt, .md, .html) to start tagging claims, actors and dates.</p>
        <button type="button" className="button primary" onClick={onImport}>
          Import documents
        </button>
        <p className="muted">…or drop files anywhere in this window.</p>
      </section>
    );

  return (
    <section className="library">
      <div className="library-head">
        <h1>Library</h1>
        <span className="muted">{countOf(documents.length, 'document')}</span>
        <input
          type="search"
          className="search"
          placeholder="Search titles"
          aria-label="Search titles"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <table className="library-table">
        <thead>
          <tr>
            <th>Title</th>
            <th>Published</th>
            <th className="numeric">Size</th>
            {BUILT_IN_LABELS.map((label) => (
              <th key={label.id} className="numeric">
                <span className="label-dot" style={{ background: label.color }} aria-hidden />
                {label.name}s
              </th>
            ))}
            <th>Layers</th>
            <th>Last edited</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {visible.map((document) => (
            <tr key={document.id} data-document-id={document.id}>
              <TitleCell
                title={document.title}
                onOpen={() => onOpen(document.id)}
                onRename={(title) => {
                  const problem = editDocumentMetadata(db, document, { title });
                  if (problem) notify({ kind: 'error', title: 'Could not rename', details: [problem] });
                }}
              />
              <td className="published-cell">
                <PublishedInput value={document.publishedAt} onCommit={(publishedAt) => editDocumentMetadata(db, document, { publishedAt })} />
              </td>
              <td className="numeric">{formatLength(document.length)}</td>
              {BUILT_IN_LABELS.map((label) => (
                <td key={label.id} className="numeric" data-count={label.id}>
                  {countOfLabel(document.counts, label.id)}
                </td>
              ))}
              <td className="layers-cell" data-layers={document.id}>
                {(layers?.get(document.id) ?? []).map((id) => (
                  <span key={id} className={`layer-chip ${id === annotator.id ? 'own' : ''}`} title={id}>
                    {id === annotator.id ? 'You' : (annotatorNames?.get(id) ?? id)}
                  </span>
                ))}
              </td>
              <td>
                <time dateTime={document.updatedAt}>{formatDateTime(document.updatedAt)}</time>
              </td>
              <td className="row-actions">
                <button type="button" className="button small danger-text" onClick={() => setPendingDelete(document)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 && <p className="muted center">No title matches “{query}”.</p>}
      {pendingDelete && (
        <ConfirmDialog
          title="Delete document?"
          message={`“${pendingDelete.title}” and all its annotations will be removed from this computer. This cannot be undone.`}
          confirmLabel="Delete document"
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => {
            const target = pendingDelete;
            setPendingDelete(null);
            void deleteDocument(db, target.id).then(() => {
              changeHubOf(db).forget(target.id);
              notify({ kind: 'info', title: `Deleted “${target.title}”` });
            });
          }}
        />
      )}
    </section>
  );
}
