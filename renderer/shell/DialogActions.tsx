// The foot of a dialog that asks for one decision: Cancel, then the action as the primary
// button. Without `onConfirm` the action is the submit button of the dialog's form, so Enter in
// one of its fields does what a click does.

export interface DialogActionsProps {
  /** The action button's text. */
  confirmLabel: string;
  disabled?: boolean;
  onCancel(): void;
  /** Omit inside a <form>: the action then submits it. */
  onConfirm?(): void;
}

export function DialogActions({ confirmLabel, disabled, onCancel, onConfirm }: DialogActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button
        type={onConfirm ? 'button' : 'submit'}
        className="button primary"
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </div>
  );
}
