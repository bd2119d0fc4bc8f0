// When linking a mention should offer its text as an alias: the entity goes by other names and
// the mention's text is not yet one of them, compared by nameKey (the rule by which two names are
// the same), so "POMPEO" is not offered for an entity that already has "Pompeo".

import { checkEntity, nameKey, normaliseEntity } from '../../app/entities/index.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityChange } from '../changes/change.ts';

/** Whether `text` is the entity's name or one of its aliases, by nameKey. */
export function entityGoesBy(entity: Entity, text: string): boolean {
  const key = nameKey(text);
  return nameKey(entity.name) === key || entity.aliases.some((alias) => nameKey(alias) === key);
}

/**
 * The entity with `text` added as an alias, or null when there is nothing to add or the text
 * could not be an alias (empty, or containing the `|` that separates aliases in CSV).
 */
export function withAlias(entity: Entity, text: string): Entity | null {
  if (nameKey(text) === '' || entityGoesBy(entity, text)) return null;
  const after = normaliseEntity({ ...entity, aliases: [...entity.aliases, text] });
  return checkEntity(after).length === 0 ? after : null;
}

/** The change adding `text` as an alias of `entity`, as a one-element list (empty when none). */
export function aliasChanges(entity: Entity, text: string): EntityChange[] {
  const after = withAlias(entity, text);
  return after ? [{ kind: 'entity', before: entity, after }] : [];
}
