import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentId } from '../../app/model/ids.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { useAppServices } from '../shell/app-services.ts';

/**
 * Imported annotations of this document that could not be placed in its text: kept, never
 * dropped, and listed here with the reason so the analyst can tag them again by hand.
 */
export function OrphanList({ documentId }: { documentId: DocumentId }) {
  const { db } = useAppServices();
  const orphans = useLiveQuery(() => db.orphans.where('documentId').equals(documentId).toArray(), [db, documentId]);
  if (!orphans || orphans.length === 0) return null;
  return (
    <details className="orphan-list">
      <summary>
        Could not be placed <span className="count">{orphans.length}</span>
      </summary>
      <ul>
        {orphans.map((orphan) => (
          <li key={orphan.id} data-orphan-id={orphan.id}>
            <span className={`chip chip-${orphan.label}`}>{BUILT_IN_LABELS.find((label) => label.id === orphan.label)?.name ?? orphan.label}</span>
            <q>{orphan.quote || '(no quote)'}</q>
            <span className="muted">
              {orphan.reason} · from {orphan.fileName}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
