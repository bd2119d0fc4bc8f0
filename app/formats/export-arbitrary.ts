// TEST SUPPORT: random libraries for the export round-trip properties — texts across the whole
// Unicode range, UUID and arbitrary ids, built-in and invented labels, notes, timestamps; claims
// linked to actors and dates of their own document and layer (at most one date per claim),
// actors linked to entities, date values suggested or confirmed, publication dates sometimes.

import fc from 'fast-check';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import { checkEntity, normaliseEntity } from '../entities/check-entity.ts';
import { ENTITY_KINDS, type Entity } from '../model/entity.ts';
import { asAnnotatorId, asEntityId, asLabelId, asRelationId } from '../model/ids.ts';
import { ACTOR, CLAIM, DATE } from '../model/labels.ts';
import {
  BUILT_IN_RELATION_TYPES,
  CLAIM_DATE,
  CLAIMANT,
  TARGET,
  type Relation,
} from '../model/relation.ts';
import { codePointLength } from '../text/code-points.ts';
import type { DatasetModel } from './dataset/index.ts';
import { makeAnnotation, makeDocument } from './dataset/test-support.ts';

const id = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 }));
const timestamp = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

/** One value of each form the grammar allows (app/dates/date-value.ts), intervals included. */
export const SAMPLE_DATE_VALUES = [
  '2020',
  '2020-10',
  '2020-10-26',
  '2020-W43',
  '2020-10-26T08:00',
  '2020-10-10/2020-10-17',
  '2019/2020-03',
] as const;

const publishedAt = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString().slice(0, 10));

const document = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
    fc.option(publishedAt, { nil: undefined }),
  )
  .map(([title, text, published]): SourceDocument => {
    const made = makeDocument(title, text);
    return published === undefined ? made : { ...made, publishedAt: published };
  })
  .filter((candidate) => candidate.text.length > 0);

const entity = fc
  .record(
    {
      id: id.map((value) => asEntityId(value)),
      name: fc.string({ minLength: 1, maxLength: 12 }),
      kind: fc.constantFrom(...ENTITY_KINDS),
      aliases: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 2 }),
      wikidata: fc.integer({ min: 1, max: 99_999_999 }).map((n) => `Q${n}`),
      note: fc.string({ unit: 'binary', maxLength: 12 }),
    },
    { requiredKeys: ['id', 'name', 'kind', 'aliases'] },
  )
  // Stored as the app stores them (trimmed, aliases distinct from the name and each other), and
  // only entities the entity rules accept: the dataset reader refuses the others.
  .map((made) =>
    normaliseEntity({ ...made, aliases: made.aliases.filter((a) => !a.includes('|')) }),
  )
  .filter((made) => checkEntity(made).length === 0);

const annotationOf = (source: SourceDocument, entityIds: readonly Entity['id'][]) => {
  const length = codePointLength(source.text);
  return fc
    .record({
      span: fc
        .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
        .filter(([a, b]) => a !== b),
      id,
      // Mostly the built-ins, so that claims often have actors and dates to link to.
      label: fc.oneof(
        { arbitrary: fc.constantFrom('claim', 'actor', 'date'), weight: 4 },
        { arbitrary: fc.string({ minLength: 1, maxLength: 8 }), weight: 1 },
      ),
      annotator: fc.constantFrom('ana', 'annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11', '👩‍🔬 x'),
      note: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 20 })),
      createdAt: timestamp,
      updatedAt: timestamp,
      entity:
        entityIds.length === 0
          ? fc.constant(undefined)
          : fc.option(fc.constantFrom(...entityIds), { nil: undefined, freq: 2 }),
      value: fc.option(fc.constantFrom(...SAMPLE_DATE_VALUES), { nil: undefined }),
      valueStatus: fc.constantFrom('suggested', 'confirmed'),
    })
    .map(({ span: [a, b], createdAt, updatedAt, entity, value, valueStatus, ...options }) => {
      const made: Annotation = {
        ...makeAnnotation(source, Math.min(a, b), Math.max(a, b), options),
        createdAt,
        updatedAt,
      };
      // Only actors link to entities and only dates carry values, as the reader demands.
      if (made.label === ACTOR && entity !== undefined) made.entity = entity;
      if (made.label === DATE && value !== undefined) {
        made.value = value as DateValue;
        made.valueStatus = valueStatus;
      }
      return made;
    });
};

/** Every relation the built-in types allow between annotations of one document and layer. */
function candidateRelations(annotations: readonly Annotation[]) {
  const candidates: Pick<Relation, 'documentId' | 'type' | 'from' | 'to' | 'annotator'>[] = [];
  for (const claim of annotations.filter((a) => a.label === CLAIM)) {
    for (const other of annotations) {
      if (other.documentId !== claim.documentId || other.annotator !== claim.annotator) continue;
      const base = { documentId: claim.documentId, from: claim.id, to: other.id };
      const annotator = claim.annotator;
      if (other.label === ACTOR) {
        candidates.push({ ...base, annotator, type: CLAIMANT });
        candidates.push({ ...base, annotator, type: TARGET });
      }
      if (other.label === DATE) candidates.push({ ...base, annotator, type: CLAIM_DATE });
    }
  }
  return candidates;
}

/** Some of the candidate relations, with fresh ids and at most one date per claim. */
const relationsOf = (annotations: readonly Annotation[]): fc.Arbitrary<Relation[]> => {
  const candidates = candidateRelations(annotations);
  return (
    fc
      // At least one when any is possible: relations are what these properties are about.
      .subarray(candidates, {
        minLength: Math.min(1, candidates.length),
        maxLength: Math.min(4, candidates.length),
      })
      .map((chosen) => {
        const dated = new Set<string>();
        return chosen.filter((relation) => {
          if (relation.type !== CLAIM_DATE) return true;
          if (dated.has(relation.from)) return false;
          dated.add(relation.from);
          return true;
        });
      })
      .chain((chosen) =>
        fc
          .tuple(
            fc.uniqueArray(id, { minLength: chosen.length, maxLength: chosen.length }),
            fc.array(fc.tuple(timestamp, timestamp), {
              minLength: chosen.length,
              maxLength: chosen.length,
            }),
          )
          .map(([ids, times]) =>
            chosen.map((relation, i) => ({
              ...relation,
              id: asRelationId(ids[i]!),
              createdAt: times[i]![0],
              updatedAt: times[i]![1],
            })),
          ),
      )
  );
};

/**
 * One or two documents with up to four annotations each, by three annotators; up to two
 * entities; up to four relations. `relations` and `entities` are present only when not empty
 * (as datasetToModel gives them); `relationTypes` are always the built-ins.
 */
export const library: fc.Arbitrary<DatasetModel> = fc
  .tuple(
    fc.uniqueArray(document, { minLength: 1, maxLength: 2, selector: (candidate) => candidate.id }),
    fc.uniqueArray(entity, { maxLength: 2, selector: (candidate) => candidate.id }),
  )
  .chain(([documents, entities]) =>
    fc
      .tuple(
        ...documents.map((source) =>
          fc.array(
            annotationOf(
              source,
              entities.map((e) => e.id),
            ),
            { maxLength: 4 },
          ),
        ),
      )
      .map((lists) => lists.flat())
      .filter((annotations) => new Set(annotations.map((a) => a.id)).size === annotations.length)
      .chain((annotations) =>
        relationsOf(annotations).map((relations) => {
          const model: DatasetModel = {
            documents,
            annotations,
            annotators: [
              { id: asAnnotatorId('ana'), name: 'Ana' },
              {
                id: asAnnotatorId('annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11'),
                name: 'Ben "B" 🦉',
              },
              { id: asAnnotatorId('👩‍🔬 x'), name: 'Lab' },
            ],
            labels: [...new Set(annotations.map((a) => a.label))].map((label) => ({
              id: asLabelId(label),
              name: `Label ${label}`,
              color: '#123abc',
            })),
            relationTypes: [...BUILT_IN_RELATION_TYPES],
          };
          if (relations.length > 0) model.relations = relations;
          if (entities.length > 0) model.entities = entities;
          return model;
        }),
      ),
  );
