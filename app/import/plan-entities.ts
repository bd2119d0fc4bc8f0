// The file's entities against the library's list (issue 8): matched by the one rule of
// app/entities/match-entities.ts, or confirmed by the analyst among the matches it offers, or
// new. Nothing is silently duplicated or overwritten: a matched entity keeps the library's
// record as it is (aliases the file adds are listed, not applied) and the file's annotations
// link to the library's id; only entities that match nothing are added.

import { matchEntities, type EntityMatch } from '../entities/match-entities.ts';
import { nameKey } from '../entities/entity-names.ts';
import type { Entity } from '../model/entity.ts';
import type { EntityId } from '../model/ids.ts';
import type { ImportBundle } from './bundle.ts';
import type { LibrarySnapshot, PlanOptions } from './plan-types.ts';

export interface PlannedEntities {
  entitiesToAdd: Entity[];
  /** matchEntities' answer, as it is: the analyst may still change the choices made. */
  entityMatches: EntityMatch[];
  /** The file's entity id → the id the library knows it by (its own when it is added). */
  libraryIdOf: Map<EntityId, EntityId>;
  /** Offered matches the analyst confirmed, as “file name” → library entity, for the summary. */
  confirmed: { incoming: Entity; entity: Entity }[];
  /** Aliases the file gives a matched entity that the library's record lacks: not applied. */
  aliasesNotApplied: { entity: Entity; aliases: string[] }[];
  /** The file's entities offered a match that the analyst chose to keep apart. */
  keptNew: Set<EntityId>;
}

/** Plans the file's entities; a choice naming no library entity is reported in `warnings`. */
export function planEntities(
  bundle: ImportBundle,
  library: LibrarySnapshot,
  options: PlanOptions,
  warnings: string[],
): PlannedEntities {
  const libraryEntities = library.entities ?? [];
  const byId = new Map(libraryEntities.map((entity) => [entity.id, entity]));
  // A decoder other than the dataset's may repeat an entity; the first one counts.
  const unique = new Map<EntityId, Entity>();
  for (const entity of bundle.entities ?? [])
    if (!unique.has(entity.id)) unique.set(entity.id, entity);
  const entityMatches = matchEntities([...unique.values()], libraryEntities);

  const planned: PlannedEntities = {
    entitiesToAdd: [],
    entityMatches,
    libraryIdOf: new Map(),
    confirmed: [],
    aliasesNotApplied: [],
    keptNew: new Set(),
  };
  for (const { incoming: entity, match } of entityMatches) {
    const choice = options.entityChoices?.get(entity.id);
    const chosen = choice === undefined || choice === 'new' ? undefined : byId.get(choice);
    if (choice !== undefined && choice !== 'new' && chosen === undefined)
      warnings.push(
        `entity ${JSON.stringify(entity.name)}: the chosen match ${JSON.stringify(choice)} is not in the library's list; kept as a new entity`,
      );
    // An exact match stands whatever was chosen: the rule already decided, and the id it
    // found is the one annotations of earlier imports link to.
    const target = match !== null ? byId.get(match.entityId) : chosen;
    if (target === undefined) {
      if (choice === 'new') planned.keptNew.add(entity.id);
      planned.entitiesToAdd.push(entity);
      planned.libraryIdOf.set(entity.id, entity.id);
      continue;
    }
    planned.libraryIdOf.set(entity.id, target.id);
    if (match === null) planned.confirmed.push({ incoming: entity, entity: target });
    const known = new Set([target.name, ...target.aliases].map(nameKey));
    const extra = [entity.name, ...entity.aliases].filter((alias) => !known.has(nameKey(alias)));
    if (extra.length > 0) planned.aliasesNotApplied.push({ entity: target, aliases: extra });
  }
  return planned;
}
