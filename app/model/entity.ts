// Entities: the real-world actors a library knows ("Mike Pompeo", "the OSCE Minsk Group"). An
// actor annotation may link to one; many mentions ("Pompeo", "the Secretary of State") share it.
// Nothing is looked up online: a Wikidata id is what the analyst typed or a list brought.

import type { EntityId } from './ids.ts';

export const ENTITY_KINDS = ['person', 'organisation', 'state', 'group', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Entity {
  id: EntityId;
  /** The canonical name. */
  name: string;
  kind: EntityKind;
  /** Other names and spellings it goes by; never contains `name`. */
  aliases: string[];
  /** `Q` followed by digits. */
  wikidata?: string;
  note?: string;
}

export const WIKIDATA_ID_PATTERN = /^Q[1-9][0-9]*$/;

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** The Wikidata IRI of an entity with a Wikidata id. */
export function wikidataIri(wikidata: string): string {
  return `http://www.wikidata.org/entity/${wikidata}`;
}
