// The promise of the format: what Marginalia exports, Marginalia (and any version-1 reader)
// reads back unchanged, on real documents with characters outside the Basic Multilingual Plane.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareAnnotations, type Annotation } from '../../model/annotation.ts';
import type { DateValue } from '../../model/date-value.ts';
import { asAnnotationId, asAnnotatorId, asEntityId, asRelationId } from '../../model/ids.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import {
  BUILT_IN_RELATION_TYPES,
  CLAIM_DATE,
  CLAIMANT,
  type Relation,
} from '../../model/relation.ts';
import { RECONCILED_ANNOTATOR_ENTRY } from '../../model/review.ts';
import { encodeDataset } from './encode.ts';
import { serialiseDataset } from './serialise.ts';
import { parseDataset } from './parse.ts';
import { annotateQuote, makeDocument } from './test-support.ts';
import { datasetToModel, type DatasetModel } from './to-model.ts';

function corpus(name: string): string {
  return readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
}

// Emoji before and inside the annotated spans, so UTF-16 indices and code points disagree.
const ceasefire = makeDocument(
  'Ceasefire',
  `🕊️ ${corpus('000_5c0c6f709157f585.txt').replace('Ceasefire negotiations', 'Ceasefire 🤝 negotiations')}`,
);
const korybko = makeDocument('Korybko', `📰 ${corpus('003_7ae040cf64c4549e.txt')} 🇦🇿🇦🇲`);

const ana = { id: asAnnotatorId('ana'), name: 'Ana Petrosyan' };
const ben = { id: asAnnotatorId('ben'), name: 'Ben Aliyev 🦉' };

const annotations: Annotation[] = [
  annotateQuote(korybko, 'Andrew Korybko', { id: 'k-actor', label: 'actor', annotator: 'ben' }),
  annotateQuote(ceasefire, 'Ceasefire 🤝 negotiations are always a difficult task for diplomats', {
    id: 'c-claim',
    note: 'Generalisation 🤔',
  }),
  annotateQuote(ceasefire, 'Armenia', { id: 'c-armenia', label: 'actor' }),
  annotateQuote(ceasefire, 'Azerbaijan', { id: 'c-azerbaijan', label: 'actor', annotator: 'ben' }),
  annotateQuote(korybko, 'ABŞ Ermənistanı yola gətirir', { id: 'k-title', label: 'claim' }),
  annotateQuote(korybko, '🇦🇿🇦🇲', { id: 'k-flags', label: 'actor' }),
];

function exportAndReimport() {
  const dataset = encodeDataset({
    documents: [ceasefire, korybko],
    annotations,
    annotators: [ana, ben],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
  });
  const parsed = parseDataset(serialiseDataset(dataset));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error, null, 2));
  return { dataset, reread: parsed.value, model: datasetToModel(parsed.value) };
}

describe('dataset round trip', () => {
  it('reads back the documents, annotations, annotators and labels it wrote', () => {
    const { model } = exportAndReimport();
    expect(model.documents).toEqual([ceasefire, korybko]);
    expect([...model.annotations].sort(compareAnnotations)).toEqual(
      [...annotations].sort(compareAnnotations),
    );
    expect(model.annotators).toEqual([ana, ben]);
    expect(model.labels).toEqual(BUILT_IN_LABELS);
  });

  it('reads back exactly the dataset value it serialised', () => {
    const { dataset, reread } = exportAndReimport();
    expect(reread).toEqual(dataset);
  });

  it('stores code-point offsets, not UTF-16 indices', () => {
    const flags = exportAndReimport().dataset.documents[1]!.annotations.find(
      (annotation) => annotation.id === 'k-flags',
    )!;
    expect([...korybko.text].slice(flags.start, flags.end).join('')).toBe('🇦🇿🇦🇲');
    expect(flags.end - flags.start).toBe(4);
  });
});

describe('reviewed datasets round trip', () => {
  it('reads back reconciled relations, entity links and values with their provenance', () => {
    const reconciled = asAnnotatorId('reconciled');
    const decided = {
      decision: 'adjudicated' as const,
      decidedBy: asAnnotatorId('ana'),
      decidedAt: '2024-05-09T14:00:00.000Z',
    };
    const sourceOf = (annotation: Annotation) => ({
      annotator: asAnnotatorId('ben'),
      annotationId: asAnnotationId(`ben-${annotation.id}`),
      label: annotation.label,
      start: annotation.start,
      end: annotation.end,
    });
    const reconcile = (annotation: Annotation, extra: Partial<Annotation> = {}): Annotation => ({
      ...annotation,
      annotator: reconciled,
      ...extra,
      provenance: {
        ...decided,
        sources: [sourceOf(annotation)],
        ...(extra.entity === undefined
          ? {}
          : { entity: { ...decided, annotators: [asAnnotatorId('ben')] } }),
        // A value a reviewer typed, which no annotator had.
        ...(extra.value === undefined
          ? {}
          : { value: { ...decided, decision: 'edited' as const, annotators: [] } }),
      },
    });
    const claim = reconcile(annotations[1]!);
    const actor = reconcile(annotations[2]!, { entity: asEntityId('ent-armenia') });
    const date = reconcile(
      annotateQuote(ceasefire, 'September 27', { id: 'c-date', label: 'date' }),
      {
        value: '2020-09-27' as DateValue,
        valueStatus: 'confirmed',
      },
    );
    const relation = (id: string, type: Relation['type'], to: Annotation): Relation => ({
      id: asRelationId(id),
      documentId: ceasefire.id,
      type,
      from: claim.id,
      to: to.id,
      annotator: reconciled,
      createdAt: '2024-05-09T14:00:00.000Z',
      updatedAt: '2024-05-09T14:00:00.000Z',
      provenance: {
        ...decided,
        sources:
          type === CLAIMANT
            ? [
                {
                  annotator: asAnnotatorId('ben'),
                  relationId: asRelationId(`ben-${id}`),
                  from: asAnnotationId('ben-c-claim'),
                  to: asAnnotationId('ben-c-armenia'),
                },
              ]
            : // A link a reviewer set by hand: nobody had it.
              [],
      },
    });
    const model: DatasetModel = {
      documents: [ceasefire],
      annotations: [claim, actor, date],
      annotators: [{ ...RECONCILED_ANNOTATOR_ENTRY }],
      labels: [...BUILT_IN_LABELS],
      relations: [relation('r-claimant', CLAIMANT, actor), relation('r-date', CLAIM_DATE, date)],
      relationTypes: [...BUILT_IN_RELATION_TYPES],
      entities: [{ id: asEntityId('ent-armenia'), name: 'Armenia', kind: 'state', aliases: [] }],
    };
    const dataset = encodeDataset({
      ...model,
      exportedAt: new Date('2024-05-10T12:00:00Z'),
      generatorVersion: '0.1.0',
    });
    const parsed = parseDataset(serialiseDataset(dataset));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error, null, 2));
    const back = datasetToModel(parsed.value);
    expect(back.relations).toStrictEqual(model.relations);
    expect([...back.annotations].sort(compareAnnotations)).toStrictEqual(
      [...model.annotations].sort(compareAnnotations),
    );
    expect(back.entities).toStrictEqual(model.entities);
  });

  it('reads back a reconciled dataset and writes it again unchanged', () => {
    const text = readFileSync(new URL('fixtures/valid-reconciled.json', import.meta.url), 'utf8');
    const parsed = parseDataset(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const model = datasetToModel(parsed.value);
    const again = encodeDataset({
      ...model,
      exportedAt: new Date(parsed.value.exportedAt),
      generatorVersion: parsed.value.generator!.version,
    });
    // Compared as values: the fixture is formatted by Prettier, which lays out short arrays
    // differently from JSON.stringify. Key order is pinned by encode.test.ts.
    expect(JSON.parse(serialiseDataset(again))).toEqual(JSON.parse(text));
  });
});
