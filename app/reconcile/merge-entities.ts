// Uniting the entity lists of a merge's files into one, by the matching rule every comparison
// uses (app/entities/same-entity.ts): the same id is the same entity; else two Wikidata ids
// decide; else the same name by nameKey. Pairwise, that rule is not transitive (a "John Smith"
// without a Wikidata id is the same as Q1's "John Smith" and as Q2's, which are two people), so
// the merge applies it in a fixed order, each step on whole groups:
//
//   1. one group per id (every file's versions of it);
//   2. groups sharing a Wikidata id are one;
//   3. groups with no Wikidata id at all are one when they share a name (any version's, by
//      nameKey);
//   4. such a group that shares a name with groups that have a Wikidata id joins one of them: the
//      one whose smallest id is smallest.
//
// Every step follows from sorted keys, never from file order. What is left are entities no two
// of which the rule matches (distinct Wikidata ids, or distinct names where one has none), so
// merging the result again unites nothing. Each group keeps its smallest id; its name, kind and
// note come from that id's preferred version (a real kind and a name other than the id first,
// then the smallest encoding); its Wikidata id is that version's, else the smallest of the
// group's; its aliases are that version's, then every other name and alias of the group not
// already there (by nameKey), in code-unit order.

import { ALIAS_SEPARATOR } from '../entities/check-entity.ts';
import { nameKey } from '../entities/entity-names.ts';
import { copyEntity } from '../formats/dataset/encode-enrichment.ts';
import type { DatasetEntity } from '../formats/dataset/types.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { EntityId } from '../model/ids.ts';
import { preferred } from './preferred.ts';

export interface UnitedEntities {
  /** One entity per group, sorted by id. */
  entities: DatasetEntity[];
  /** The id an entity of any file goes by in the merged file (an unknown id is its own). */
  idOf(id: EntityId): EntityId;
  /** A merged entity by its (merged) id. */
  entity(id: EntityId): DatasetEntity | undefined;
}

/** The files' entity lists (each a file's /entities) united by the matching rule. */
export function uniteEntities(
  lists: readonly (readonly DatasetEntity[] | undefined)[],
): UnitedEntities {
  const versions = new Map<EntityId, DatasetEntity[]>();
  for (const list of lists)
    for (const entity of list ?? []) {
      const known = versions.get(entity.id);
      if (known === undefined) versions.set(entity.id, [entity]);
      else known.push(entity);
    }
  const ids = [...versions.keys()].sort(compareStrings);
  const groups = new UnionFind(ids.length);

  // 2. A shared Wikidata id.
  const byWikidata = new Map<string, number>();
  const hasWikidata = ids.map((id, i) => {
    let found = false;
    for (const { wikidata } of versions.get(id)!) {
      if (wikidata === undefined) continue;
      found = true;
      const first = byWikidata.get(wikidata);
      if (first === undefined) byWikidata.set(wikidata, i);
      else groups.union(first, i);
    }
    return found;
  });
  const nameKeys = ids.map((id) => versions.get(id)!.map(({ name }) => nameKey(name)));
  const namesOf = (i: number) => nameKeys[i]!;

  // 3. Groups without a Wikidata id, by a shared name.
  const plainByName = new Map<string, number>();
  ids.forEach((_, i) => {
    if (hasWikidata[i]) return;
    for (const key of namesOf(i)) {
      const first = plainByName.get(key);
      if (first === undefined) plainByName.set(key, i);
      else groups.union(first, i);
    }
  });

  // 4. Each of those joins the group with a Wikidata id that shares one of its names, the one
  // whose smallest id is smallest (ids are sorted, so the smallest index). Groups with a Wikidata
  // id are complete after step 2, so their roots are settled before any joins.
  const wikidataByName = new Map<string, number>();
  ids.forEach((_, i) => {
    if (!hasWikidata[i]) return;
    const root = groups.find(i);
    for (const key of namesOf(i)) {
      const known = wikidataByName.get(key);
      if (known === undefined || groups.smallest(root) < groups.smallest(known))
        wikidataByName.set(key, root);
    }
  });
  const joinTo = new Map<number, number>();
  ids.forEach((_, i) => {
    if (hasWikidata[i]) return;
    const root = groups.find(i);
    for (const key of namesOf(i)) {
      const target = wikidataByName.get(key);
      if (target === undefined) continue;
      const chosen = joinTo.get(root);
      if (chosen === undefined || groups.smallest(target) < groups.smallest(chosen))
        joinTo.set(root, target);
    }
  });
  for (const [plain, target] of joinTo) groups.union(target, plain);

  const members = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list === undefined) members.set(root, [i]);
    else list.push(i);
  });
  const united = new Map<EntityId, DatasetEntity>();
  const idOf = new Map<EntityId, EntityId>();
  for (const indices of members.values()) {
    // Indices ascend, as ids do: the first is the group's smallest id.
    const kept = ids[indices[0]!]!;
    const entity = unite(
      versions.get(kept)!,
      indices.slice(1).flatMap((i) => versions.get(ids[i]!)!),
    );
    united.set(kept, entity);
    for (const i of indices) idOf.set(ids[i]!, kept);
  }
  return {
    entities: [...united.values()].sort((a, b) => compareStrings(a.id, b.id)),
    idOf: (id) => idOf.get(id) ?? id,
    entity: (id) => united.get(id),
  };
}

/** One group's entity: `own` are the versions of the id it keeps, `others` the rest. */
function unite(own: readonly DatasetEntity[], others: readonly DatasetEntity[]): DatasetEntity {
  // Alone, an entity is what its file says (most of a list): a copy, without the work below.
  if (own.length === 1 && others.length === 0) return copyEntity(own[0]!);
  const all = [...own, ...others];
  const base = preferred(own, (version) => [
    version.kind === 'other' ? 1 : 0,
    version.name === version.id ? 1 : 0,
    JSON.stringify(version),
  ]);
  const entity: DatasetEntity = {
    id: base.id,
    name: base.name,
    kind: base.kind,
    aliases: [...base.aliases],
  };
  if (base.kind === 'other') {
    const specific = all.filter(({ kind }) => kind !== 'other').map(({ kind }) => kind);
    if (specific.length > 0) entity.kind = specific.sort(compareStrings)[0]!;
  }
  const wikidata =
    base.wikidata ??
    all
      .map((version) => version.wikidata)
      .filter((id) => id !== undefined)
      .sort(compareStrings)[0];
  if (wikidata !== undefined) entity.wikidata = wikidata;
  const note =
    base.note ??
    all
      .map((version) => version.note)
      .filter((text) => text !== undefined)
      .sort(compareStrings)[0];
  if (note !== undefined) entity.note = note;

  // The base's aliases stay as they are, in their order (merging one entity changes nothing);
  // the group's other spellings follow, one per nameKey, never the name, never with the CSV
  // separator (a name may contain it; an alias may not).
  const seen = new Set([nameKey(entity.name), ...entity.aliases.map(nameKey)]);
  const candidates = all
    .flatMap((version) => [version.name, ...version.aliases])
    .filter((spelling) => !spelling.includes(ALIAS_SEPARATOR))
    .sort(compareStrings);
  for (const spelling of candidates) {
    const key = nameKey(spelling);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    entity.aliases.push(spelling);
  }
  return entity;
}

/** Disjoint sets of 0…n-1, each knowing its smallest member. */
class UnionFind {
  private readonly parent: number[];
  private readonly least: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.least = [...this.parent];
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i]!];
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    this.parent[rootB] = rootA;
    this.least[rootA] = Math.min(this.least[rootA]!, this.least[rootB]!);
  }

  smallest(i: number): number {
    return this.least[this.find(i)]!;
  }
}
