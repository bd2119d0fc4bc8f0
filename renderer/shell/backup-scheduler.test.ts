import { describe, expect, it, onTestFinished } from 'vitest';
import type { BackupInfo, BackupName, BackupReason } from '../../app/ipc/contract.ts';
import { MarginaliaDatabase } from '../db/database.ts';
import type { PlatformBackups } from '../platform/platform.ts';
import { deleteTestDatabase, uniqueDatabaseName } from '../test-support/test-database.ts';
import { utf8Bytes } from '../test-support/corpus-excerpts.ts';
import type { RestoreLimits } from '../../app/import/backup-restorable.ts';
import { decodeImportUpload } from '../../app/import/read-import-file.ts';
import { BackupScheduler } from './backup-scheduler.ts';
import { importPickedFiles } from './import-documents.ts';

/** Main's side of backups, in memory: keeps what is saved, lists it newest first. */
function backupFolder(initial: readonly BackupInfo[] = []) {
  const saved: { reason: BackupReason; content: string }[] = [];
  const contents: string[] = [];
  const listed: BackupInfo[] = [...initial];
  let listFails = false;
  const backups: PlatformBackups = {
    async save(content, reason) {
      saved.push({ reason, content });
      contents.push(content);
      const name = `marginalia-backup-${saved.length}.json` as BackupName;
      listed.unshift({ name, createdAt: new Date().toISOString(), bytes: content.length });
      return { status: 'saved', name };
    },
    async list() {
      if (listFails) throw new Error('the backup folder could not be listed');
      return [...listed];
    },
    async read() {
      return { status: 'failed', message: 'not used here' };
    },
    async quitReady() {},
  };
  return {
    backups,
    reasons: () => saved.map((backup) => backup.reason),
    contents: () => contents,
    failListing: () => (listFails = true),
  };
}

/** A scheduler on a fresh database: it must exist before the database opens. */
function schedulerWith(backups: PlatformBackups, restoreLimits?: RestoreLimits) {
  const db = new MarginaliaDatabase(uniqueDatabaseName());
  const scheduler = new BackupScheduler(db, backups, undefined, restoreLimits);
  onTestFinished(async () => {
    scheduler.dispose();
    await deleteTestDatabase(db);
  });
  return { db, scheduler };
}

const A_BACKUP: BackupInfo = {
  name: 'marginalia-backup-20250301T120000000Z.json',
  createdAt: '2025-03-01T12:00:00.000Z',
  bytes: 100,
};

function addDocument(db: MarginaliaDatabase, text: string) {
  return importPickedFiles(db, {
    files: [{ name: 'note.txt', bytes: utf8Bytes(text) }],
    refused: [],
  });
}

describe('the backup on quit', () => {
  it('writes nothing when nothing changed since the last backup', async () => {
    const folder = backupFolder([A_BACKUP]);
    const { db, scheduler } = schedulerWith(folder.backups);
    await db.open();
    for (let quit = 0; quit < 10; quit++) await scheduler.backupBeforeQuit();
    expect(folder.reasons()).toEqual([]);
  });

  it('writes one when there is no backup yet, even without changes, and only that one', async () => {
    const folder = backupFolder();
    const { db, scheduler } = schedulerWith(folder.backups);
    await db.open();
    await scheduler.backupBeforeQuit();
    await scheduler.backupBeforeQuit();
    expect(folder.reasons()).toEqual(['quit']);
  });

  it('writes what changed since the last backup, then nothing until the next change', async () => {
    const folder = backupFolder([A_BACKUP]);
    const { db, scheduler } = schedulerWith(folder.backups);
    await addDocument(db, 'Pashinyan’s visit to Washington');
    await scheduler.backupBeforeQuit();
    await scheduler.backupBeforeQuit();
    expect(folder.reasons()).toEqual(['quit']);

    await addDocument(db, 'Aliyev’s reply');
    await scheduler.backupNow('change');
    await scheduler.backupBeforeQuit();
    expect(folder.reasons()).toEqual(['quit', 'change']);
  });

  it('writes after an import the library worker wrote, which its middleware cannot see', async () => {
    const folder = backupFolder([A_BACKUP]);
    const { db, scheduler } = schedulerWith(folder.backups);
    await db.open();
    scheduler.libraryWrittenElsewhere();
    await scheduler.backupNow('change');
    await scheduler.backupBeforeQuit();
    expect(folder.reasons()).toEqual(['change']);
  });

  it('writes one when the backups cannot be listed', async () => {
    const folder = backupFolder([A_BACKUP]);
    folder.failListing();
    const { db, scheduler } = schedulerWith(folder.backups);
    await db.open();
    await scheduler.backupBeforeQuit();
    expect(folder.reasons()).toEqual(['quit']);
  });
});

describe('a backup that could not be restored', () => {
  // A restore is an import, held to the import's limits (app/import/backup-restorable.ts);
  // these tests hold the scheduler to small ones so the library can stay small.
  const text = 'Pashinyan’s visit to Washington. '.repeat(40);

  it('is not written, and the analyst is told why; the library stays to be backed up', async () => {
    const folder = backupFolder();
    const limits = { bytes: 1_000, documents: 10, annotations: 10 };
    const { db, scheduler } = schedulerWith(folder.backups, limits);
    const errors: string[] = [];
    scheduler.onError = (message) => errors.push(message);
    await addDocument(db, text);
    await scheduler.backupNow('manual');

    expect(folder.reasons()).toEqual([]);
    expect(errors).toEqual([
      'No backup was written: the library is too large for a backup that can be restored (it is over 0.1 MB, the most a restore reads). Export the library to keep a copy of it.',
    ]);
    // Still dirty: the quit tries again.
    await scheduler.backupBeforeQuit();
    expect(errors).toHaveLength(2);
  });

  it('is written when within the limits, and restores as an import', async () => {
    const folder = backupFolder();
    const { db, scheduler } = schedulerWith(folder.backups);
    await addDocument(db, text);
    await scheduler.backupNow('manual');
    expect(folder.reasons()).toEqual(['manual']);
    const restored = decodeImportUpload(
      'marginalia-backup-1.json',
      utf8Bytes(folder.contents()[0]!),
    );
    expect(restored.ok && restored.value.documents.map((document) => document.text)).toEqual([
      text.trimEnd(),
    ]);
  });
});
