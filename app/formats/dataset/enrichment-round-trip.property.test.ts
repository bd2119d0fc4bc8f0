// The promise of the format for issue 8's fields: whatever library Marginalia holds — relations,
// relation types, entities, entity links, date values, publication dates — exporting it and
// reading the file back gives the same library, on random libraries and on the corpus fixture.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareStrings } from '../../model/compare-strings.ts';
import { compareRelations } from '../../model/relation.ts';
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
