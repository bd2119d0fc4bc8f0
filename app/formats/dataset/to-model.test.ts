import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/annotation.ts';
import { parseDataset } from './parse.ts';
import { datasetToModel } from './to-model.ts';

function modelOf(fixture: string) {
  const result = parseDataset(
    readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return datasetToModel(result.value);
}

describe('datasetToModel', () => {
  it('gives each annotation its document id', () => {
    const { documents, annotations } = modelOf('valid-small.json');
    expect(annotations.map((annotation) => annotation.documentId)).toEqual([
      documents[0]!.id,
      documents[0]!.id,
      documents[0]!.id,
      documents[1]!.id,
      documents[1]!.id,
    ]);
  });

  it('fills an absent prefix and suffix from the text and an absent note with nothing', () => {
    const annotation = modelOf('valid-future-fields.json').annotations.find(
      (candidate) => candidate.id === 'ann-4',
    )!;
    expect(annotation).toMatchObject({
      prefix: '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: ',
      suffix: ' met in Yerevan 🇦🇲 on Friday.',
      note: '',
    });
  });

  it('takes up to 32 code points of context either side, as Marginalia writes them', () => {
    const result = parseDataset(
      readFileSync(new URL('fixtures/valid-small.json', import.meta.url), 'utf8'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const withoutContext = structuredClone(result.value);
    for (const document of withoutContext.documents) {
      for (const annotation of document.annotations) {
        delete annotation.prefix;
        delete annotation.suffix;
      }
    }
    expect(datasetToModel(withoutContext).annotations).toEqual(
      datasetToModel(result.value).annotations,
    );
  });

  it('keeps only version-1 fields, so later additions do not leak into the library', () => {
    const future = modelOf('valid-future-fields.json');
    const small = modelOf('valid-small.json');
    expect(future).toEqual(small);
  });
});

describe('datasetToModel, reviewed datasets', () => {
  it('keeps annotator roles, provenance and each document review', () => {
    const { annotators, annotations, reviews, documents } = modelOf('valid-reconciled.json');
    expect(annotators.find((annotator) => annotator.id === 'reconciled')).toEqual({
      id: 'reconciled',
      name: 'Reconciled',
      role: 'reconciled',
    });
    const adjudicated = annotations.find(
      (annotation) => annotation.provenance?.decision === 'adjudicated',
    );
    expect(adjudicated).toMatchObject({
      annotator: 'reconciled',
      start: 60,
      end: 90,
      provenance: {
        decidedBy: 'ana',
        decidedAt: '2024-05-09T14:00:00.000Z',
        sources: [{ annotator: 'ben', annotationId: 'ben-2', label: 'claim', start: 60, end: 90 }],
      },
    });
    expect(annotations.filter((annotation) => annotation.provenance !== undefined)).toHaveLength(5);
    expect(reviews?.map((review) => review.documentId)).toEqual(documents.map(({ id }) => id));
    expect(reviews?.[1]).toMatchObject({
      annotators: ['ana', 'ben'],
      conflicts: [{ kind: 'label', annotations: ['ana-3', 'ben-4'], status: 'resolved' }],
    });
  });

  it('keeps the reconciled relations, entity links and values with their provenance', () => {
    const { annotations, relations, reviews, entities } = modelOf('valid-reconciled.json');
    const reconciledRelations = relations!.filter(
      (relation) => relation.annotator === 'reconciled',
    );
    expect(reconciledRelations).toHaveLength(1);
    expect(reconciledRelations[0]!.provenance).toEqual({
      decision: 'unanimous',
      decidedBy: null,
      decidedAt: '2024-05-08T08:00:00.000Z',
      sources: [
        { annotator: 'ana', relationId: 'ana-r1', from: 'ana-7', to: 'ana-5' },
        { annotator: 'ben', relationId: 'ben-r1', from: 'ben-7', to: 'ben-5' },
      ],
    });
    expect(relations!.filter((relation) => relation.provenance !== undefined)).toHaveLength(1);
    const reconciled = annotations.filter((annotation) => annotation.annotator === 'reconciled');
    expect(reconciled.find((annotation) => annotation.entity !== undefined)).toMatchObject({
      entity: 'ent-pompeo',
      provenance: {
        entity: {
          decision: 'unanimous',
          decidedBy: null,
          decidedAt: '2024-05-08T08:00:00.000Z',
          annotators: ['ana', 'ben'],
        },
      },
    });
    expect(reconciled.find((annotation) => annotation.value !== undefined)).toMatchObject({
      value: '2020-10-26',
      valueStatus: 'confirmed',
      provenance: {
        value: {
          decision: 'adjudicated',
          decidedBy: 'ana',
          decidedAt: '2024-05-09T14:00:00.000Z',
          annotators: ['ana'],
        },
      },
    });
    expect(entities!.map((entity) => entity.id)).toEqual(['ent-pompeo']);
    expect(reviews![2]!.conflicts.map(({ kind, status }) => [kind, status])).toEqual([
      ['link', 'open'],
      ['value', 'resolved'],
    ]);
  });

  it('leaves out provenance fields a later version might add', () => {
    const result = parseDataset(
      readFileSync(new URL('fixtures/valid-reconciled.json', import.meta.url), 'utf8'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const future = structuredClone(result.value) as unknown as {
      documents: {
        annotations: { provenance?: { entity?: Record<string, unknown> } }[];
        relations?: { provenance?: { sources: Record<string, unknown>[] } & object }[];
      }[];
    };
    const document = future.documents[2]!;
    document.annotations.find((a) => a.provenance?.entity !== undefined)!.provenance!.entity!.note =
      'matched by alias';
    const relation = document.relations!.find((r) => r.provenance !== undefined)!;
    Object.assign(relation.provenance!, { confidence: 0.9 });
    relation.provenance!.sources[0]!.label = 'claimant';
    expect(datasetToModel(future as never)).toEqual(datasetToModel(result.value));
  });

  it('adds no reviews to a model whose dataset has none', () => {
    expect('reviews' in modelOf('valid-small.json')).toBe(false);
  });

  it('copies relations, relation types, entities, links, values and publication dates', () => {
    const model = modelOf('valid-enriched.json');
    expect(model.documents.map((document) => document.publishedAt)).toEqual([
      '2024-05-04',
      undefined,
    ]);
    expect(model.relations).toHaveLength(4);
    expect(model.relations![0]).toEqual({
      id: 'rel-1',
      documentId: model.documents[0]!.id,
      type: 'claimant',
      from: 'ann-3',
      to: 'ann-6',
      annotator: 'ana',
      createdAt: '2024-05-01T11:00:00.000Z',
      updatedAt: '2024-05-01T11:00:00.000Z',
    });
    // The file does not say which types are single; the built-in `date` is.
    expect(model.relationTypes!.map((type) => [type.id, type.single])).toEqual([
      ['claimant', undefined],
      ['date', true],
      ['target', undefined],
      ['cites', undefined],
    ]);
    expect(model.entities!.map((entity) => entity.id)).toEqual([
      'ent-armenia',
      'ent-bayramov',
      'ent-commission',
    ]);
    const byId = new Map<string, Annotation>(
      model.annotations.map((annotation) => [annotation.id, annotation]),
    );
    expect(byId.get('ann-2')!.entity).toBe('ent-bayramov');
    expect(byId.get('ann-8')).toMatchObject({ value: '2024-05-03', valueStatus: 'suggested' });
  });

  it('leaves out enrichment fields a later version might add to them', () => {
    const result = parseDataset(
      readFileSync(new URL('fixtures/valid-enriched.json', import.meta.url), 'utf8'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const future = structuredClone(result.value) as unknown as {
      entities: Record<string, unknown>[];
      documents: { relations?: Record<string, unknown>[] }[];
    };
    future.entities[0]!.sameAs = ['https://example.org/armenia'];
    future.documents[0]!.relations![0]!.confidence = 0.9;
    expect(datasetToModel(future as never)).toEqual(datasetToModel(result.value));
    expect('sameAs' in datasetToModel(future as never).entities![0]!).toBe(false);
  });

  it('has no relations or entities when the file has none', () => {
    const model = modelOf('valid-small.json');
    expect(model.relations).toBeUndefined();
    expect(model.entities).toBeUndefined();
  });

  it('reads a label colour written in any CSS hex form as #rrggbb, and refuses none of them', () => {
    const text = readFileSync(new URL('fixtures/valid-small.json', import.meta.url), 'utf8');
    const dataset = JSON.parse(text) as { labels: { id: string; name: string; color: string }[] };
    const written = ['#D33', '#dd3333', '#Dd3333', '#d338', '#DD333380'];
    const labels = written.map((color, i) => ({ id: `extra-${i}`, name: `Extra ${i}`, color }));
    const result = parseDataset(
      JSON.stringify({ ...dataset, labels: [...dataset.labels, ...labels] }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const colours = datasetToModel(result.value)
      .labels.filter((label) => label.id.startsWith('extra-'))
      .map((label) => label.color);
    expect(colours).toEqual(written.map(() => '#dd3333'));
  });
});
