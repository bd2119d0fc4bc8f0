import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../app/ipc/contract.ts';
import { formatDateTime } from '../library/format.ts';
import type { PlatformBackups } from '../platform/platform.ts';
import { Dialog } from '../shell/Dialog.tsx';

/** Lists the rolling backups, newest first; choosing one imports it (adding what is missing). */
export function RestoreDialog({
  backups,
  onRestore,
  onClose,
}: {
  backups: PlatformBackups;
  onRestore(name: string): void;
  onClose(): void;
}) {
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    backups.list().then(setList, (failure: unknown) => setError(String(failure)));
  }, [backups]);
  return (
    <Dialog title="Restore from a backup" onCancel={onClose}>
      <p className="muted">
        Restoring imports the backup: documents and annotations missing from the library come back;
        nothing present is overwritten.
      </p>
      {error && <p className="form-error">{error}</p>}
      {list && list.length === 0 && (
        <p>
          No backups yet. They are written a few minutes after changes, and when Marginalia quits.
        </p>
      )}
      <ul className="backup-list">
        {(list ?? []).map((backup) => (
          <li key={backup.name}>
            <span>{formatDateTime(backup.createdAt)}</span>
            <span className="muted">{(backup.bytes / 1024).toFixed(0)} KB</span>
            <button type="button" className="button small" onClick={() => onRestore(backup.name)}>
              Restore…
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
