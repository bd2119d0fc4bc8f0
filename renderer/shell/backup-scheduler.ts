// Rolling backups of the whole library as dataset files (Electron only: main keeps them in the
// user data folder and rotates them). A Dexie middleware marks the library dirty on any write;
// a dirty library is backed up at most once per interval, and when the app quits. A quit
// without changes writes nothing: main keeps ten backups, and ten identical ones would push out
// every older state (and the library would be serialised at every quit for nothing).
// The library worker reads and serialises the backup (renderer/long-work/), off the window's
// thread. Its own writes (imports) pass by this window's middleware: the import flow says so
// (`libraryWrittenElsewhere`).

import type { DBCore, Middleware } from 'dexie';
import { RESTORE_LIMITS, type RestoreLimits } from '../../app/import/backup-restorable.ts';
import type { BackupReason } from '../../app/ipc/contract.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { PlatformBackups } from '../platform/platform.ts';
import { runInLibraryWorker } from '../long-work/library-worker.ts';

/** Writes to these tables are the analyst's work; settings alone are not worth a backup. */
const WORK_TABLES = new Set(['documents', 'texts', 'layers', 'edits', 'annotators', 'orphans']);

export const BACKUP_INTERVAL_MS = 2 * 60 * 1000;

export class BackupScheduler {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  /**
   * Told about failed backups; the shell turns them into a notice. The library stays dirty, so
   * the next change or the quit tries again.
   */
  onError: (message: string) => void = () => {};

  /** Must be made before the database opens: Dexie middleware cannot be added later. */
  constructor(
    private readonly db: MarginaliaDatabase,
    private readonly backups: PlatformBackups,
    private readonly intervalMs = BACKUP_INTERVAL_MS,
    /** What a restore reads; a backup past it is not written (app/import/backup-restorable.ts). */
    private readonly restoreLimits: RestoreLimits = RESTORE_LIMITS,
  ) {
    db.use(this.middleware());
  }

  /** Backs up now, if anything changed since the last backup. */
  backupNow(reason: BackupReason): Promise<void> {
    return this.backupIf(reason, () => this.dirty);
  }

  /**
   * The backup before quitting: what changed since the last backup, or the library as it is
   * when there is no backup at all yet (a first run, or a folder someone emptied).
   */
  backupBeforeQuit(): Promise<void> {
    return this.backupIf('quit', async () => {
      if (this.dirty) return true;
      // Unable to list: writing one more backup is the safe side.
      const existing = await this.backups.list().catch(() => []);
      return existing.length === 0;
    });
  }

  /** The library worker wrote to the library (an import): back it up as after any change. */
  libraryWrittenElsewhere(): void {
    this.markDirty();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** Queued after any backup under way, so `needed` sees the state that one leaves. */
  private backupIf(reason: BackupReason, needed: () => boolean | Promise<boolean>): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = this.running.then(async () => {
      if (!(await needed())) return;
      // Cleared before reading: a write during the backup marks the library dirty again.
      this.dirty = false;
      try {
        // The worker refuses, with the reason, a backup that a restore could not read.
        const content = await runInLibraryWorker('backup', {
          databaseName: this.db.name,
          now: new Date(),
          limits: this.restoreLimits,
        });
        const result = await this.backups.save(content, reason);
        if (result.status === 'failed') throw new Error(result.message);
      } catch (error) {
        this.dirty = true;
        this.onError(error instanceof Error ? error.message : String(error));
      }
    });
    return this.running;
  }

  private markDirty(): void {
    this.dirty = true;
    this.timer ??= setTimeout(() => void this.backupNow('change'), this.intervalMs);
  }

  private middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'marginalia-backup-dirty-flag',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (!WORK_TABLES.has(name)) return table;
          return {
            ...table,
            mutate: async (request) => {
              const result = await table.mutate(request);
              this.markDirty();
              return result;
            },
          };
        },
      }),
    };
  }
}
