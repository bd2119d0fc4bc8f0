import { useState } from 'react';
import type { LabelId } from '../../app/model/ids.ts';
import type { Label } from '../../app/model/labels.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogActions } from '../shell/DialogActions.tsx';

export interface DeleteLabelDialogProps {
  label: Label;
  /** Annotations that carry it: they must move to another label first. */
  count: number;
  labels: readonly Label[];
  onDelete(moveTo: LabelId): void;
  onCancel(): void;
}

/** Deleting a label in use: its annotations go to a label the analyst picks, in the same step. */
export function DeleteLabelDialog({
  label,
  count,
  labels,
  onDelete,
  onCancel,
}: DeleteLabelDialogProps) {
  const others = labels.filter((other) => other.id !== label.id);
  const [moveTo, setMoveTo] = useState<LabelId>(others[0]!.id);
  const annotations =
    count === 1 ? 'its annotation' : `its ${count.toLocaleString('en')} annotations`;
  return (
    <Dialog title={`Delete label “${label.name}”?`} onCancel={onCancel}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          onDelete(moveTo);
        }}
      >
        <label className="field">
          Move {annotations} to:
          <select
            className="label-move-select"
            value={moveTo}
            onChange={(event) => setMoveTo(event.target.value as LabelId)}
            autoFocus
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          Across every document and every layer, in one step that Undo reverses.
        </p>
        <DialogActions confirmLabel="Move and delete" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
