// Rolling backups of the whole database, as Marginalia dataset files in the user data folder
// (app.getPath('userData')/backups). The renderer sends the serialised dataset; main names,
// writes, rotates and reads the files, so the renderer never chooses a path.

import path from 'node:path';
import {
  backupFileName,
  parseBackupName,
  type BackupInfo,
  type BackupReadResult,
  type BackupSaveResult,
} from '../app/ipc/contract.ts';
import { DATASET_FORMAT } from '../app/formats/dataset/types.ts';
import { describeFileError, fileErrorCode } from './describe-file-error.ts';

/** How many backups are kept; older ones are deleted after each save. */
export const DEFAULT_BACKUPS_KEPT = 10;

/** The file-system calls backups make; `node:fs/promises` satisfies it. */
export interface BackupFilePort {
  mkdir(folder: string, options: { recursive: true }): Promise<unknown>;
  writeFile(
    filePath: string,
    data: string,
    options: { encoding: 'utf8'; flush: boolean },
  ): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(folder: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

const DATASET_HEAD = new RegExp(`"format"\\s*:\\s*"${DATASET_FORMAT}"`);

/**
 * A cheap check that `content` is a Marginalia dataset, not a full parse (which would cost a
 * second copy of a large library): serialiseDataset writes `format` first, so it sits in the
 * first 200 characters. Keeps a compromised renderer from writing arbitrary files.
 */
export function looksLikeDataset(content: string): boolean {
  return content.startsWith('{') && DATASET_HEAD.test(content.slice(0, 200));
}

/** The backups in `folder`, newest first; an absent folder has none. */
export async function listBackups(files: BackupFilePort, folder: string): Promise<BackupInfo[]> {
  let entries: string[];
  try {
    entries = await files.readdir(folder);
  } catch (error) {
    if (fileErrorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const entry of entries) {
    // Temp files, strays and anything a user dropped in the folder are not backups.
    const parsed = parseBackupName(entry);
    if (!parsed.ok) continue;
    try {
      const info = await files.stat(path.join(folder, entry));
      if (info.isFile())
        backups.push({
          name: entry,
          createdAt: parsed.value.createdAt.toISOString(),
          bytes: info.size,
        });
    } catch {
      // Deleted between readdir and stat (a rotation): it is no longer a backup.
    }
  }
  // The fixed-width UTC stamp makes name order time order.
  return backups.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Writes `content` as a new backup named for `now`, atomically (a temp file in the same folder,
 * then a rename, so a crash never leaves half a backup under a backup's name), then deletes
 * the oldest beyond `keep`. Failures come back as values, naming the file.
 */
export async function saveBackup(
  files: BackupFilePort,
  folder: string,
  content: string,
  now: Date,
  keep = DEFAULT_BACKUPS_KEPT,
): Promise<BackupSaveResult> {
  if (!looksLikeDataset(content))
    return {
      status: 'failed',
      message: `Refused a backup that is not a Marginalia dataset (it must start with {"format": "${DATASET_FORMAT}", …)`,
    };
  const name = backupFileName(now);
  const target = path.join(folder, name);
  // Starts with a dot and ends in .tmp: never mistaken for a backup by listBackups.
  const temporary = path.join(folder, `.${name}.tmp`);
  try {
    await files.mkdir(folder, { recursive: true });
    // flush: the data is on disk before the rename makes it the backup.
    await files.writeFile(temporary, content, { encoding: 'utf8', flush: true });
    await files.rename(temporary, target);
  } catch (error) {
    await files.rm(temporary, { force: true }).catch(() => undefined);
    return {
      status: 'failed',
      message: `Could not write the backup ${target}: ${describeFileError(error)}`,
    };
  }
  try {
    const stale = (await listBackups(files, folder)).slice(Math.max(keep, 1));
    for (const backup of stale) await files.rm(path.join(folder, backup.name), { force: true });
  } catch {
    // The new backup is safe; an old one left over is tried again after the next save.
  }
  return { status: 'saved', name };
}

/** Reads one backup by a name main gave it; anything else is refused without touching disk. */
export async function readBackup(
  files: BackupFilePort,
  folder: string,
  name: unknown,
): Promise<BackupReadResult> {
  const parsed = parseBackupName(name);
  if (!parsed.ok) return { status: 'failed', message: parsed.error };
  const filePath = path.join(folder, parsed.value.name);
  try {
    return { status: 'ok', content: await files.readFile(filePath, 'utf8') };
  } catch (error) {
    const reason =
      fileErrorCode(error) === 'ENOENT'
        ? 'it no longer exists (deleted, or rotated out by newer backups)'
        : `it could not be read: ${describeFileError(error)}`;
    return {
      status: 'failed',
      message: `Could not restore ${parsed.value.name} from ${folder}: ${reason}`,
    };
  }
}
