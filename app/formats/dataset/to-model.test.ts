import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
    expect(annotations.filter((annotation) => annotation.provenance !== undefined)).toHaveLength(2);
    expect(reviews?.map((review) => review.documentId)).toEqual(documents.map(({ id }) => id));
    expect(reviews?.[1]).toMatchObject({
      annotators: ['ana', 'ben'],
      conflicts: [{ kind: 'label', annotations: ['ana-3', 'ben-4'], status: 'resolved' }],
    });
  });

  it('adds no reviews to a model whose dataset has none', () => {
    expect('reviews' in modelOf('valid-small.json')).toBe(false);
  });
});
