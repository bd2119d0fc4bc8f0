import { useState } from 'react';
import type { Preferences } from '../db/settings-store.ts';
import { Dialog } from './Dialog.tsx';

export interface NameDialogProps {
  /** First start: no current name, and no way to skip. */
  firstRun: boolean;
  name: string;
  preferences: Preferences;
  onSave(name: string, preferences: Preferences): Promise<void>;
  onCancel?: () => void;
}

/** The welcome dialog on first start and the settings dialog later: name and preferences. */
export function NameDialog({ firstRun, name, preferences, onSave, onCancel }: NameDialogProps) {
  const [value, setValue] = useState(name);
  const [snap, setSnap] = useState(preferences.snapToWords);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await onSave(value, { ...preferences, snapToWords: snap });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <Dialog
      title={firstRun ? 'Welcome to Marginalia' : 'Settings'}
      onCancel={firstRun ? undefined : onCancel}
    >
      <form onSubmit={submit} className="form">
        {firstRun && (
          <p className="muted">
            Your name or handle is stamped on every annotation you make, so a colleague reviewing
            your work knows whose it is. Everything stays on this computer.
          </p>
        )}
        <label className="field">
          <span>Your name or handle</span>
          <input
            autoFocus
            value={value}
            maxLength={80}
            onChange={(event) => setValue(event.target.value)}
            placeholder="e.g. Ana Petrosyan"
          />
        </label>
        {!firstRun && (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={snap}
              onChange={(event) => setSnap(event.target.checked)}
            />
            <span>Snap selections to whole words</span>
          </label>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {!firstRun && (
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="button primary">
            {firstRun ? 'Start annotating' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
