import { useState } from 'react';
import type { ImportRefusal } from '../../app/import/read-import-file.ts';
import type { Result } from '../../app/result.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { EntityMatchChoices } from './EntityMatchChoices.tsx';
import type { ImportPlanPreview } from '../long-work/long-work-protocol.ts';

export interface ImportDialogProps {
  fileName: string;
  /** What the plan (kept in the library worker) will do, or why the file cannot be imported. */
  plan: Result<ImportPlanPreview, ImportRefusal>;
  /** Writes the plan; rejects with why nothing was written. */
  onConfirm(): Promise<void>;
  onClose(): void;
  /** The analyst answered offered entity matches: plan again with these answers. */
  onChooseEntities?(choices: ReadonlyMap<EntityId, EntityId | 'new'>): void;
}

/** What an import will do, shown before anything is written; the analyst confirms or not. */
export function ImportDialog({
  fileName,
  plan,
  onConfirm,
  onClose,
  onChooseEntities,
}: ImportDialogProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!plan.ok)
    return (
      <Dialog title={`Cannot import ${fileName}`} onCancel={onClose} className="import-dialog">
        <p>Nothing was changed. The file has these problems:</p>
        <ul className="plan-lines refusal">
          {plan.error.summary.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </Dialog>
    );
  const { value } = plan;
  const { nothingNew } = value;
  return (
    <Dialog
      title={`Import ${fileName}`}
      onCancel={busy ? undefined : onClose}
      className="import-dialog"
    >
      <ul className="plan-lines">
        {value.summary.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {onChooseEntities && (
        <EntityMatchChoices matches={value.entityMatches} onChoose={onChooseEntities} />
      )}
      {value.orphanCount > 0 && (
        <details className="plan-details">
          <summary>
            {countOf(value.orphanCount, 'annotation')} could not be placed; kept as orphans, to
            place by hand in the document
          </summary>
          <ul>
            {value.orphans.map((orphan) => (
              <li key={orphan.id}>
                “{orphan.quote}” ({orphan.label}): {orphan.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {value.conflictCount > 0 && (
        <details className="plan-details">
          <summary>
            {countOf(value.conflictCount, 'item')} differ{value.conflictCount === 1 ? 's' : ''} from
            the library’s copy and will not be applied
          </summary>
          <ul>
            {value.conflicts.map((conflict) => (
              <li key={conflict.id}>
                {conflict.kind} {conflict.id}: {conflict.differences.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          disabled={busy || nothingNew}
          autoFocus
          onClick={() => {
            setBusy(true);
            onConfirm().catch((error: unknown) => {
              setBusy(false);
              setFailure(
                `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
              );
            });
          }}
        >
          {busy ? 'Importing…' : nothingNew ? 'Nothing new to import' : 'Import'}
        </button>
      </div>
    </Dialog>
  );
}
