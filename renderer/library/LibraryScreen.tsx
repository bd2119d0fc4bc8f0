import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { HistoryButtons } from '../shell/HistoryButtons.tsx';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { countOfLabel } from '../../app/model/label-counts.ts';
import { pluralLabelName } from '../../app/model/label-set.ts';
import { countColumnLabels } from '../labels/count-columns.ts';
import { useLabels } from '../labels/use-labels.ts';
import { deleteDocument } from '../db/document-store.ts';
import { editDocumentMetadata, metadataOf } from '../changes/document-metadata.ts';
import {
  libraryFilterKey,
  libraryFilterText,
  matchesLibraryFilter,
} from '../../app/search/library-filter.ts';
import { DocumentDetailsDialog } from '../document-details/DocumentDetailsDialog.tsx';
import { languageName } from '../document-details/language-name.ts';
import { SourceInput } from '../document-details/SourceInput.tsx';
import { useLibraryHistory } from '../shell/use-library-history.ts';
import type { ScreenCommand } from '../shell/views.ts';
import { PublishedInput } from './PublishedInput.tsx';
import { readLayerIndex } from '../db/layer-index.ts';
import type { DocumentRow } from '../db/rows.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { useAppServices } from '../shell/app-services.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { formatDateTime, formatLength } from './format.ts';
import { TitleCell } from './TitleCell.tsx';

export interface LibraryScreenProps {
  onOpen(id: DocumentId): void;
  onImport(): void;
  /** Where the shell forwards menu commands (Undo, Redo) while this screen shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

export function LibraryScreen({ onOpen, onImport, commandsRef }: LibraryScreenProps) {
  const { db, notify, annotator } = useAppServices();
  const documents = useLiveQuery(() => db.documents.orderBy('updatedAt').reverse().toArray(), [db]);
  const labels = useLabels();
  const countLabels = useMemo(
    () => countColumnLabels(labels, documents ?? []),
    [labels, documents],
  );
  const layers = useLiveQuery(() => readLayerIndex(db), [db]);
  const annotatorNames = useLiveQuery(
    async () => new Map((await db.annotators.toArray()).map((a) => [a.id as string, a.name])),
    [db],
  );
  const [query, setQuery] = useState('');
  const [pendingDelete, setPendingDelete] = useState<DocumentRow | null>(null);
  const [detailsOf, setDetailsOf] = useState<DocumentId | null>(null);
  // Edits made here (a title, a source, the details) are undone here: the library's history.
  const history = useLibraryHistory(db, commandsRef);

  // Each document's searchable text is folded once per change of the library, not per keystroke.
  const filterTexts = useMemo(
    () => new Map((documents ?? []).map((document) => [document.id, libraryFilterText(document)])),
    [documents],
  );
  const visible = useMemo(() => {
    const key = libraryFilterKey(query);
    return (documents ?? []).filter((document) =>
      matchesLibraryFilter(filterTexts.get(document.id) ?? '', key),
    );
  }, [documents, filterTexts, query]);
  const detailsRow =
    detailsOf === null ? undefined : documents?.find((document) => document.id === detailsOf);

  // Only the rows near the viewport are in the DOM. A row is some twenty elements (a date
  // input's among them); with all 1,000 of the bench library's rows, showing the new rows
  // after an import, or the style recalculation every modal dialog's opening and closing sets
  // off, froze the window for 0.4–1.6 s (issue 12).
  const scrollRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [bodyOffset, setBodyOffset] = useState(0);
  const hasDocuments = documents !== undefined && documents.length > 0;
  // Where the rows start in the scrolled section (below the heading and the table's head).
  useLayoutEffect(() => {
    if (bodyRef.current && scrollRef.current)
      setBodyOffset(
        bodyRef.current.getBoundingClientRect().top -
          scrollRef.current.getBoundingClientRect().top +
          scrollRef.current.scrollTop,
      );
  }, [hasDocuments]);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    // A few rows beyond the viewport each way: each row mounted costs about 3 ms (inputs, measuring).
    overscan: 4,
    scrollMargin: bodyOffset,
    // Rows are keyed by document, so a measured height follows its row through a new order.
    getItemKey: (index) => visible[index]!.id,
  });
  const rows = virtualizer.getVirtualItems();
  const paddingTop = rows.length > 0 ? rows[0]!.start - bodyOffset : 0;
  const paddingBottom =
    rows.length > 0 ? virtualizer.getTotalSize() - (rows.at(-1)!.end - bodyOffset) : 0;

  if (!documents) return <div className="screen-loading">Loading library…</div>;

  if (documents.length === 0)
    return (
      <section className="empty-library">
        <h1>Your library is empty</h1>
        <p>
          Import news reports, statements or briefings (Word, PDF, HTML, Markdown or plain text) to
          start tagging claims, actors and dates.
        </p>
        <button type="button" className="button primary" onClick={onImport}>
          Import documents
        </button>
        <p className="muted">…or drop files anywhere in this window.</p>
      </section>
    );

  return (
    <section className="library" ref={scrollRef}>
      <div className="library-head">
        <h1>Library</h1>
        <span className="muted">{countOf(documents.length, 'document')}</span>
        <div className="library-history">
          <HistoryButtons history={history} small />
        </div>
        <input
          type="search"
          className="search"
          placeholder="Search titles, sources, authors…"
          aria-label="Search titles, sources, authors, URLs and languages"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <table className="library-table">
        <thead>
          <tr>
            <th>Title</th>
            <th>Source</th>
            <th>Published</th>
            <th className="numeric">Size</th>
            {countLabels.map((label) => (
              <th key={label.id} className="numeric count-column">
                <span className="label-dot" style={{ background: label.color }} aria-hidden />
                {pluralLabelName(label.name)}
              </th>
            ))}
            <th>Layers</th>
            <th>Last edited</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {paddingTop > 0 && (
            <tr className="virtual-padding" aria-hidden style={{ height: paddingTop }} />
          )}
          {rows
            .map(({ index }) => visible[index]!)
            .map((document, i) => (
              <tr
                key={document.id}
                data-document-id={document.id}
                data-index={rows[i]!.index}
                ref={virtualizer.measureElement}
              >
                <TitleCell
                  title={document.title}
                  byline={bylineOf(document)}
                  onOpen={() => onOpen(document.id)}
                  onRename={(title) => {
                    const problem = editDocumentMetadata(db, document, { title });
                    if (problem)
                      notify({ kind: 'error', title: 'Could not rename', details: [problem] });
                  }}
                />
                <td className="source-cell">
                  <SourceInput
                    value={document.source}
                    onCommit={(source) => editDocumentMetadata(db, document, { source })}
                  />
                </td>
                <td className="published-cell">
                  <PublishedInput
                    value={document.publishedAt}
                    onCommit={(publishedAt) => editDocumentMetadata(db, document, { publishedAt })}
                  />
                </td>
                <td className="numeric">{formatLength(document.length)}</td>
                {countLabels.map((label) => (
                  <td key={label.id} className="numeric count-column" data-count={label.id}>
                    {countOfLabel(document.counts, label.id)}
                  </td>
                ))}
                <td className="layers-cell" data-layers={document.id}>
                  {(layers?.get(document.id) ?? []).map((id) => (
                    <span
                      key={id}
                      className={`layer-chip ${id === annotator.id ? 'own' : ''}`}
                      title={id}
                    >
                      {id === annotator.id ? 'You' : (annotatorNames?.get(id) ?? id)}
                    </span>
                  ))}
                </td>
                <td>
                  <time dateTime={document.updatedAt}>{formatDateTime(document.updatedAt)}</time>
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button small ghost"
                    aria-label="Edit details"
                    title="Edit source, authors, URL, language…"
                    onClick={() => setDetailsOf(document.id)}
                  >
                    Details
                  </button>
                  <button
                    type="button"
                    className="button small danger-text"
                    onClick={() => setPendingDelete(document)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          {paddingBottom > 0 && (
            <tr className="virtual-padding" aria-hidden style={{ height: paddingBottom }} />
          )}
        </tbody>
      </table>
      {visible.length === 0 && <p className="muted center">No document matches “{query}”.</p>}
      {detailsRow && (
        <DocumentDetailsDialog
          fields={metadataOf(detailsRow)}
          onSave={(patch) => editDocumentMetadata(db, detailsRow, patch)}
          onClose={() => setDetailsOf(null)}
        />
      )}
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

/** A row with a one-line title; a byline under it makes it taller (measured once shown). */
const ROW_HEIGHT_ESTIMATE = 64;

/** Under the title: who wrote it and in which language (the source has its own column). */
function bylineOf(document: DocumentRow): string | undefined {
  const parts = [
    document.authors?.join(', '),
    document.language && languageName(document.language),
  ].filter(Boolean);
  return parts.length === 0 ? undefined : parts.join(' · ');
}
