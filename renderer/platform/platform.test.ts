import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_FILE_BYTES } from '../../app/ipc/contract.ts';
import {
  DOCUMENT_FILE_ACCEPT,
  downloadBlob,
  IMPORT_FILE_ACCEPT,
  readBrowserFiles,
} from './platform.ts';

const MB = 1024 * 1024;

/** A File that claims `size` bytes without holding them, and records whether it was read. */
function claimedFile(name: string, size: number) {
  const file = new File(['{}'], name);
  let reads = 0;
  Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => {
      reads++;
      return Blob.prototype.arrayBuffer.call(file);
    },
  });
  return { file, reads: () => reads };
}

describe('readBrowserFiles', () => {
  it('refuses a 200 MB dataset for File → Import… before reading it, and reads the rest', async () => {
    const huge = claimedFile('library.json', 200 * MB);
    const big = claimedFile('annotations.jsonl', 100 * MB);
    const result = await readBrowserFiles([huge.file, big.file], 'import');
    expect(result.refused).toEqual([
      {
        name: 'library.json',
        reason:
          'library.json is 200.0 MB; datasets and annotation files (.json, .jsonld, .jsonl) over 150 MB are not imported',
      },
    ]);
    expect(result.files.map((file) => file.name)).toEqual(['annotations.jsonl']);
    expect([huge.reads(), big.reads()]).toEqual([0, 1]);
  });

  it('holds documents to the document limit in File → Import…', async () => {
    const page = claimedFile('page.html', 40 * MB);
    const result = await readBrowserFiles([page.file], 'import');
    expect(result.refused).toEqual([
      { name: 'page.html', reason: 'page.html is 40.0 MB; documents over 32 MB are not imported' },
    ]);
    expect(page.reads()).toBe(0);
  });

  it('keeps the document limit for everything by default', async () => {
    const dataset = claimedFile('library.json', MAX_DOCUMENT_FILE_BYTES + MB);
    const result = await readBrowserFiles([dataset.file]);
    expect(result.refused).toEqual([
      {
        name: 'library.json',
        reason: 'library.json is too large to import as a document (33.0 MB; the limit is 32 MB)',
      },
    ]);
    expect(dataset.reads()).toBe(0);
  });
});

describe('the file inputs of the browser fallback', () => {
  it('offer every document extension the importer takes, and datasets for File → Import…', () => {
    expect(DOCUMENT_FILE_ACCEPT).toBe('.txt,.text,.md,.markdown,.html,.htm,.xhtml,.docx,.pdf');
    expect(IMPORT_FILE_ACCEPT).toBe(`.json,.jsonld,.jsonl,${DOCUMENT_FILE_ACCEPT}`);
  });
});

describe('downloadBlob', () => {
  it('saves bytes (a zip) as they are, and text as UTF-8', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]);
    expect(new Uint8Array(await downloadBlob(zip).arrayBuffer())).toEqual(zip);
    expect(new Uint8Array(await downloadBlob('Zoë').arrayBuffer())).toEqual(
      new Uint8Array([0x5a, 0x6f, 0xc3, 0xab]),
    );
  });
});
