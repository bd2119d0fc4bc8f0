import { describe, expect, it } from 'vitest';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asLabelId,
  asRelationId,
  asSpanGroupId,
} from '../../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, type Relation } from '../../model/relation.ts';
import type { RelationProvenanceSource } from '../../model/review.ts';
import { codePoints } from '../../model/offsets.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import { encodeDataset, encodeProvenance, type DatasetInput } from './encode.ts';
import { makeAnnotation, makeDocument } from './test-support.ts';

const first = makeDocument('First', 'Alpha beta gamma delta.');
const second = makeDocument('Second', 'Epsilon 😀 zeta.');

function input(overrides: Partial<DatasetInput> = {}): DatasetInput {
  return {
    documents: [second, first],
    annotations: [],
    annotators: [{ id: asAnnotatorId('ana'), name: 'Ana' }],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '1.2.3',
    ...overrides,
  };
}

describe('encodeDataset', () => {
  it('writes the format header, the export time and the generator', () => {
    const dataset = encodeDataset(input());
    expect(dataset).toMatchObject({
      format: 'marginalia-dataset',
      version: 1,
      exportedAt: '2024-05-10T12:00:00.000Z',
      generator: { name: 'Marginalia', version: '1.2.3' },
    });
  });

  it('keeps documents in input order and sorts annotations by start, end, then id', () => {
    const annotations = [
      makeAnnotation(first, 6, 16, { id: 'c' }),
      makeAnnotation(first, 0, 10, { id: 'b' }),
      makeAnnotation(first, 0, 5, { id: 'z' }),
      makeAnnotation(first, 0, 5, { id: 'a' }),
      makeAnnotation(second, 8, 9, { id: 'emoji' }),
    ];
    const dataset = encodeDataset(input({ annotations }));
    expect(dataset.documents.map((document) => document.title)).toEqual(['Second', 'First']);
    expect(dataset.documents[1]!.annotations.map((annotation) => annotation.id)).toEqual([
      'a',
      'z',
      'b',
      'c',
    ]);
    expect(dataset.documents[0]!.annotations.map((annotation) => annotation.quote)).toEqual(['😀']);
  });

  it('leaves out annotations of documents that are not exported', () => {
    const dataset = encodeDataset(
      input({
        documents: [first],
        annotations: [makeAnnotation(second, 0, 7, { id: 'elsewhere' })],
      }),
    );
    expect(dataset.documents[0]!.annotations).toEqual([]);
  });

  it('lists the annotators and labels given, plus any an annotation refers to', () => {
    const annotations = [
      makeAnnotation(first, 0, 5, { id: 'a', annotator: 'ben', label: 'date' }),
      makeAnnotation(first, 6, 10, { id: 'b', label: 'rumour' }),
    ];
    const dataset = encodeDataset(input({ annotations, labels: [BUILT_IN_LABELS[0]!] }));
    expect(dataset.annotators).toEqual([
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'ben' },
    ]);
    expect(dataset.labels).toEqual([
      { id: 'claim', name: 'Claim', color: '#f2b705', shortcut: '1' },
      { id: 'date', name: 'Date', color: '#16a34a', shortcut: '3' },
      { id: asLabelId('rumour'), name: 'rumour', color: '#808080' },
    ]);
  });

  it('writes only the format fields of an annotation', () => {
    const annotation = { ...makeAnnotation(first, 0, 5, { id: 'a', note: 'n' }), layer: 'draft' };
    const [written] = encodeDataset(input({ annotations: [annotation] })).documents[1]!.annotations;
    expect(Object.keys(written!)).toEqual([
      'id',
      'label',
      'start',
      'end',
      'quote',
      'prefix',
      'suffix',
      'note',
      'annotator',
      'createdAt',
      'updatedAt',
    ]);
  });
});

describe('encodeDataset, reviewed libraries', () => {
  const reconciledAnnotation = {
    ...makeAnnotation(first, 0, 5, { id: 'r', annotator: 'reconciled' }),
    provenance: {
      decision: 'adjudicated' as const,
      decidedBy: asAnnotatorId('ana'),
      decidedAt: '2024-05-09T14:00:00.000Z',
      sources: [
        {
          annotator: asAnnotatorId('ben'),
          annotationId: asAnnotationId('b'),
          label: asLabelId('claim'),
          start: codePoints(0),
          end: codePoints(5),
          extra: 'not in the format',
        },
      ],
    },
  };

  it('writes provenance after the other fields, with the format fields only', () => {
    const [written] = encodeDataset(input({ annotations: [reconciledAnnotation] })).documents[1]!
      .annotations;
    expect(Object.keys(written!).at(-1)).toBe('provenance');
    expect(written!.provenance).toEqual({
      decision: 'adjudicated',
      decidedBy: 'ana',
      decidedAt: '2024-05-09T14:00:00.000Z',
      sources: [{ annotator: 'ben', annotationId: 'b', label: 'claim', start: 0, end: 5 }],
    });
  });

  it('writes how an entity and a value were decided after the sources, each only when given', () => {
    const decided = {
      decision: 'adjudicated' as const,
      decidedBy: asAnnotatorId('ana'),
      decidedAt: '2024-05-09T15:00:00.000Z',
      annotators: [asAnnotatorId('ben')],
    };
    const provenance = {
      ...reconciledAnnotation.provenance,
      value: { ...decided, extra: 'not in the format' },
      entity: decided,
    };
    const encoded = encodeProvenance(provenance);
    expect(Object.keys(encoded)).toEqual([
      'decision',
      'decidedBy',
      'decidedAt',
      'sources',
      'entity',
      'value',
    ]);
    expect(encoded.value).toEqual({
      decision: 'adjudicated',
      decidedBy: 'ana',
      decidedAt: '2024-05-09T15:00:00.000Z',
      annotators: ['ben'],
    });
    expect(Object.keys(encodeProvenance({ ...provenance, entity: undefined }))).not.toContain(
      'entity',
    );
    expect(Object.keys(encodeProvenance(reconciledAnnotation.provenance))).toEqual([
      'decision',
      'decidedBy',
      'decidedAt',
      'sources',
    ]);
  });

  it('writes each cited id as the file being written names it, when told how', () => {
    const renamed = encodeProvenance(reconciledAnnotation.provenance, (annotator, id) =>
      annotator === 'ben' ? `${id}-renamed` : id,
    );
    expect(renamed.sources).toEqual([
      { annotator: 'ben', annotationId: 'b-renamed', label: 'claim', start: 0, end: 5 },
    ]);
    expect(encodeProvenance(reconciledAnnotation.provenance).sources[0]!.annotationId).toBe('b');
  });

  it('lists the reconciled layer with its role, even when only an annotation names it', () => {
    expect(encodeDataset(input({ annotations: [reconciledAnnotation] })).annotators).toEqual([
      { id: 'ana', name: 'Ana' },
      { id: 'reconciled', name: 'Reconciled', role: 'reconciled' },
    ]);
    const annotators = [
      { id: asAnnotatorId('reconciled'), name: 'Merged' },
      { id: asAnnotatorId('ana'), name: 'Ana', role: 'reconciled' as const },
    ];
    expect(encodeDataset(input({ annotators })).annotators).toEqual([
      { id: 'reconciled', name: 'Merged', role: 'reconciled' },
      { id: 'ana', name: 'Ana' },
    ]);
  });

  it('writes a document review where one is given, and none elsewhere', () => {
    const review = {
      documentId: first.id,
      annotators: [asAnnotatorId('ana'), asAnnotatorId('ben')],
      conflicts: [
        {
          id: asSpanGroupId('g'),
          kind: 'single' as const,
          annotations: [asAnnotationId('a')],
          status: 'open' as const,
        },
      ],
    };
    const dataset = encodeDataset(input({ reviews: [review] }));
    expect(dataset.documents[1]!.review).toEqual({
      annotators: ['ana', 'ben'],
      conflicts: [{ id: 'g', kind: 'single', annotations: ['a'], status: 'open' }],
    });
    expect('review' in dataset.documents[0]!).toBe(false);
  });

  describe('relations, relation types and entities', () => {
    const claim = makeAnnotation(first, 0, 5, { id: 'claim', label: 'claim' });
    const actor = { ...makeAnnotation(first, 6, 10, { id: 'actor', label: 'actor' }) };
    const date = makeAnnotation(first, 11, 16, { id: 'date', label: 'date' });
    const relation = (id: string, type: Relation['type'], to: string): Relation => ({
      id: asRelationId(id),
      documentId: first.id,
      type,
      from: claim.id,
      to: asAnnotationId(to),
      annotator: claim.annotator,
      createdAt: '2024-05-01T09:30:00.000Z',
      updatedAt: '2024-05-01T09:30:00.000Z',
    });

    it('always writes the built-in relation types and an entity list', () => {
      const dataset = encodeDataset(input());
      expect(dataset.relationTypes!.map((type) => type.id)).toEqual(['claimant', 'date', 'target']);
      expect(dataset.entities).toEqual([]);
      // No `single`: the file does not carry it (the reader knows it of the built-in `date`).
      expect(Object.keys(dataset.relationTypes![1]!)).toEqual(['id', 'name', 'from', 'to']);
    });

    it('sorts relations by source, type, target and id, and writes none where there are none', () => {
      const relations = [
        relation('r3', CLAIM_DATE, 'date'),
        relation('r2', CLAIMANT, 'actor'),
        relation('r1', CLAIMANT, 'actor'),
      ];
      const dataset = encodeDataset(input({ annotations: [claim, actor, date], relations }));
      expect(dataset.documents[1]!.relations!.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
      expect('relations' in dataset.documents[0]!).toBe(false);
    });

    it("writes a reconciled relation's provenance last, with the format fields only", () => {
      // Both ends are reconciled annotations: a relation is exported with its ends only.
      const from = { ...claim, id: asAnnotationId('rc'), annotator: asAnnotatorId('reconciled') };
      const to = { ...actor, id: asAnnotationId('ra'), annotator: asAnnotatorId('reconciled') };
      const linked: Relation = {
        ...relation('rr', CLAIMANT, 'ra'),
        from: from.id,
        annotator: asAnnotatorId('reconciled'),
        provenance: {
          decision: 'unanimous',
          decidedBy: null,
          decidedAt: '2024-05-09T14:00:00.000Z',
          sources: [
            {
              annotator: asAnnotatorId('ben'),
              relationId: asRelationId('b-r'),
              from: asAnnotationId('c'),
              to: asAnnotationId('a'),
              extra: 'not in the format',
            } as RelationProvenanceSource,
          ],
        },
      };
      const [written] = encodeDataset(input({ annotations: [from, to], relations: [linked] }))
        .documents[1]!.relations!;
      expect(Object.keys(written!)).toEqual([
        'id',
        'type',
        'from',
        'to',
        'annotator',
        'createdAt',
        'updatedAt',
        'provenance',
      ]);
      expect(written!.provenance).toEqual({
        decision: 'unanimous',
        decidedBy: null,
        decidedAt: '2024-05-09T14:00:00.000Z',
        sources: [{ annotator: 'ben', relationId: 'b-r', from: 'c', to: 'a' }],
      });
    });

    it('writes no provenance on a relation that has none', () => {
      const dataset = encodeDataset(
        input({ annotations: [claim, actor], relations: [relation('r', CLAIMANT, 'actor')] }),
      );
      expect('provenance' in dataset.documents[1]!.relations![0]!).toBe(false);
    });

    it('leaves out a relation whose endpoint is not exported, rather than write a dangling one', () => {
      const dataset = encodeDataset(
        input({ annotations: [claim, date], relations: [relation('r', CLAIMANT, 'actor')] }),
      );
      expect(dataset.documents[1]!.relations).toBeUndefined();
    });

    it('writes a stand-in for an entity an annotation links to but the list lacks', () => {
      const linked = { ...actor, entity: asEntityId('e-2') };
      const dataset = encodeDataset(
        input({
          annotations: [linked],
          entities: [{ id: asEntityId('e-9'), name: 'Nine', kind: 'state', aliases: [] }],
        }),
      );
      expect(dataset.entities).toEqual([
        { id: 'e-2', name: 'e-2', kind: 'other', aliases: [] },
        { id: 'e-9', name: 'Nine', kind: 'state', aliases: [] },
      ]);
      expect(dataset.documents[1]!.annotations[0]!.entity).toBe('e-2');
    });

    it('writes publishedAt between the title and the text', () => {
      const dataset = encodeDataset(
        input({ documents: [{ ...first, publishedAt: '2020-10-26' }] }),
      );
      expect(Object.keys(dataset.documents[0]!)).toEqual([
        'id',
        'title',
        'publishedAt',
        'text',
        'annotations',
      ]);
    });
  });
});
