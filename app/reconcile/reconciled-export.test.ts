import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  datasetToModel,
  encodeDataset,
  parseDataset,
  serialiseDataset,
} from '../formats/dataset/index.ts';
import { reconciledOnly } from './reconciled-export.ts';

const text = readFileSync(
  new URL('../formats/dataset/fixtures/valid-reconciled.json', import.meta.url),
  'utf8',
);

describe('reconciledOnly', () => {
  it('exports the reconciled layer alone, with provenance, as a valid dataset', () => {
    const parsed = parseDataset(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const model = reconciledOnly(datasetToModel(parsed.value));
    const exported = encodeDataset({
      ...model,
      exportedAt: new Date('2024-06-01T00:00:00Z'),
      generatorVersion: '0.1.0',
    });
    const reread = parseDataset(serialiseDataset(exported));
    expect(reread.ok ? [] : reread.error).toEqual([]);
    expect(exported.annotators).toEqual([
      { id: 'reconciled', name: 'Reconciled', role: 'reconciled' },
    ]);
    const annotations = exported.documents.flatMap((document) => document.annotations);
    expect(annotations.map((a) => [a.annotator, a.provenance?.decision])).toEqual([
      ['reconciled', 'unanimous'],
      ['reconciled', 'adjudicated'],
    ]);
    expect(exported.documents.every((document) => document.review === undefined)).toBe(true);
  });
});
