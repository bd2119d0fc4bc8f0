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
      { id: 'claim', name: 'Claim', color: '#f2b705', shortcut: '1' },
      { id: 'actor', name: 'Actor', color: '#2563eb', shortcut: '2' },
      { id: 'date', name: 'Date', color: '#16a34a', shortcut: '3' },
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

  it('carries relations, relation types, entities, links, values and publication dates', () => {
    const text = readFileSync(
      new URL('../formats/dataset/fixtures/valid-enriched.json', import.meta.url),
      'utf8',
    );
    const result = decodeDatasetFile(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { documents, annotations, relations, relationTypes, entities } = result.value;
    expect(documents.map((document) => document.publishedAt)).toEqual(['2024-05-04', undefined]);
    expect(relations).toHaveLength(4);
    expect(relations![3]).toEqual({
      source: '/documents/0/relations/3',
      id: 'rel-4',
      document: 0,
      type: 'date',
      from: 'ann-7',
      to: 'ann-8',
      annotator: 'ben',
      createdAt: '2024-05-01T11:00:00.000Z',
      updatedAt: '2024-05-01T11:00:00.000Z',
    });
    expect(relationTypes!.map((type) => type.id)).toEqual(['claimant', 'date', 'target', 'cites']);
    expect(entities!.map((entity) => entity.name)).toEqual([
      'Armenia',
      'Jeyhun Bayramov',
      'Armenia–Azerbaijan border commission',
    ]);
    const byId = new Map(annotations.map((annotation) => [annotation.id as string, annotation]));
    expect(byId.get('ann-2')!.entity).toBe('ent-bayramov');
    expect(byId.get('ann-1')).toMatchObject({ value: '2024-05-03', valueStatus: 'confirmed' });
  });
});
