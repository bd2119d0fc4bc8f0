import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../import/check-import-file-size.ts';
import {
  backupFileName,
  importFileLimit,
  importSizeRefusal,
  isImportDataFile,
  isMenuCommand,
  MAX_DOCUMENT_FILE_BYTES,
  parseBackupName,
  parseBackupSaveRequest,
} from './contract.ts';

const MB = 1024 * 1024;

describe('importSizeRefusal', () => {
  it('refuses a 200 MB dataset, naming the file, its size and the limit', () => {
    expect(importSizeRefusal('library.json', 200 * MB)).toBe(
      'library.json is 200.0 MB; datasets and annotation files (.json, .jsonld, .jsonl) over 150 MB are not imported',
    );
  });

  it('holds .json, .jsonld and .jsonl (any case) to 150 MB, up to and including the limit', () => {
    for (const name of ['a.json', 'b.JSONLD', 'c.jsonl']) {
      expect(importFileLimit(name).maxBytes).toBe(MAX_IMPORT_BYTES);
      expect(importSizeRefusal(name, MAX_IMPORT_BYTES)).toBeNull();
    }
    // One byte over must not read as "150.0 MB", which would look like it is within the limit.
    expect(importSizeRefusal('c.jsonl', MAX_IMPORT_BYTES + 1)).toMatch(/^c\.jsonl is 150\.1 MB;/);
  });

  it('holds documents (and anything else) to the document limit', () => {
    expect(importFileLimit('notes.md').maxBytes).toBe(MAX_DOCUMENT_FILE_BYTES);
    expect(importFileLimit('json').maxBytes).toBe(MAX_DOCUMENT_FILE_BYTES);
    expect(importSizeRefusal('page.html', MAX_DOCUMENT_FILE_BYTES)).toBeNull();
    expect(importSizeRefusal('page.html', 40 * MB)).toBe(
      'page.html is 40.0 MB; documents over 32 MB are not imported',
    );
  });
});

describe('isImportDataFile', () => {
  it('takes .json, .jsonld and .jsonl in any case, and nothing else', () => {
    const names = ['a.json', 'b.JSONLD', 'c.jsonl', 'json', 'a.json.txt', 'a.jsonc', 'notes.md'];
    expect(names.filter((name) => isImportDataFile(name))).toEqual([
      'a.json',
      'b.JSONLD',
      'c.jsonl',
    ]);
  });
});

describe('parseBackupSaveRequest', () => {
  it('accepts content and a known reason, and nothing else', () => {
    expect(parseBackupSaveRequest({ content: '{}', reason: 'quit', extra: 1 })).toEqual({
      ok: true,
      value: { content: '{}', reason: 'quit' },
    });
  });

  it.each([
    [null, 'backup request: expected an object'],
    ['{}', 'backup request: expected an object'],
    [{ reason: 'change' }, 'backup request: content must be a string'],
    [{ content: '{}' }, 'backup request: reason must be one of change, quit, manual'],
    [
      { content: '{}', reason: 'hourly' },
      'backup request: reason must be one of change, quit, manual',
    ],
  ])('refuses %j', (value, error) => {
    expect(parseBackupSaveRequest(value)).toEqual({ ok: false, error });
  });
});

describe('the size of what the renderer asks main to write', () => {
  it('counts a backup in UTF-8 bytes against what a restore reads (150 MB)', () => {
    // 79 M units of é: under 150 M by length, 158 MB to write. (A check by length passed it.)
    const content = 'é'.repeat(79 * MB);
    expect(parseBackupSaveRequest({ content, reason: 'change' })).toEqual({
      ok: false,
      error:
        'backup request: content is over the 150 MB a restore reads, so it could never be restored',
    });
    expect(
      parseBackupSaveRequest({ content: content.slice(0, 75 * MB), reason: 'change' }).ok,
    ).toBe(true);
  });
});

describe('backup names', () => {
  it('names a backup by its UTC instant, to the millisecond', () => {
    expect(backupFileName(new Date('2025-03-01T14:22:33.017Z'))).toBe(
      'marginalia-backup-20250301T142233017Z.json',
    );
  });

  it('reads back exactly the names backupFileName produces', () => {
    const date = new Date('1999-12-31T23:59:59.999Z');
    expect(parseBackupName(backupFileName(date))).toEqual({
      ok: true,
      value: { name: 'marginalia-backup-19991231T235959999Z.json', createdAt: date },
    });
  });

  it.each([
    '../marginalia-backup-20250301T142233017Z.json',
    'marginalia-backup-20250301T142233017Z.json/../../etc/passwd',
    'backups/marginalia-backup-20250301T142233017Z.json',
    'marginalia-backup-20250301T142233017Z.json.tmp',
    '.marginalia-backup-20250301T142233017Z.json',
    'marginalia-backup-20250301T142233017Z.JSON',
    'marginalia-backup-2025-03-01T14:22:33.017Z.json',
    'marginalia-backup-20251301T142233017Z.json',
    'marginalia-backup-20250230T142233017Z.json',
    'marginalia-backup-20250301T256133017Z.json',
    '',
  ])('refuses %j', (name) => {
    expect(parseBackupName(name).ok).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(parseBackupName({ name: 'x' })).toEqual({
      ok: false,
      error: 'backup name: expected a string',
    });
  });
});

describe('menu commands', () => {
  it('include import, restore and the quit handshake', () => {
    for (const command of ['import-file', 'restore-backup', 'prepare-quit'])
      expect(isMenuCommand(command)).toBe(true);
    expect(isMenuCommand('quit-now')).toBe(false);
  });
});
