import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../model/ids.ts';
import { documentIdOf } from '../text/document-id.ts';
import {
  decodeImportUpload,
  planDecodedImport,
  readImportFile,
  referencedDocumentIds,
} from './read-import-file.ts';
import type { LibrarySnapshot } from './plan-types.ts';

const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const emptyLibrary: LibrarySnapshot = {
  documents: new Map(),
  annotationIds: new Set(),
  annotators: new Map(),
};
const options = {
  importedAt: new Date('2024-06-01T12:00:00Z'),
  fallbackAnnotator: { id: asAnnotatorId('annotator-me'), name: 'Me' },
};

describe('decodeImportUpload, referencedDocumentIds and planDecodedImport', () => {
  it('decode, name the documents to look up, and plan, as readImportFile does at once', () => {
    const file = bytes('../formats/dataset/fixtures/valid-small.json');
    const decoded = decodeImportUpload('valid-small.json', file);
    if (!decoded.ok) throw new Error(decoded.error.summary.join('\n'));
    const ids = referencedDocumentIds(decoded.value);
    expect(ids).toEqual(decoded.value.documents.map((document) => document.id));
    const planned = planDecodedImport('valid-small.json', decoded.value, emptyLibrary, options);
    expect(planned).toEqual(readImportFile('valid-small.json', file, emptyLibrary, options));
    expect(planned.ok && planned.value.documentsToAdd.map(({ id }) => id)).toEqual(ids);
  });

  it('names a document by the hash of its normalised text when the file carries the text', () => {
    const text = 'Baku\r\nYerevan';
    const ids = referencedDocumentIds({
      format: 'jsonl',
      documents: [{ ref: 'line 1', text }, { ref: 'https://example.org/a' }],
      annotations: [],
      annotators: [],
      labels: [],
      warnings: [],
    });
    expect(ids).toEqual([documentIdOf('Baku\nYerevan')]);
  });

  it('refuses with the file name in the first line of the summary', () => {
    const refused = decodeImportUpload('notes.json', new TextEncoder().encode('Dear diary,'));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fileName).toBe('notes.json');
    expect(refused.error.summary[0]).toBe(
      'Nothing will be imported from notes.json: 1 problem in the file must be fixed first.',
    );
  });
});
