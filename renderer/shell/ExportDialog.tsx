import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../app/formats/export.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { useAppServices } from './app-services.ts';
import { Dialog } from './Dialog.tsx';
import type { ExportRequest } from './export-dataset.ts';
import type { LongWorkProgress } from '../long-work/long-work-protocol.ts';
import { LongWorkStatus } from '../long-work/LongWorkStatus.tsx';

/** An export under way in the library worker: its progress so far (null before the first). */
export interface RunningExport {
  progress: LongWorkProgress | null;
}

/**
 * Chooses a format and which documents to export: the whole library unless narrowed. While the
 * export runs (`running`), the dialog shows its progress, and Cancel (or Escape) stops it.
 */
export function ExportDialog({
  onExport,
  onCancel,
  running = null,
}: {
  onExport(request: ExportRequest): void;
  /** Closes the dialog, or stops the export under way. */
  onCancel(): void;
  running?: RunningExport | null;
}) {
  const { db } = useAppServices();
  const documents = useLiveQuery(() => db.documents.orderBy('title').toArray(), [db]);
  const [format, setFormat] = useState<ExportFormat>('dataset');
  const [layers, setLayers] = useState<'all' | 'reconciled'>('all');
  // Provenance has a place only in the formats that carry everything (app/formats/export.ts).
  const layersApply = format === 'dataset' || format === 'w3c';
  const [excluded, setExcluded] = useState<ReadonlySet<DocumentId>>(new Set());
  const chosen = (documents ?? []).filter((document) => !excluded.has(document.id));
  const toggle = (id: DocumentId) =>
    setExcluded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  // A checkbox per document (1,000 on the bench library): rendered again only when the choice
  // changes, not with each progress message of the export.
  const documentChoice = useMemo(
    () => (
      <fieldset className="choice-list documents-choice">
        <legend>
          Documents ({chosen.length} of {documents?.length ?? 0})
        </legend>
        <div className="documents-scroll">
          {(documents ?? []).map((document) => (
            <label key={document.id} className="checkbox">
              <input
                type="checkbox"
                checked={!excluded.has(document.id)}
                onChange={() => toggle(document.id)}
              />
              <span className="ellipsis">{document.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
    ),
    [documents, excluded, chosen.length],
  );
  return (
    <Dialog title="Export" onCancel={onCancel} className="export-dialog">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onExport({
            format,
            documentIds: excluded.size === 0 ? undefined : chosen.map((document) => document.id),
            layers: layersApply ? layers : 'all',
          });
        }}
      >
        <fieldset className="choice-list">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((option) => (
            <label key={option.id} className="radio">
              <input
                type="radio"
                name="format"
                value={option.id}
                checked={format === option.id}
                onChange={() => setFormat(option.id)}
              />
              <span>{option.name}</span>
            </label>
          ))}
        </fieldset>
        {layersApply && (
          <fieldset className="choice-list">
            <legend>Layers</legend>
            <label className="radio">
              <input
                type="radio"
                name="layers"
                value="all"
                checked={layers === 'all'}
                onChange={() => setLayers('all')}
              />
              <span>All layers</span>
            </label>
            <label className="radio">
              <input
                type="radio"
                name="layers"
                value="reconciled"
                checked={layers === 'reconciled'}
                onChange={() => setLayers('reconciled')}
              />
              {/* The W3C codec has no place for provenance yet (app/formats/w3c): do not promise it. */}
              <span>
                {format === 'dataset' ? 'Reconciled only (with provenance)' : 'Reconciled only'}
              </span>
            </label>
          </fieldset>
        )}
        {documentChoice}
        {running && <LongWorkStatus what="Exporting" progress={running.progress} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="button primary"
            disabled={chosen.length === 0 || running !== null}
          >
            {running ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
