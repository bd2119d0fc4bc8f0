import { describe, expect, it } from 'vitest';
import { DOCUMENT_EXTENSIONS, documentFormatOf } from './document-formats.ts';
import { importDocumentFile } from './import-document-file.ts';

describe('DOCUMENT_EXTENSIONS', () => {
  it('lists every extension the importer takes, in the order dialogs offer them', () => {
    expect(DOCUMENT_EXTENSIONS).toEqual(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml']);
  });

  it.each(DOCUMENT_EXTENSIONS)('offers only what imports: .%s', (extension) => {
    const bytes = new TextEncoder().encode('<p>Mr Pashinyan’s visit</p>');
    expect(importDocumentFile(`visit.${extension.toUpperCase()}`, bytes).ok).toBe(true);
  });
});

describe('documentFormatOf', () => {
  it.each([
    ['notes.MD', 'markdown'],
    ['page.xhtml', 'html'],
    ['readme.text', 'text'],
    ['.txt', null],
    ['folder.txt/file', null],
    ['x.constructor', null],
  ])('%s → %s', (name, format) => {
    expect(documentFormatOf(name)).toBe(format);
  });
});
