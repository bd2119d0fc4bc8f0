// Actors of ../shared/corpus (the 2020 Nagorno-Karabakh reports), as an analyst would list
// them: shared by the entity tests.

import type { Entity } from '../model/entity.ts';
import { asEntityId } from '../model/ids.ts';

function entity(
  id: string,
  fields: Omit<Entity, 'id' | 'aliases'> & { aliases?: string[] },
): Entity {
  return { id: asEntityId(id), aliases: [], ...fields };
}

export const POMPEO = entity('pompeo', {
  name: 'Mike Pompeo',
  kind: 'person',
  aliases: ['Pompeo', 'Secretary Pompeo', 'the Secretary of State'],
  wikidata: 'Q473239',
});
export const ALIYEV = entity('aliyev', {
  name: 'Ilham Aliyev',
  kind: 'person',
  aliases: ['İlham Əliyev', 'Aliyev'],
  wikidata: 'Q168413',
});
export const PASHINYAN = entity('pashinyan', {
  name: 'Nikol Pashinyan',
  kind: 'person',
  aliases: ['Pashinyan'],
});
export const BAYRAMOV = entity('bayramov', {
  name: 'Jeyhun Bayramov',
  kind: 'person',
  aliases: ['Ceyhun Bayramov', '@bayramov_jeyhun'],
});
export const MNATSAKANYAN = entity('mnatsakanyan', {
  name: 'Zohrab Mnatsakanyan',
  kind: 'person',
  aliases: ['@ZMnatsakanyan'],
});
export const MIRZOYAN = entity('mirzoyan', { name: 'Ararat Mirzoyan', kind: 'person' });
export const MINSK_GROUP = entity('minsk-group', {
  name: 'OSCE Minsk Group',
  kind: 'organisation',
  aliases: ['Minsk Group', 'the co-chairs'],
});
export const ARMENIA = entity('armenia', { name: 'Armenia', kind: 'state', wikidata: 'Q399' });

export const CORPUS_ENTITIES: readonly Entity[] = [
  POMPEO,
  ALIYEV,
  PASHINYAN,
  BAYRAMOV,
  MNATSAKANYAN,
  MIRZOYAN,
  MINSK_GROUP,
  ARMENIA,
];
