// Matching a colleague's entities (from a dataset or an entity CSV) to the library's, by the one
// rule of issue 8, tried in this order for each incoming entity:
//   1. the same id → matched (`id`);
//   2. else, when both have a Wikidata id, the same Wikidata id → matched (`wikidata`);
//   3. else the same name by nameKey (NFKC, case folded, whitespace collapsed) → matched
//      (`name`), but never with a library entity whose Wikidata id differs from the incoming
//      one's: two people who share a name and have different Wikidata ids are two people;
//   4. otherwise new. A new entity comes with `offered` candidates for the analyst to confirm:
//      library entities whose name differs only in accents (accentFreeKey: "Əliyev" ~
//      "Aliyev"), whose alias is the incoming name or whose name is an incoming alias (`alias`),
//      and, when several library entities share the incoming name so that rule 3 cannot choose,
//      each of them (`name`). Conflicting Wikidata ids rule out offers too.
// Nothing is decided silently: an entity is either matched by one of the three exact rules or
// left for the analyst, who sees every offer; the matched library entity is never changed here.

import type { Entity } from '../model/entity.ts';
import type { EntityId } from '../model/ids.ts';
import { accentFreeKey, nameKey } from './entity-names.ts';

export interface EntityMatch {
  incoming: Entity;
  /** The library entity it is, by which rule; null when it is new. */
  match: { how: 'id' | 'wikidata' | 'name'; entityId: EntityId } | null;
  /** For a new entity, library entities it may be, for the analyst to confirm; else empty. */
  offered: EntityOffer[];
}

export interface EntityOffer {
  entityId: EntityId;
  /** The library entity's name, for the import plan. */
  name: string;
  why: 'name' | 'accents' | 'alias';
}

/** One match per incoming entity, in order, by the rule in the module comment. */
export function matchEntities(
  incoming: readonly Entity[],
  library: readonly Entity[],
): EntityMatch[] {
  const byId = new Map(library.map((entity) => [entity.id, entity]));
  const byWikidata = groupBy(library, (entity) => entity.wikidata);
  const byNameKey = groupBy(library, (entity) => nameKey(entity.name));
  const byAccentFreeKey = groupBy(library, (entity) => accentFreeKey(entity.name));
  const byAliasKey = groupBy(library, (entity) => entity.aliases.map(nameKey));
  return incoming.map((entity) => {
    if (byId.has(entity.id)) return matched(entity, 'id', entity.id);
    const sameWikidata = entity.wikidata ? byWikidata.get(entity.wikidata) : undefined;
    if (sameWikidata) return matched(entity, 'wikidata', sameWikidata[0]!.id);
    const compatible = (candidate: Entity) =>
      !(entity.wikidata && candidate.wikidata && candidate.wikidata !== entity.wikidata);
    const key = nameKey(entity.name);
    const sameName = (byNameKey.get(key) ?? []).filter(compatible);
    if (sameName.length === 1) return matched(entity, 'name', sameName[0]!.id);

    const offered: EntityOffer[] = [];
    const offer = (candidates: readonly Entity[] | undefined, why: EntityOffer['why']) => {
      for (const candidate of candidates ?? []) {
        if (!compatible(candidate) || offered.some((o) => o.entityId === candidate.id)) continue;
        offered.push({ entityId: candidate.id, name: candidate.name, why });
      }
    };
    offer(sameName, 'name');
    offer(byAccentFreeKey.get(accentFreeKey(entity.name)), 'accents');
    offer(byAliasKey.get(key), 'alias');
    for (const alias of entity.aliases) offer(byNameKey.get(nameKey(alias)), 'alias');
    return { incoming: entity, match: null, offered };
  });
}

function matched(incoming: Entity, how: 'id' | 'wikidata' | 'name', entityId: EntityId) {
  return { incoming, match: { how, entityId }, offered: [] };
}

/** Library entities by a key (or several), in library order; entities without one are left out. */
function groupBy(
  library: readonly Entity[],
  keysOf: (entity: Entity) => string | string[] | undefined,
): Map<string, Entity[]> {
  const groups = new Map<string, Entity[]>();
  for (const entity of library) {
    const keys = keysOf(entity);
    for (const key of new Set(typeof keys === 'string' ? [keys] : (keys ?? []))) {
      if (key === '') continue;
      const group = groups.get(key);
      if (group) group.push(entity);
      else groups.set(key, [entity]);
    }
  }
  return groups;
}
