import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.ts';
import { asEntityId } from '../model/ids.ts';
import {
  ALIYEV,
  ARMENIA,
  BAYRAMOV,
  CORPUS_ENTITIES,
  MINSK_GROUP,
  PASHINYAN,
  POMPEO,
} from './corpus-entities.ts';
import { describeEntityMatches } from './describe-entity-matches.ts';
import { matchEntities } from './match-entities.ts';

/** A colleague's copy of an entity: their own id, unless given. */
function theirs(fields: Partial<Entity> & Pick<Entity, 'name'>): Entity {
  return { id: asEntityId(`theirs-${fields.name}`), kind: 'person', aliases: [], ...fields };
}

describe('matchEntities', () => {
  it('matches by id first, whatever the name says', () => {
    const [result] = matchEntities([{ ...POMPEO, name: 'Michael R. Pompeo' }], CORPUS_ENTITIES);
    expect(result).toMatchObject({ match: { how: 'id', entityId: POMPEO.id }, offered: [] });
  });

  it('else by Wikidata id when both have one', () => {
    const [result] = matchEntities(
      [theirs({ name: 'Pompeo, Michael', wikidata: 'Q473239' })],
      CORPUS_ENTITIES,
    );
    expect(result!.match).toEqual({ how: 'wikidata', entityId: POMPEO.id });
  });

  it('else by name after NFKC, case folding and whitespace', () => {
    const incoming = [
      theirs({ name: '  nikol   PASHINYAN ' }),
      theirs({ name: 'ＯＳＣＥ Minsk Group', kind: 'organisation' }),
    ];
    expect(matchEntities(incoming, CORPUS_ENTITIES).map((m) => m.match)).toEqual([
      { how: 'name', entityId: PASHINYAN.id },
      { how: 'name', entityId: MINSK_GROUP.id },
    ]);
  });

  it('matches by name when only one side has a Wikidata id', () => {
    const [result] = matchEntities(
      [theirs({ name: 'Nikol Pashinyan', wikidata: 'Q7035484' })],
      CORPUS_ENTITIES,
    );
    expect(result!.match).toEqual({ how: 'name', entityId: PASHINYAN.id });
  });

  it('never matches or offers by name when the two Wikidata ids differ', () => {
    const namesake = theirs({ name: 'Mike Pompeo', aliases: ['Pompeo'], wikidata: 'Q999' });
    expect(matchEntities([namesake], CORPUS_ENTITIES)).toEqual([
      { incoming: namesake, match: null, offered: [] },
    ]);
  });

  it('leaves a new entity new, and offers names that differ only in accents', () => {
    const incoming = [theirs({ name: 'Əliyev' }), theirs({ name: 'Ararat Mirzoyan Jr' })];
    const library = [
      { ...ALIYEV, aliases: [] },
      { ...ALIYEV, id: asEntityId('father'), name: 'Aliyev' },
    ];
    const [aliyev, mirzoyan] = matchEntities(incoming, library);
    expect(aliyev).toMatchObject({
      match: null,
      offered: [{ entityId: 'father', name: 'Aliyev', why: 'accents' }],
    });
    expect(mirzoyan).toMatchObject({ match: null, offered: [] });
  });

  it('offers a library entity whose alias is the incoming name, and one whose name is an incoming alias', () => {
    const [byTheirName, byTheirAlias] = matchEntities(
      [
        theirs({ name: 'ceyhun bayramov' }),
        theirs({ name: 'Armenian government', kind: 'state', aliases: ['ARMENIA'] }),
      ],
      CORPUS_ENTITIES,
    );
    expect(byTheirName!.offered).toEqual([
      { entityId: BAYRAMOV.id, name: 'Jeyhun Bayramov', why: 'alias' },
    ]);
    expect(byTheirAlias!.offered).toEqual([
      { entityId: ARMENIA.id, name: 'Armenia', why: 'alias' },
    ]);
  });

  it('offers every namesake when the library has two entities of that name, and lists each once', () => {
    const twins = [
      { ...ALIYEV, id: asEntityId('a1'), name: 'Aliyev', aliases: [] },
      {
        ...ALIYEV,
        id: asEntityId('a2'),
        name: 'ALIYEV',
        wikidata: undefined,
        aliases: ['Aliyev Jr'],
      },
    ];
    const [result] = matchEntities([theirs({ name: 'aliyev', aliases: ['Aliyev Jr'] })], twins);
    expect(result!.match).toBeNull();
    expect(result!.offered.map((o) => [o.entityId, o.why])).toEqual([
      ['a1', 'name'],
      ['a2', 'name'],
    ]);
  });
});

describe('describeEntityMatches', () => {
  it('summarises the plan: matched by rule, new, and offers to confirm', () => {
    const incoming = [
      theirs({ name: 'nikol pashinyan' }),
      theirs({ name: 'OSCE Minsk group', kind: 'organisation' }),
      theirs({ name: 'Secretary Pompeo', wikidata: 'Q473239' }),
      theirs({ name: 'Vladimir Putin' }),
      theirs({ name: 'Əliyev' }),
    ];
    const library = [
      ...CORPUS_ENTITIES,
      { ...ALIYEV, id: asEntityId('father'), name: 'Aliyev', aliases: [], wikidata: undefined },
    ];
    expect(describeEntityMatches(matchEntities(incoming, library)).join('; ')).toBe(
      "3 entities matched the library's (2 by name, 1 by Wikidata id); 1 new; " +
        '1 possible match to confirm: “Əliyev” ~ “Aliyev” (accents)',
    );
  });

  it('says "entity" for one, lists several offers, and cuts a long list', () => {
    const one = matchEntities([POMPEO], CORPUS_ENTITIES);
    expect(describeEntityMatches(one)).toEqual(["1 entity matched the library's (1 by id)"]);
    const library = Array.from({ length: 7 }, (_, i) => ({
      ...PASHINYAN,
      id: asEntityId(`p${i}`),
      name: `Pashinyán ${i}`,
      aliases: [],
    }));
    const incoming = library.map((_, i) => theirs({ name: `Pashinyan ${i}` }));
    const [line] = describeEntityMatches(matchEntities(incoming, library));
    expect(line).toMatch(
      /^7 possible matches to confirm: “Pashinyan 0” ~ “Pashinyán 0” \(accents\), /,
    );
    expect(line).toMatch(/“Pashinyan 4” ~ “Pashinyán 4” \(accents\) and 2 more$/);
    expect(describeEntityMatches([])).toEqual([]);
  });
});
