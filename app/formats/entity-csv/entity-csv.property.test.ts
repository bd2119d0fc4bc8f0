// Round trip: any well-formed entity list survives encodeEntityCsv → decodeEntityCsv, with the
// characters CSV and spreadsheets make hard: commas, quotes, line breaks, formula starters,
// leading quotes, accents and non-Latin scripts. Aliases never contain `|` (checkEntity).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntity, normaliseEntity } from '../../entities/check-entity.ts';
import { nameKey } from '../../entities/entity-names.ts';
import { ENTITY_KINDS, type Entity } from '../../model/entity.ts';
import { asEntityId } from '../../model/ids.ts';
import { decodeEntityCsv } from './decode.ts';
import { encodeEntityCsv } from './encode.ts';

const hard = fc.constantFrom(
  ',',
  '"',
  '\n',
  '\r\n',
  "'",
  '=',
  '+',
  '-',
  '@',
  '\t',
  ' ',
  'ə',
  'İ',
  'ı',
  'Ա',
  '|',
);
const text = fc
  .array(fc.oneof(hard, fc.string({ minLength: 1, maxLength: 3 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

const entity = fc.record({
  id: fc.uuid().map(asEntityId),
  name: text,
  kind: fc.constantFrom(...ENTITY_KINDS),
  aliases: fc.array(
    text.map((alias) => alias.replaceAll('|', '/')),
    { maxLength: 4 },
  ),
  wikidata: fc.option(
    fc.integer({ min: 1, max: 1e9 }).map((n) => `Q${n}`),
    { nil: undefined },
  ),
  note: fc.option(text, { nil: undefined }),
});

/** Well-formed lists: normalised, valid, names distinct by nameKey (their ids derive from them). */
const entities = fc
  .uniqueArray(entity.map(normaliseEntity), { selector: (e) => nameKey(e.name), maxLength: 6 })
  .map((list) => list.filter((e) => checkEntity(e).length === 0))
  .map((list) =>
    list.map(({ wikidata, note, ...rest }): Entity => ({
      ...rest,
      ...(wikidata ? { wikidata } : {}),
      ...(note !== undefined ? { note } : {}),
    })),
  );

describe('entity CSV round trip', () => {
  it('gives back every entity, ids included when written', () => {
    fc.assert(
      fc.property(entities, (list) => {
        const result = decodeEntityCsv(encodeEntityCsv(list, { withIds: true }), 'round-trip.csv');
        expect(result).toEqual({ ok: true, entities: list, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });
});
