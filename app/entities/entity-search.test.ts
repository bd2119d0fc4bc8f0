import { describe, expect, it } from 'vitest';
import { asEntityId } from '../model/ids.ts';
import {
  ALIYEV,
  BAYRAMOV,
  CORPUS_ENTITIES,
  MINSK_GROUP,
  MIRZOYAN,
  PASHINYAN,
  POMPEO,
} from './corpus-entities.ts';
import { EntitySearch } from './entity-search.ts';

const search = new EntitySearch(CORPUS_ENTITIES);
const ids = (query: string) => search.search(query).map((hit) => hit.entityId);

describe('EntitySearch', () => {
  it('finds names and aliases by the prefix of any word, ignoring case and accents', () => {
    expect(ids('pomp')).toEqual([POMPEO.id]);
    expect(ids('MINSK')).toEqual([MINSK_GROUP.id]);
    expect(ids('secretary of')).toEqual([POMPEO.id]);
    expect(ids('əliyev')).toEqual([ALIYEV.id]);
    expect(ids('İLHAM')).toEqual([ALIYEV.id]);
    expect(search.search('ceyhun')).toMatchObject([
      { entityId: BAYRAMOV.id, matched: 'Ceyhun Bayramov', field: 'alias' },
    ]);
  });

  it('tolerates one typo in a short word and two in a longer one, none under 4 letters', () => {
    expect(ids('Pashinayn')).toEqual([PASHINYAN.id]);
    expect(ids('Mirzoyn')).toEqual([MIRZOYAN.id]);
    expect(ids('Aliev')).toEqual([ALIYEV.id]);
    expect(ids('Pmopeo')).toEqual([POMPEO.id]);
    expect(ids('Pompa')).toEqual([POMPEO.id]);
    expect(ids('Pumpa')).toEqual([]); // 5 letters: one edit only
    expect(ids('Pum')).toEqual([]);
    expect(ids('Pumpaeo')).toEqual([POMPEO.id]);
  });

  it('requires every word of the query', () => {
    expect(ids('Nikol Pash')).toEqual([PASHINYAN.id]);
    expect(ids('Nikol Aliyev')).toEqual([]);
  });

  it('ranks an exact name or alias first, then prefixes, then typos', () => {
    const local = new EntitySearch([
      { id: asEntityId('armen'), name: 'Armen Sarkissian', kind: 'person', aliases: [] },
      { id: asEntityId('armenia'), name: 'Armenia', kind: 'state', aliases: [] },
      {
        id: asEntityId('armenian-army'),
        name: 'Armenian Armed Forces',
        kind: 'group',
        aliases: [],
      },
    ]);
    expect(local.search('armenia').map((hit) => [hit.entityId, hit.exact])).toEqual([
      ['armenia', 'name-key'],
      ['armenian-army', false],
      ['armen', false],
    ]);
    const accents = new EntitySearch([ALIYEV, { ...PASHINYAN, aliases: ['Aliyevski'] }]);
    expect(accents.search('Əliyev')[0]).toMatchObject({ entityId: ALIYEV.id, exact: 'accents' });
  });

  it('returns one hit per entity, its best label, and honours the limit', () => {
    const hits = search.search('pompeo');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ matched: 'Pompeo', field: 'alias', exact: 'name-key' });
    expect(search.search('a', 2)).toHaveLength(2);
    expect(search.search('', 20)).toEqual([]);
    expect(search.search('  -- ')).toEqual([]);
  });

  it('follows edits without a rebuild: add, replace, remove', () => {
    const index = new EntitySearch([POMPEO, PASHINYAN]);
    index.add(MIRZOYAN);
    expect(index.search('mirzoyan').map((hit) => hit.entityId)).toEqual([MIRZOYAN.id]);
    index.replace({ ...MIRZOYAN, aliases: ['Արարատ Միրզոյան'] });
    expect(index.search('արարատ').map((hit) => hit.entityId)).toEqual([MIRZOYAN.id]);
    index.replace({ ...POMPEO, name: 'Michael Pompeo', aliases: [] });
    expect(index.search('secretary')).toEqual([]);
    expect(index.search('michael').map((hit) => hit.entityId)).toEqual([POMPEO.id]);
    expect(index.remove(PASHINYAN.id)).toBe(true);
    expect(index.remove(PASHINYAN.id)).toBe(false);
    expect(index.search('pashinyan')).toEqual([]);
    expect(index.size).toBe(2);
    expect(() => index.add(POMPEO)).toThrow(/already indexed/);
  });

  it('keeps a word shared by two entities when one of them is removed', () => {
    const index = new EntitySearch([MINSK_GROUP, { ...MIRZOYAN, aliases: ['Minsk envoy'] }]);
    index.remove(MINSK_GROUP.id);
    expect(index.search('minsk').map((hit) => hit.entityId)).toEqual([MIRZOYAN.id]);
  });

  it('indexes hyphenated and apostrophised words also joined', () => {
    const index = new EntitySearch([
      { id: asEntityId('nk'), name: 'Nagorno-Karabakh Republic', kind: 'state', aliases: [] },
    ]);
    expect(index.search('nagornokarabakh')).toHaveLength(1);
    expect(index.search('karabakh')).toHaveLength(1);
  });
});
