import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToModel, parseDataset } from '../dataset/index.ts';
import { makeAnnotation, makeDocument } from '../dataset/test-support.ts';
import { encodeDoccanoJsonl, encodeJsonl } from './encode.ts';

function smallModel() {
  const text = readFileSync(
    new URL('../dataset/fixtures/valid-small.json', import.meta.url),
    'utf8',
  );
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return datasetToModel(parsed.value);
}

describe('encodeJsonl and encodeDoccanoJsonl', () => {
  it('write the golden files for the small dataset fixture', async () => {
    await expect(encodeJsonl(smallModel())).toMatchFileSnapshot('fixtures/valid-small.jsonl');
    await expect(encodeDoccanoJsonl(smallModel())).toMatchFileSnapshot(
      'fixtures/valid-small.doccano.jsonl',
    );
  });

  it('write one line per document, spans sorted and deduplicated, offsets in code points', () => {
    const document = makeDocument('Flags', '🇦🇲 Yerevan and Baku');
    const annotations = [
      makeAnnotation(document, 14, 18, { id: 'b', label: 'actor' }),
      makeAnnotation(document, 3, 10, { id: 'a', label: 'actor' }),
      makeAnnotation(document, 3, 10, { id: 'c', label: 'actor', annotator: 'ben' }),
      makeAnnotation(document, 0, 2, { id: 'd', label: 'claim' }),
    ];
    const empty = makeDocument('Empty', 'No spans here.');
    const model = { documents: [document, empty], annotations, annotators: [], labels: [] };
    expect(encodeJsonl(model)).toBe(
      `${JSON.stringify({
        id: document.id,
        text: document.text,
        spans: [
          { id: 1, start: 0, end: 2, label: 'claim' },
          { id: 2, start: 3, end: 10, label: 'actor' },
          { id: 3, start: 14, end: 18, label: 'actor' },
        ],
        relations: [],
      })}\n${JSON.stringify({ id: empty.id, text: empty.text, spans: [], relations: [] })}\n`,
    );
    expect(encodeDoccanoJsonl(model).split('\n')[0]).toBe(
      JSON.stringify({
        id: document.id,
        text: document.text,
        label: [
          [0, 2, 'claim'],
          [3, 10, 'actor'],
          [14, 18, 'actor'],
        ],
      }),
    );
  });

  it('escapes the characters Python’s splitlines() would break a line at', () => {
    const document = makeDocument('Separators', 'a\u2028b\u2029c\u0085d\ne');
    const jsonl = encodeJsonl({
      documents: [document],
      annotations: [],
      annotators: [],
      labels: [],
    });
    expect(jsonl).toBe(
      `{"id":"${document.id}","text":"a\\u2028b\\u2029c\\u0085d\\ne","spans":[],"relations":[]}\n`,
    );
    expect(JSON.parse(jsonl).text).toBe(document.text);
  });
});
