// The live entity list and a search index kept in step with it. Dexie's live query hands back
// fresh objects on every change, so the index is brought up to date by comparing the entities'
// searchable fields with what it holds: editing one entity re-indexes that one, not ten
// thousand (building the whole index is what made the first keystroke slow).

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { EntitySearch } from '../../app/entities/index.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readEntities } from './entity-store.ts';

export interface LiveEntities {
  /** Every entity by name; undefined while the first read is under way. */
  entities: readonly Entity[] | undefined;
  byId: ReadonlyMap<EntityId, Entity>;
  search: EntitySearch;
  /** Changes whenever the index does: a dependency for memoised searches. */
  version: number;
}

/** An EntitySearch and the entities it holds, synchronised with a list by difference. */
export class SyncedEntitySearch {
  search = new EntitySearch();
  version = 0;
  private indexed = new Map<EntityId, Entity>();

  /** Brings the index to `entities`; running it twice with one list changes nothing. */
  sync(entities: readonly Entity[]): void {
    if (this.indexed.size === 0) {
      if (entities.length === 0) return;
      // The bulk constructor indexes all words in one pass: the first read of a large list.
      this.search = new EntitySearch(entities);
      this.indexed = new Map(entities.map((entity) => [entity.id, entity]));
      this.version++;
      return;
    }
    let changed = false;
    const seen = new Set<EntityId>();
    for (const entity of entities) {
      seen.add(entity.id);
      const held = this.indexed.get(entity.id);
      if (held && sameLabels(held, entity)) continue;
      this.search.replace(entity);
      this.indexed.set(entity.id, entity);
      changed = true;
    }
    for (const id of [...this.indexed.keys()]) {
      if (seen.has(id)) continue;
      this.search.remove(id);
      this.indexed.delete(id);
      changed = true;
    }
    if (changed) this.version++;
  }
}

/** Only names and aliases are indexed: a kind or note edit leaves the index as it is. */
function sameLabels(a: Entity, b: Entity): boolean {
  return (
    a.name === b.name &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

const syncedSearches = new WeakMap<MarginaliaDatabase, SyncedEntitySearch>();

/**
 * One index per database, kept across screens and mounts: building it for 10,000 entities takes
 * most of a second, and a screen that shows the field anew must not pay that again.
 */
function syncedSearchOf(db: MarginaliaDatabase): SyncedEntitySearch {
  let synced = syncedSearches.get(db);
  if (!synced) syncedSearches.set(db, (synced = new SyncedEntitySearch()));
  return synced;
}

/** The library's entities, live, with their search index. */
export function useEntities(db: MarginaliaDatabase): LiveEntities {
  const entities = useLiveQuery(() => readEntities(db), [db]);
  const synced = syncedSearchOf(db);
  const version = useMemo(() => {
    // Nothing read yet is not an empty list: the shared index keeps what it holds meanwhile.
    if (entities !== undefined) synced.sync(entities);
    return synced.version;
  }, [synced, entities]);
  const byId = useMemo(
    () => new Map((entities ?? []).map((entity) => [entity.id, entity])),
    [entities],
  );
  return { entities, byId, search: synced.search, version };
}
