// The promise of the format for issue 8's fields: whatever library Marginalia holds — relations,
// relation types, entities, entity links, date values, publication dates — exporting it and
// reading the file back gives the same library, on random libraries and on the corpus fixture;
// and so does the reconciled layer, with the provenance of its relations, entities and values.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../model/compare-strings.ts';
import type { Annotation } from '../../model/annotation.ts';
import { asAnnotationId, asAnnotatorId, asRelationId } from '../../model/ids.ts';
import { compareRelations, type Relation } from '../../model/relation.ts';
import {
  RECONCILED_ANNOTATOR,
  RECONCILED_ANNOTATOR_ENTRY,
  type AnnotationProvenance,
} from '../../model/review.ts';
import { library } from '../export-arbitrary.ts';
import { buildFixtureModel } from '../export-fixture.ts';
import { encodeDataset } from './encode.ts';
import { parseDataset } from './parse.ts';
import { serialiseDataset } from './serialise.ts';
import { datasetToModel, type DatasetModel } from './to-model.ts';

function roundTrip(model: DatasetModel): DatasetModel {
  const dataset = encodeDataset({
    ...model,
    exportedAt: new Date('2024-06-01T08:00:00Z'),
    generatorVersion: '0.1.0',
  });
  const parsed = parseDataset(serialiseDataset(dataset));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error, null, 2));
  return datasetToModel(parsed.value);
}

/** The model in the encoder's orders (which differ from the order a library lists things in). */
function inFileOrder(model: DatasetModel): DatasetModel {
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => compareStrings(a.id, b.id));
  const sorted: DatasetModel = { ...model, annotations: byId(model.annotations) };
  if (model.relations !== undefined) sorted.relations = [...model.relations].sort(compareRelations);
  if (model.entities !== undefined) sorted.entities = byId(model.entities);
  return sorted;
}

describe('the dataset round trip of relations, entities, values and publication dates', () => {
  it('gives back any library', () => {
    fc.assert(
      fc.property(library, (model) => {
        // toStrictEqual: a field written as undefined, or one lost, fails alike.
        expect(inFileOrder(roundTrip(model))).toStrictEqual(inFileOrder(model));
      }),
      { numRuns: 200 },
    );
  });

  it('gives back any library made the reconciled layer, with provenance on its relations, entities and values', () => {
    fc.assert(
      fc.property(library.chain(asReconciledLayer), (model) => {
        expect(inFileOrder(roundTrip(model))).toStrictEqual(inFileOrder(model));
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the corpus fixture, with every relation, entity and value', () => {
    const model = buildFixtureModel((name) =>
      readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8'),
    );
    const back = roundTrip(model);
    expect(inFileOrder(back)).toStrictEqual(inFileOrder(model));
    // Not vacuous: the fixture has every kind of enrichment.
    expect(back.relations).toHaveLength(7);
    expect(back.entities).toHaveLength(6);
    expect(back.documents[0]!.publishedAt).toBe('2020-10-30');
    expect(back.annotations.filter((a) => a.valueStatus === 'suggested')).toHaveLength(1);
    expect(back.annotations.filter((a) => a.valueStatus === 'confirmed')).toHaveLength(1);
    expect(back.relationTypes!.find((type) => type.id === 'date')!.single).toBe(true);
  });
});

const decision = fc.record({
  decision: fc.constantFrom('unanimous' as const, 'adjudicated' as const, 'edited' as const),
  decidedBy: fc.option(fc.constantFrom(asAnnotatorId('ana'), asAnnotatorId('rev 🦉')), {
    nil: null,
  }),
  decidedAt: fc.constantFrom('2024-05-09T14:00:00.000Z', '2030-01-01T00:00:00.000Z'),
});
const cited = fc.uniqueArray(fc.constantFrom(asAnnotatorId('ana'), asAnnotatorId('ben')), {
  maxLength: 2,
});

/**
 * A library's layers merged into the reconciled layer, as a reviewer's decisions would leave it:
 * every annotation and relation with provenance whose sources cite layers the file does not
 * carry (a record only), and entity links and values with how they were decided, or not.
 */
function asReconciledLayer(model: DatasetModel): fc.Arbitrary<DatasetModel> {
  const annotations = fc.tuple(
    ...model.annotations.map((annotation) =>
      fc
        .tuple(
          decision,
          fc.option(fc.tuple(decision, cited), { nil: undefined }),
          fc.option(fc.tuple(decision, cited), { nil: undefined }),
        )
        .map(([span, entity, value]): Annotation => {
          const provenance: AnnotationProvenance = {
            ...span,
            sources: [
              {
                annotator: asAnnotatorId('ben'),
                annotationId: asAnnotationId(`ben-${annotation.id}`),
                label: annotation.label,
                start: annotation.start,
                end: annotation.end,
              },
            ],
          };
          if (annotation.entity !== undefined && entity !== undefined)
            provenance.entity = { ...entity[0], annotators: entity[1] };
          if (annotation.value !== undefined && value !== undefined)
            provenance.value = { ...value[0], annotators: value[1] };
          return { ...annotation, annotator: RECONCILED_ANNOTATOR, provenance };
        }),
    ),
  );
  const relations = fc.tuple(
    ...(model.relations ?? []).map((relation) =>
      fc.tuple(decision, fc.boolean()).map(([decided, byHand]): Relation => {
        const source = {
          annotator: asAnnotatorId('ana'),
          relationId: asRelationId(`ana-${relation.id}`),
          from: asAnnotationId(`ana-${relation.from}`),
          to: asAnnotationId(`ana-${relation.to}`),
        };
        const provenance = { ...decided, sources: byHand ? [] : [source] };
        return { ...relation, annotator: RECONCILED_ANNOTATOR, provenance };
      }),
    ),
  );
  return fc.tuple(annotations, relations).map(([reconciled, linked]) => {
    const layer: DatasetModel = {
      ...model,
      annotations: reconciled,
      annotators: [{ ...RECONCILED_ANNOTATOR_ENTRY }],
    };
    if (linked.length > 0) layer.relations = linked;
    return layer;
  });
}
