import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  datasetToModel,
  encodeDataset,
  parseDataset,
  serialiseDataset,
  type DatasetModel,
} from '../formats/dataset/index.ts';
import { asEntityId } from '../model/ids.ts';
import { reconciledOnly } from './reconciled-export.ts';

const text = readFileSync(
  new URL('../formats/dataset/fixtures/valid-reconciled.json', import.meta.url),
  'utf8',
);

function reviewedModel(): DatasetModel {
  const parsed = parseDataset(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return datasetToModel(parsed.value);
}

function exportOf(model: DatasetModel) {
  return encodeDataset({
    ...model,
    exportedAt: new Date('2024-06-01T00:00:00Z'),
    generatorVersion: '0.1.0',
  });
}

describe('reconciledOnly', () => {
  it('exports the reconciled layer alone, with provenance, as a valid dataset', () => {
    const exported = exportOf(reconciledOnly(reviewedModel()));
    // Its sources cite annotations and relations of layers the file does not carry: a record
    // only, which the reader accepts.
    const reread = parseDataset(serialiseDataset(exported));
    expect(reread.ok ? [] : reread.error).toEqual([]);
    expect(exported.annotators).toEqual([
      { id: 'reconciled', name: 'Reconciled', role: 'reconciled' },
    ]);
    const annotations = exported.documents.flatMap((document) => document.annotations);
    expect(annotations.map((a) => [a.annotator, a.label, a.provenance?.decision])).toEqual([
      ['reconciled', 'date', 'unanimous'],
      ['reconciled', 'claim', 'adjudicated'],
      ['reconciled', 'actor', 'unanimous'],
      ['reconciled', 'date', 'unanimous'],
      ['reconciled', 'claim', 'unanimous'],
    ]);
    expect(exported.documents.every((document) => document.review === undefined)).toBe(true);
  });

  it('keeps the reconciled relations, entity links and values with their provenance', () => {
    const model = reconciledOnly(reviewedModel());
    const exported = exportOf(model);
    const pledge = exported.documents[2]!;
    expect(pledge.relations!.map((r) => [r.annotator, r.type, r.provenance?.sources])).toEqual([
      [
        'reconciled',
        'claimant',
        [
          { annotator: 'ana', relationId: 'ana-r1', from: 'ana-7', to: 'ana-5' },
          { annotator: 'ben', relationId: 'ben-r1', from: 'ben-7', to: 'ben-5' },
        ],
      ],
    ]);
    const [actor, date] = pledge.annotations;
    expect(actor).toMatchObject({
      entity: 'ent-pompeo',
      provenance: { entity: { annotators: ['ana', 'ben'] } },
    });
    expect(date).toMatchObject({
      value: '2020-10-26',
      valueStatus: 'confirmed',
      provenance: { value: { decision: 'adjudicated', annotators: ['ana'] } },
    });
    expect(exported.entities!.map((entity) => entity.id)).toEqual(['ent-pompeo']);
    expect(model.relationTypes!.map((type) => type.id)).toEqual(['claimant', 'date', 'target']);
  });

  it('keeps only the entities a reconciled annotation links to', () => {
    const reviewed = reviewedModel();
    // An entity of the library's list, and one only an annotator's actor links to.
    const unlinked = {
      id: asEntityId('ent-unlinked'),
      name: 'Nobody',
      kind: 'other' as const,
      aliases: [],
    };
    const annotatorsOnly = {
      id: asEntityId('ent-ana'),
      name: 'Ana’s',
      kind: 'person' as const,
      aliases: [],
    };
    const model = reconciledOnly({
      ...reviewed,
      entities: [...reviewed.entities!, unlinked, annotatorsOnly],
      annotations: reviewed.annotations.map((annotation) =>
        annotation.id === 'ana-5' ? { ...annotation, entity: annotatorsOnly.id } : annotation,
      ),
    });
    expect(model.entities!.map((entity) => entity.id)).toEqual(['ent-pompeo']);
  });

  it('leaves out relations and entities when the reconciled layer has none', () => {
    const reviewed = reviewedModel();
    const model = reconciledOnly({
      ...reviewed,
      annotations: reviewed.annotations.filter((annotation) => annotation.entity === undefined),
      relations: reviewed.relations!.filter((relation) => relation.annotator !== 'reconciled'),
    });
    expect('relations' in model).toBe(false);
    expect('entities' in model).toBe(false);
  });
});
