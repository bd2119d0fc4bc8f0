import { describe, expect, it } from 'vitest';
import type { Entity, EntityKind } from '../model/entity.ts';
import { asEntityId } from '../model/ids.ts';
import { checkEntity, normaliseEntity } from './check-entity.ts';

const pompeo: Entity = {
  id: asEntityId('pompeo'),
  name: 'Mike Pompeo',
  kind: 'person',
  aliases: ['Pompeo', 'the Secretary of State'],
  wikidata: 'Q473239',
};

describe('checkEntity', () => {
  it('accepts a well-formed entity', () => {
    expect(checkEntity(pompeo)).toEqual([]);
  });

  it('names each problem with its field', () => {
    expect(
      checkEntity({
        ...pompeo,
        name: ' \n',
        kind: 'company' as EntityKind,
        wikidata: 'q473239',
        aliases: ['', 'a|b'],
      }),
    ).toEqual([
      'name: is empty',
      'kind: “company” is not one of person, organisation, state, group, other',
      'wikidata: “q473239” is not a Wikidata id: Q followed by digits, like Q42',
      'aliases: an alias is empty',
      'aliases: “a|b” contains “|”, which separates aliases',
    ]);
    expect(checkEntity({ ...pompeo, wikidata: 'Q0' })).toHaveLength(1);
  });

  it('refuses an alias that is the name, or another alias, by nameKey', () => {
    expect(checkEntity({ ...pompeo, aliases: ['MIKE  pompeo', 'Pompeo', 'pompeo'] })).toEqual([
      'aliases: “MIKE  pompeo” is the name itself',
      'aliases: “pompeo” is listed twice',
    ]);
  });
});

describe('normaliseEntity', () => {
  it('trims, collapses whitespace and drops repeated aliases, keeping the first spelling', () => {
    const normalised = normaliseEntity({
      ...pompeo,
      name: '  Mike \n Pompeo ',
      aliases: [' Pompeo ', 'mike pompeo', 'POMPEO', '', 'the  Secretary of State'],
      wikidata: ' Q473239 ',
      note: '  ',
    });
    expect(normalised).toEqual({
      id: pompeo.id,
      name: 'Mike Pompeo',
      kind: 'person',
      aliases: ['Pompeo', 'the Secretary of State'],
      wikidata: 'Q473239',
    });
    expect(checkEntity(normalised)).toEqual([]);
  });

  it('keeps a note as written, line breaks included', () => {
    const note = 'Foreign minister since 2020.\nSee also @bayramov_jeyhun ';
    expect(normaliseEntity({ ...pompeo, note }).note).toBe(note);
  });
});
