import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_EXTENSIONS,
  documentFormatOf,
  isBinaryDocumentFormat,
} from './document-formats.ts';
import { importDocumentFile } from './import-document-file.ts';

describe('DOCUMENT_EXTENSIONS', () => {
  it('lists every extension the importer takes, in the order dialogs offer them', async () => {
    expect(DOCUMENT_EXTENSIONS).toEqual([
      'txt',
      'text',
      'md',
      'markdown',
      'html',
      'htm',
      'xhtml',
      'docx',
      'pdf',
    ]);
  });

  // Word and PDF files are binary: their converters have tests of their own, on real files.
  const textExtensions = DOCUMENT_EXTENSIONS.filter((extension) => {
    const format = documentFormatOf(`x.${extension}`);
    return format !== null && !isBinaryDocumentFormat(format);
  });
  it.each(textExtensions)('offers only what imports: .%s', async (extension) => {
    const bytes = new TextEncoder().encode('<p>Mr Pashinyan’s visit</p>');
    expect((await importDocumentFile(`visit.${extension.toUpperCase()}`, bytes)).ok).toBe(true);
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
