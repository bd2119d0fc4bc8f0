import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFileError, fileErrorCode } from './describe-file-error.ts';

/** The error a real file-system call rejects with. */
async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('describeFileError', () => {
  it('says a missing file or a folder in words, without the path Node repeats', async () => {
    const folder = await fs.mkdtemp(path.join(tmpdir(), 'marginalia-file-error-'));
    try {
      const missing = await failure(fs.readFile(path.join(folder, 'gone.json')));
      const isFolder = await failure(fs.readFile(folder));
      expect(describeFileError(missing)).toBe('no such file or folder');
      expect(describeFileError(isFolder)).toBe('it is a folder, not a file');
      // The command line's words for the same two errors.
      const cli = { missing: 'no such file', isFolder: 'is a directory' };
      expect([describeFileError(missing, cli), describeFileError(isFolder, cli)]).toEqual([
        'no such file',
        'is a directory',
      ]);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOSPC', 'the disk is full'],
  ])('words %s the same everywhere', (code, reason) => {
    const error = Object.assign(new Error(`${code}: raw, open '/x'`), { code });
    expect(describeFileError(error)).toBe(reason);
  });

  it('keeps the message of anything else', () => {
    expect(
      describeFileError(Object.assign(new Error('EMFILE: too many'), { code: 'EMFILE' })),
    ).toBe('EMFILE: too many');
    expect(describeFileError('a string')).toBe('a string');
    expect(describeFileError(null)).toBe('null');
    expect(fileErrorCode(null)).toBeUndefined();
  });
});
