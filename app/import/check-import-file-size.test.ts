import { describe, expect, it } from 'vitest';
import { checkImportFileSize, MAX_IMPORT_BYTES } from './check-import-file-size.ts';

describe('checkImportFileSize', () => {
  it('refuses a 200 MB file, naming it, its size and the limit', () => {
    expect(checkImportFileSize('library-2024.json', 200 * 1024 * 1024)).toEqual({
      ok: false,
      error:
        'library-2024.json is too large to import: 200 MB (209,715,200 bytes); the limit is 150 MB',
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more', () => {
    expect(checkImportFileSize('a.json', MAX_IMPORT_BYTES)).toEqual({ ok: true, value: undefined });
    expect(checkImportFileSize('a.json', MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: 'a.json is too large to import: 150.1 MB (157,286,401 bytes); the limit is 150 MB',
    });
  });

  it('accepts an empty file (the decoder says it is empty)', () => {
    expect(checkImportFileSize('a.json', 0).ok).toBe(true);
  });
});
