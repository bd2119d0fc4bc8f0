import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParseDatasetOptions } from '../formats/dataset/index.ts';
import { documentIdOf } from '../text/document-id.ts';
import { decodeImportFile, detectImportFormat } from './decode-import-file.ts';

const fixtures = new URL('../formats/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');

const format = (fileName: string, text: string) => {
  const result = detectImportFormat(fileName, text);
  return result.ok ? result.value : result.error.message;
};

describe('detectImportFormat', () => {
  it('tells the golden files of every format apart by their content, whatever their name', () => {
    expect(format('export.txt', read('dataset/fixtures/valid-small.json'))).toBe(
      'marginalia-dataset',
    );
    expect(format('export.json', read('w3c/fixtures/valid-small.jsonld'))).toBe('w3c-annotation');
    expect(format('export.json', read('jsonl/fixtures/valid-small.jsonl'))).toBe('jsonl');
    expect(format('export', read('jsonl/fixtures/valid-small.doccano.jsonl'))).toBe('jsonl');
  });

  it('recognises a single W3C annotation, an array of them, and a one-line JSONL file', () => {
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: 'x',
    };
    expect(format('a.json', JSON.stringify(annotation))).toBe('w3c-annotation');
    expect(
      format('a.json', JSON.stringify([annotation, { ...annotation, '@context': undefined }])),
    ).toBe('w3c-annotation');
    expect(format('a.json', '\uFEFF{"text": "one line", "label": []}')).toBe('jsonl');
  });

  it('sends a broken file of a recognisable kind to its decoder, which says where it breaks', () => {
    expect(format('a.json', '{\n  "format": "marginalia-dataset",\n  "version": 1,\n}')).toBe(
      'marginalia-dataset',
    );
    expect(format('a.jsonld', '{"@context": "http://www.w3.org/ns/anno.jsonld", ')).toBe(
      'w3c-annotation',
    );
    expect(format('a.jsonl', 'not json\n{"text": "x"}')).toBe('jsonl');
  });

  it('says what the file is instead when it is none of them', () => {
    const none = 'not a Marginalia dataset, W3C Web Annotation or JSONL file';
    expect(format('a.json', '')).toBe(`${none}: the file is empty`);
    expect(format('a.json', '{"format": "hypothesis"}')).toBe(
      `${none}: a JSON object whose "format" is "hypothesis", not "marginalia-dataset"`,
    );
    expect(format('a.json', '{"rows": []}')).toBe(
      `${none}: a JSON object with no "format": "marginalia-dataset", no W3C "type" (Annotation, AnnotationPage or AnnotationCollection) and no "text"`,
    );
    expect(format('a.json', '[1, 2]')).toBe(
      `${none}: a JSON document that is an array of 2, not an object or an array of W3C Annotations`,
    );
    expect(format('notes.txt', 'Dear diary,')).toBe(
      `${none}: not valid JSON: Unexpected word "Dear"; expected a value (true, false and null are lowercase) at line 1, column 1`,
    );
  });
});

describe('decodeImportFile', () => {
  it('decodes each golden file into a bundle of its format', () => {
    const decoded = (name: string) => {
      const result = decodeImportFile(name, read(name));
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    };
    expect(decoded('dataset/fixtures/valid-small.json').format).toBe('marginalia-dataset');
    expect(decoded('w3c/fixtures/valid-small.jsonld').format).toBe('w3c-annotation');
    expect(decoded('jsonl/fixtures/valid-small.jsonl').format).toBe('jsonl');
    expect(decoded('jsonl/fixtures/valid-small.doccano.jsonl').format).toBe('doccano-jsonl');
    for (const name of [
      'dataset/fixtures/valid-small.json',
      'w3c/fixtures/valid-small.jsonld',
      'jsonl/fixtures/valid-small.jsonl',
    ])
      expect(decoded(name).annotations.map((a) => [a.start, a.end, a.label])).toEqual([
        [30, 40, 'date'],
        [42, 59, 'actor'],
        [65, 90, 'claim'],
        [10, 31, 'actor'],
        [53, 59, 'date'],
      ]);
  });

  it('passes on each decoder’s issues, with their paths', () => {
    expect(
      decodeImportFile('a.jsonld', '{"@context": "http://www.w3.org/ns/anno.jsonld", '),
    ).toEqual({
      ok: false,
      error: [
        { path: '', message: 'not valid JSON: Unexpected end of input at line 1, column 50' },
      ],
    });
    expect(decodeImportFile('a.jsonl', '{"text": 1}\n')).toEqual({
      ok: false,
      error: [
        { path: 'line 1', message: '/text: expected the document’s text as a string, found 1' },
      ],
    });
    expect(decodeImportFile('a', 'plain words')).toMatchObject({
      ok: false,
      error: [{ path: '' }],
    });
  });

  it('says where a broken dataset breaks, as parseDataset does', () => {
    expect(
      decodeImportFile('a.json', '{\n  "format": "marginalia-dataset",\n  "version": 1,\n}'),
    ).toEqual({
      ok: false,
      error: [
        {
          path: '',
          message: `not valid JSON: Unexpected character '}'; expected a property name in double quotes at line 4, column 1`,
        },
      ],
    });
  });

  it('checks document ids with the hash it is given, and never verifies quotes', () => {
    const dataset = JSON.parse(read('dataset/fixtures/valid-small.json'));
    dataset.documents[0].annotations[0].quote = 'not the quote';
    const hashed: string[] = [];
    // Typed as the CLI's options are: a verifyQuotes in them must not make the import strict.
    const options: ParseDatasetOptions = {
      verifyQuotes: true,
      documentIdOf: (text) => {
        hashed.push(text);
        return documentIdOf(text);
      },
    };
    const result = decodeImportFile('a.json', JSON.stringify(dataset), options);
    expect(result.ok).toBe(true);
    expect(hashed).toEqual(dataset.documents.map((document: { text: string }) => document.text));
  });
});
