import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToModel, parseDataset } from '../dataset/index.ts';
import { encodeW3cCollection, serialiseW3cCollection } from './encode.ts';

function smallModel() {
  const text = readFileSync(
    new URL('../dataset/fixtures/valid-small.json', import.meta.url),
    'utf8',
  );
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return datasetToModel(parsed.value);
}

const exportedAt = new Date('2024-05-10T12:00:00.000Z');

describe('encodeW3cCollection', () => {
  it('writes the golden file for the small dataset fixture, on two pages', async () => {
    const content = serialiseW3cCollection(
      encodeW3cCollection(smallModel(), { exportedAt, pageSize: 3 }),
    );
    await expect(content).toMatchFileSnapshot('fixtures/valid-small.jsonld');
  });

  it('puts everything on the first page unless told a page size', () => {
    const collection = encodeW3cCollection(smallModel(), { exportedAt });
    expect(collection.first?.items).toHaveLength(5);
    expect(collection.first?.next).toBeUndefined();
    expect(collection.last).toBe(collection.first?.id);
    expect(collection['marginalia:nextPages']).toBeUndefined();
  });

  it('links the pages both ways and numbers their items from 0', () => {
    const collection = encodeW3cCollection(smallModel(), { exportedAt, pageSize: 2 });
    const pages = [collection.first!, ...collection['marginalia:nextPages']!];
    expect(
      pages.map(({ id, prev, next, startIndex, items }) => [
        id.slice(-6),
        prev?.slice(-6),
        next?.slice(-6),
        startIndex,
        items.length,
      ]),
    ).toEqual([
      ['page:1', undefined, 'page:2', 0, 2],
      ['page:2', 'page:1', 'page:3', 2, 2],
      ['page:3', 'page:2', undefined, 4, 1],
    ]);
    expect(collection.last).toBe(pages[2]!.id);
  });

  it('leaves out first and last when there is nothing to page, and the annotations of documents not given', () => {
    const model = smallModel();
    const collection = encodeW3cCollection({ ...model, documents: [] }, { exportedAt });
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(collection.last).toBeUndefined();
  });

  it('refuses a page size that is not a positive integer', () => {
    for (const pageSize of [0, -1, 2.5, Number.NaN])
      expect(() => encodeW3cCollection(smallModel(), { exportedAt, pageSize })).toThrow(RangeError);
  });
});
