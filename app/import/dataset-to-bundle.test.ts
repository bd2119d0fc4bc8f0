import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDatasetFile } from './dataset-to-bundle.ts';

const validText = readFileSync(
  new URL('../formats/dataset/fixtures/valid-small.json', import.meta.url),
  'utf8',
);

describe('decodeDatasetFile', () => {
  it('keeps every field of every annotation, with its JSON Pointer', () => {
    const result = decodeDatasetFile(validText);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dataset = JSON.parse(validText);
    expect(result.value.documents).toEqual(
      dataset.documents.map(({ id, title, text }: Record<string, string>) => ({
        id,
        ref: id,
        title,
        text,
      })),
    );
    expect(result.value.annotations[3]).toEqual({
      source: '/documents/1/annotations/0',
      document: 1,
      ...dataset.documents[1].annotations[0],
    });
    expect(result.value.labels).toEqual([
      { id: 'claim', name: 'Claim', color: '#f2b705' },
      { id: 'actor', name: 'Actor', color: '#2563eb' },
      { id: 'date', name: 'Date', color: '#16a34a' },
    ]);
  });

  it('lets a quote that no longer matches its offsets through, for the importer to re-anchor', () => {
    const dataset = JSON.parse(validText);
    dataset.documents[0].annotations[0].quote = '3 May 2025';
    const result = decodeDatasetFile(JSON.stringify(dataset));
    expect(result.ok && result.value.annotations[0]!.quote).toBe('3 May 2025');
  });

  it('still refuses what the dataset format forbids', () => {
    const dataset = JSON.parse(validText);
    dataset.documents[0].annotations[0].end = 999;
    expect(decodeDatasetFile(JSON.stringify(dataset))).toEqual({
      ok: false,
      error: [
        {
          path: '/documents/0/annotations/0/end',
          message: "expected an end of at most 91 (the text's length in code points), found 999",
        },
      ],
    });
  });
});
