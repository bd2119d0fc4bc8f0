import { describe, expect, it } from 'vitest';
import { derivedAnnotationId } from '../../import/derived-annotation-id.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { decodeJsonl } from './decode.ts';

const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const text = 'On 26 October Blinken said Bayramov would come.';
const id = documentIdOf(text);

function decoded(file: string) {
  const result = decodeJsonl(file);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

function issuesOf(file: string) {
  const result = decodeJsonl(file);
  return result.ok ? [] : result.error;
}

describe('decodeJsonl: relations, entities and values', () => {
  it('reads a doccano relation export: entities with ids, relations over them', () => {
    const bundle = decoded(
      line({
        text,
        entities: [
          { id: 7, label: 'date', start_offset: 3, end_offset: 13, value: '2020-10-26' },
          {
            id: 8,
            label: 'actor',
            start_offset: 14,
            end_offset: 21,
            entity: { id: 'e-blinken', name: 'Antony Blinken', kind: 'person', wikidata: 'Q7263' },
          },
          { id: 9, label: 'claim', start_offset: 22, end_offset: 46 },
        ],
        relations: [
          { id: 1, from_id: 9, to_id: 8, type: 'claimant' },
          { id: 2, from_id: 9, to_id: 7, type: 'date' },
        ],
      }),
    );
    const spanId = (start: number, end: number, label: string) =>
      derivedAnnotationId(['jsonl-span', id, start, end, label]);
    expect(
      bundle.annotations.map(({ id: spanIdOf, quote, entity, value }) => [
        spanIdOf,
        quote,
        entity,
        value,
      ]),
    ).toEqual([
      [spanId(3, 13, 'date'), '26 October', undefined, '2020-10-26'],
      [spanId(14, 21, 'actor'), 'Blinken', 'e-blinken', undefined],
      [spanId(22, 46, 'claim'), 'said Bayramov would come', undefined, undefined],
    ]);
    expect(bundle.relations).toEqual([
      {
        source: 'line 1: /relations/0',
        document: 0,
        type: 'claimant',
        from: spanId(22, 46, 'claim'),
        to: spanId(14, 21, 'actor'),
      },
      {
        source: 'line 1: /relations/1',
        document: 0,
        type: 'date',
        from: spanId(22, 46, 'claim'),
        to: spanId(3, 13, 'date'),
      },
    ]);
    expect(bundle.entities).toEqual([
      { id: 'e-blinken', name: 'Antony Blinken', kind: 'person', aliases: [], wikidata: 'Q7263' },
    ]);
  });

  it('gives ids only to the spans a relation names, so other spans keep the importer’s ids', () => {
    const bundle = decoded(
      line({ text, spans: [{ id: 1, start: 14, end: 21, label: 'actor' }], relations: [] }),
    );
    expect(bundle.annotations[0]!.id).toBeUndefined();
    expect(bundle.relations).toBeUndefined();
  });

  it('refuses, with the pointer inside the line, what it cannot read', () => {
    expect(
      issuesOf(
        line({
          text,
          spans: [
            { id: 1, start: 3, end: 13, label: 'date', value: '2020-10-32', value_status: 'maybe' },
            {
              id: 1,
              start: 14,
              end: 21,
              label: 'actor',
              entity: { id: 'x', name: 'X', kind: 'alien', wikidata: 'P31' },
            },
            { id: 2, start: 22, end: 46, label: 'claim' },
          ],
          relations: [{ id: 1, from_id: 2, to_id: 5, type: '' }],
        }),
      ).map(({ path, message }) => `${path}: ${message.replace(/ \(.*$/, '')}`),
    ).toEqual([
      expect.stringMatching(/^line 1: \/spans\/0\/value: 2020-10-32 is not a day of the calendar/),
      'line 1: /spans/0/value_status: expected "suggested" or "confirmed", found "maybe"',
      'line 1: /spans/1/entity/kind: expected person, organisation, state, group or other, found "alien"',
      'line 1: /spans/1/entity/wikidata: expected a Wikidata id, Q followed by digits, found "P31"',
      'line 1: /spans/1/id: duplicate span id 1 on this line',
      'line 1: /relations/0/to_id: expected the id of a span of this line, found 5',
      'line 1: /relations/0/type: expected the relation type as a non-empty string, found an empty string',
    ]);
  });
});
