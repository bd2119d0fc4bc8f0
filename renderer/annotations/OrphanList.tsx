import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DocumentId } from '../../app/model/ids.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';
import { discardOrphan, readDocumentOrphans } from '../db/orphan-store.ts';
import type { OrphanRow } from '../db/rows.ts';
import { useAppServices } from '../shell/app-services.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';

export interface OrphanListProps {
  documentId: DocumentId;
  /** Places the orphan at the analyst's text selection (the screen owns the selection). */
  onPlace(orphan: OrphanRow): void;
}

/**
 * Imported annotations of this document that could not be placed in its text: kept, never
 * dropped, and listed here with the reason, so the analyst can place each one at a selection
 * or discard it.
 */
export function OrphanList({ documentId, onPlace }: OrphanListProps) {
  const { db, notify } = useAppServices();
  const labels = useLabels();
  const labelName = (id: string) => labelNameIn(labels, id);
  const orphans = useLiveQuery(() => readDocumentOrphans(db, documentId), [db, documentId]);
  // Held here rather than by <details> alone: the list unmounts when its last orphan is placed,
  // and an undo that brings it back should find it as the analyst left it.
  const [open, setOpen] = useState(false);
  const [pendingDiscard, setPendingDiscard] = useState<OrphanRow | null>(null);
  if (!orphans || orphans.length === 0) return null;
  return (
    <>
      <details
        className="orphan-list"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary>
          Could not be placed <span className="count">{orphans.length}</span>
        </summary>
        <p className="orphan-hint muted">
          Select where one belongs in the text, then place it there.
        </p>
        <ul>
          {orphans.map((orphan) => (
            <li key={orphan.id} data-orphan-id={orphan.id}>
              <span className={`chip chip-${labelStyleKey(orphan.label)}`}>
                {labelName(orphan.label)}
              </span>
              <q>{orphan.quote || '(no quote)'}</q>
              <span className="muted">
                {orphan.reason} · from {orphan.fileName}
              </span>
              <span className="orphan-actions">
                <button
                  type="button"
                  className="button small"
                  // Leaves focus and the text selection where the analyst put them, like the label buttons.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onPlace(orphan)}
                  title={`Make the selected text a ${labelName(orphan.label)} annotation with this one’s note and annotator`}
                >
                  Place at selection
                </button>
                <button
                  type="button"
                  className="button small danger-text"
                  onClick={() => setPendingDiscard(orphan)}
                >
                  Discard
                </button>
              </span>
            </li>
          ))}
        </ul>
      </details>
      {pendingDiscard && (
        <ConfirmDialog
          title="Discard this annotation?"
          message={`The ${labelName(pendingDiscard.label)} “${pendingDiscard.quote || '(no quote)'}” from ${pendingDiscard.fileName} will be removed from this computer. This cannot be undone.`}
          confirmLabel="Discard"
          onCancel={() => setPendingDiscard(null)}
          onConfirm={() => {
            const target = pendingDiscard;
            setPendingDiscard(null);
            discardOrphan(db, target.id).catch((error: unknown) =>
              notify({
                kind: 'error',
                title: 'Could not discard',
                details: [error instanceof Error ? error.message : String(error)],
              }),
            );
          }}
        />
      )}
    </>
  );
}
