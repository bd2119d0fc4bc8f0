import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listBackups,
  looksLikeDataset,
  readBackup,
  saveBackup,
  type BackupFilePort,
} from './backups.ts';

const dataset = (marker: string) =>
  `{\n  "format": "marginalia-dataset",\n  "version": 1,\n  "exportedAt": "2025-03-01T00:00:00.000Z",\n  "marker": "${marker} Zoë 🦉"\n}\n`;

let root: string;
let folder: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'marginalia-backups-'));
  // Not created yet: saveBackup makes it on demand.
  folder = path.join(root, 'userData', 'backups');
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

/** Minute `n` of 1 March 2025, plus a millisecond part so names show it. */
const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 9, minute, 0, 5));

describe('saveBackup', () => {
  it('creates the folder and writes the dataset under a timestamped name', async () => {
    const result = await saveBackup(fs, folder, dataset('one'), at(7));
    expect(result).toEqual({ status: 'saved', name: 'marginalia-backup-20250301T090700005Z.json' });
    expect(
      await fs.readFile(path.join(folder, 'marginalia-backup-20250301T090700005Z.json'), 'utf8'),
    ).toBe(dataset('one'));
  });

  it('leaves no temporary file behind', async () => {
    await saveBackup(fs, folder, dataset('one'), at(1));
    await saveBackup(fs, folder, dataset('two'), at(2));
    expect((await fs.readdir(folder)).sort()).toEqual([
      'marginalia-backup-20250301T090100005Z.json',
      'marginalia-backup-20250301T090200005Z.json',
    ]);
  });

  it('keeps only the newest `keep` backups', async () => {
    for (let minute = 1; minute <= 6; minute++)
      await saveBackup(fs, folder, dataset(`m${minute}`), at(minute), 4);
    const kept = await listBackups(fs, folder);
    expect(kept.map((backup) => backup.createdAt)).toEqual([
      '2025-03-01T09:06:00.005Z',
      '2025-03-01T09:05:00.005Z',
      '2025-03-01T09:04:00.005Z',
      '2025-03-01T09:03:00.005Z',
    ]);
    expect(await fs.readdir(folder)).toHaveLength(4);
  });

  it('never deletes files that are not backups', async () => {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'notes.txt'), 'mine');
    for (let minute = 1; minute <= 3; minute++)
      await saveBackup(fs, folder, dataset(`m${minute}`), at(minute), 1);
    expect((await fs.readdir(folder)).sort()).toEqual([
      'marginalia-backup-20250301T090300005Z.json',
      'notes.txt',
    ]);
  });

  it.each([
    ['plain text', 'hello'],
    ['JSON of another kind', '{"format": "w3c-annotation", "items": []}'],
    [
      'a dataset marker buried past the head',
      `{"padding": "${'x'.repeat(300)}", "format": "marginalia-dataset"}`,
    ],
    ['a dataset after leading junk', ` ${dataset('x')}`],
  ])('refuses %s and writes nothing', async (_what, content) => {
    expect(await saveBackup(fs, folder, content, at(1))).toEqual({
      status: 'failed',
      message:
        'Refused a backup that is not a Marginalia dataset (it must start with {"format": "marginalia-dataset", …)',
    });
    await expect(fs.readdir(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a failed write as a value, naming the file, and cleans up the temp file', async () => {
    const removed: string[] = [];
    const full: BackupFilePort = {
      ...fs,
      async writeFile(filePath, data, options) {
        await fs.writeFile(filePath, data.slice(0, 10), options);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      async rm(filePath, options) {
        removed.push(path.basename(filePath));
        await fs.rm(filePath, options);
      },
    };
    const target = path.join(folder, 'marginalia-backup-20250301T090100005Z.json');
    expect(await saveBackup(full, folder, dataset('x'), at(1))).toEqual({
      status: 'failed',
      message: `Could not write the backup ${target}: the disk is full`,
    });
    expect(removed).toEqual(['.marginalia-backup-20250301T090100005Z.json.tmp']);
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

describe('listBackups', () => {
  it('is empty when the folder does not exist yet', async () => {
    expect(await listBackups(fs, folder)).toEqual([]);
  });

  it('lists backups newest first with their size, ignoring temp files and strays', async () => {
    await saveBackup(fs, folder, dataset('old'), at(1));
    await saveBackup(fs, folder, dataset('new'), at(2));
    await fs.writeFile(path.join(folder, '.marginalia-backup-20250301T090300005Z.json.tmp'), '{');
    await fs.writeFile(path.join(folder, 'marginalia-backup-latest.json'), '{}');
    await fs.mkdir(path.join(folder, 'marginalia-backup-20250301T090400005Z.json'));

    expect(await listBackups(fs, folder)).toEqual([
      {
        name: 'marginalia-backup-20250301T090200005Z.json',
        createdAt: '2025-03-01T09:02:00.005Z',
        bytes: Buffer.byteLength(dataset('new')),
      },
      {
        name: 'marginalia-backup-20250301T090100005Z.json',
        createdAt: '2025-03-01T09:01:00.005Z',
        bytes: Buffer.byteLength(dataset('old')),
      },
    ]);
  });
});

describe('readBackup', () => {
  it('reads a backup back, unchanged', async () => {
    const saved = await saveBackup(fs, folder, dataset('restore me'), at(1));
    if (saved.status !== 'saved') throw new Error(saved.message);
    expect(await readBackup(fs, folder, saved.name)).toEqual({
      status: 'ok',
      content: dataset('restore me'),
    });
  });

  it('reports a backup that is gone, naming it and the folder', async () => {
    const name = 'marginalia-backup-20250301T090100005Z.json';
    expect(await readBackup(fs, folder, name)).toEqual({
      status: 'failed',
      message: `Could not restore ${name} from ${folder}: it no longer exists (deleted, or rotated out by newer backups)`,
    });
  });

  it('refuses a name main did not give, without reading anything', async () => {
    const secret = path.join(root, 'userData', 'secret.json');
    await fs.mkdir(path.dirname(secret), { recursive: true });
    await fs.writeFile(secret, dataset('secret'));
    const read: string[] = [];
    const watched: BackupFilePort = {
      ...fs,
      async readFile(filePath, encoding) {
        read.push(filePath);
        return fs.readFile(filePath, encoding);
      },
    };
    const result = await readBackup(watched, folder, '../secret.json');
    expect(result).toEqual({
      status: 'failed',
      message: 'backup name: "../secret.json" is not a Marginalia backup name',
    });
    expect(read).toEqual([]);
  });
});

describe('looksLikeDataset', () => {
  it('accepts what serialiseDataset writes, compact or indented', () => {
    expect(looksLikeDataset(dataset('x'))).toBe(true);
    expect(looksLikeDataset('{"format":"marginalia-dataset","version":1}')).toBe(true);
  });
});
