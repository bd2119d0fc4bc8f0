import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityProblems } from '../entities/check-entity.ts';
import { sameEntity } from '../entities/same-entity.ts';
import type { DatasetEntity } from '../formats/dataset/types.ts';
import { asEntityId } from '../model/ids.ts';
import { uniteEntities } from './merge-entities.ts';

const entity = (
  id: string,
  name: string,
  extra: Partial<Omit<DatasetEntity, 'id' | 'name'>> = {},
): DatasetEntity => ({ id: asEntityId(id), name, kind: 'person', aliases: [], ...extra });

describe('uniteEntities', () => {
  it('unites by id, by Wikidata id, then by name, keeping the smallest id', () => {
    const united = uniteEntities([
      [entity('b', 'Mike Pompeo', { aliases: ['Pompeo'] }), entity('x', 'Sergey Lavrov')],
      [entity('a', 'mike  POMPEO', { kind: 'other', note: 'from the CSV' })],
      [entity('c', 'Michael R. Pompeo', { wikidata: 'Q473239' })],
      [entity('d', 'Secretary Pompeo', { wikidata: 'Q473239', aliases: ['Pompeo'] })],
    ]);
    // a and b share a name (a's kind, "other", gives way to b's); c and d share a Wikidata id.
    // a and b would join c and d only through a name, which they do not share with them.
    expect(united.entities.map((e) => e.id)).toEqual(['a', 'c', 'x']);
    expect(united.entity(asEntityId('a'))).toEqual({
      id: 'a',
      name: 'mike  POMPEO',
      kind: 'person',
      note: 'from the CSV',
      aliases: ['Pompeo'],
    });
    expect(united.entity(asEntityId('c'))).toEqual({
      id: 'c',
      name: 'Michael R. Pompeo',
      kind: 'person',
      aliases: ['Pompeo', 'Secretary Pompeo'],
      wikidata: 'Q473239',
    });
    expect(['a', 'b', 'c', 'd', 'x', 'y'].map((id) => united.idOf(asEntityId(id)))).toEqual([
      'a',
      'a',
      'c',
      'c',
      'x',
      'y',
    ]);
  });

  it('joins an actor without a Wikidata id to one group with it that shares its name', () => {
    const united = uniteEntities([
      [
        entity('q2', 'John Smith', { wikidata: 'Q2' }),
        entity('q1', 'John Smith', { wikidata: 'Q1' }),
      ],
      [entity('plain', 'john smith')],
    ]);
    // Two John Smiths with different Wikidata ids stay two; the plain one joins the smallest id's.
    expect(united.entities.map((e) => [e.id, e.wikidata])).toEqual([
      ['plain', 'Q1'],
      ['q2', 'Q2'],
    ]);
    expect(united.idOf(asEntityId('q1'))).toBe('plain');
  });

  it('keeps one id listed twice with different Wikidata ids as one, and joins both groups', () => {
    const united = uniteEntities([
      [
        entity('e', 'Ararat Mirzoyan', { wikidata: 'Q1' }),
        entity('f', 'A. Mirzoyan', { wikidata: 'Q9' }),
      ],
      [entity('e', 'Ararat Mirzoyan', { wikidata: 'Q9' })],
    ]);
    expect(united.entities).toEqual([
      {
        id: 'e',
        name: 'Ararat Mirzoyan',
        kind: 'person',
        aliases: ['A. Mirzoyan'],
        wikidata: 'Q1',
      },
    ]);
  });
});

const names = ['John Smith', 'john  smith', 'J. Smith', 'Jane Doe', 'JANE DOE', 'Ali Əliyev'];
const lists = fc
  .array(
    fc.array(
      fc.record({
        id: fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'),
        name: fc.constantFrom(...names),
        wikidata: fc.option(fc.constantFrom('Q1', 'Q2', 'Q3'), { nil: undefined }),
        kind: fc.constantFrom('person', 'other') as fc.Arbitrary<DatasetEntity['kind']>,
        aliases: fc.subarray(['Smithy', 'Doe', 'J. S.']),
      }),
      { maxLength: 4 },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((files) =>
    files.map((list) =>
      list.map(({ id, name, wikidata, kind, aliases }) =>
        entity(id, name, { kind, aliases, ...(wikidata === undefined ? {} : { wikidata }) }),
      ),
    ),
  );

describe('uniteEntities properties', () => {
  it('is the same whatever the order of the files and of each list', () => {
    fc.assert(
      fc.property(
        lists.chain((files) =>
          fc.tuple(
            fc.constant(files),
            fc.shuffledSubarray(files.flat(), { minLength: files.flat().length }),
          ),
        ),
        ([files, shuffled]) => {
          expect(uniteEntities([shuffled]).entities).toEqual(uniteEntities(files).entities);
        },
      ),
    );
  });

  it('leaves no two entities the matching rule would unite, so uniting again changes nothing', () => {
    fc.assert(
      fc.property(lists, (files) => {
        const { entities, idOf } = uniteEntities(files);
        for (const a of entities)
          for (const b of entities) if (a !== b) expect(sameEntity(a, b)).toBe(false);
        expect(uniteEntities([entities]).entities).toEqual(entities);
        expect(uniteEntities([entities, entities]).entities).toEqual(entities);
        // Every entity a file lists goes by one of the list, which the reader accepts.
        for (const list of files)
          for (const listed of list) expect(entities.map((e) => e.id)).toContain(idOf(listed.id));
        for (const united of entities) expect(entityProblems(united)).toEqual([]);
      }),
    );
  });
});
