// When two entities are the same real-world actor: the one rule every comparison uses (import
// matching in match-entities.ts, agreement's entityAgreement, review and `marginalia merge`).
//   1. the same id → the same;
//   2. else, when both have a Wikidata id, the same Wikidata id → the same, different → two
//      actors, whatever their names;
//   3. else the same name by nameKey (NFKC, case folded, whitespace collapsed; accents count,
//      aliases do not).

import type { Entity } from '../model/entity.ts';
import { nameKey } from './entity-names.ts';

export type EntityIdentity = Pick<Entity, 'id' | 'name' | 'wikidata'>;

export function sameEntity(a: EntityIdentity, b: EntityIdentity): boolean {
  if (a.id === b.id) return true;
  if (a.wikidata && b.wikidata) return a.wikidata === b.wikidata;
  return nameKey(a.name) === nameKey(b.name);
}
