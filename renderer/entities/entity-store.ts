// The entity list as the Entities screen and the Entity field see it: the entities, and for
// each the mentions that link to it over every document and every layer (the journal folded in,
// so an edit made a moment ago counts). Also the pure builders of the change lists that edit it:
// a merge, a delete, a new entity, an imported list. They only build Changes; the caller commits
// them through the change hub, which makes each one undoable step and writes it in one transaction.

import { matchEntities, normaliseEntity, type EntityMatch } from '../../app/entities/index.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { Entity, EntityKind } from '../../app/model/entity.ts';
import { asEntityId, type DocumentId, type EntityId } from '../../app/model/ids.ts';
import type { AnnotationChange, EntityChange } from '../changes/change.ts';
import { foldLayers } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

/** One actor annotation linked to an entity; its quote and annotator are on `annotation`. */
export interface EntityMention {
  documentId: DocumentId;
  /** The document's title as the library lists it. */
  title: string;
  annotation: Annotation;
}

/** Mentions per entity id, each list in document title order, then text order. */
export type MentionIndex = ReadonlyMap<EntityId, readonly EntityMention[]>;

/** Sorts names as a person reads a list: case and accents second, numbers by value. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every entity of the library, by name. */
export async function readEntities(db: MarginaliaDatabase): Promise<Entity[]> {
  const entities = await db.entities.toArray();
  return entities.sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/**
 * Every annotation that links to an entity, over all layers, grouped by entity. Read in one
 * transaction so counts and mentions agree. Any annotation carrying `entity` counts, not only
 * those labelled actor today: a merge or delete must reach every link, or it would leave one
 * pointing at an entity that is gone.
 */
export async function readEntityMentions(db: MarginaliaDatabase): Promise<MentionIndex> {
  return db.transaction('r', [db.documents, db.layers, db.edits], async () => {
    const [documents, layers, edits] = await Promise.all([
      db.documents.toArray(),
      db.layers.toArray(),
      db.edits.orderBy('seq').toArray(),
    ]);
    return indexEntityMentions(documents, foldLayers(layers, edits));
  });
}

/**
 * The mention index of folded layers: every annotation carrying `entity`, grouped by entity. A
 * layer left behind by a deleted document (no row in `documents`) is not shown.
 */
export function indexEntityMentions(
  documents: readonly { id: DocumentId; title: string }[],
  layers: readonly { documentId: DocumentId; annotations: readonly Annotation[] }[],
): MentionIndex {
  const titles = new Map(documents.map((row) => [row.id, row.title]));
  const index = new Map<EntityId, EntityMention[]>();
  for (const layer of layers) {
    const title = titles.get(layer.documentId);
    if (title === undefined) continue;
    for (const annotation of layer.annotations) {
      if (annotation.entity === undefined) continue;
      const mention = { documentId: layer.documentId, title, annotation };
      const list = index.get(annotation.entity);
      if (list) list.push(mention);
      else index.set(annotation.entity, [mention]);
    }
  }
  for (const list of index.values()) list.sort(compareMentions);
  return index;
}

function compareMentions(a: EntityMention, b: EntityMention): number {
  return (
    byName.compare(a.title, b.title) ||
    (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) ||
    a.annotation.start - b.annotation.start
  );
}

/** The documents the mentions are in, in the mentions' order, each once. */
export function documentsOf(mentions: readonly EntityMention[]): DocumentId[] {
  return [...new Set(mentions.map((mention) => mention.documentId))];
}

/**
 * Merging `source` into `target` as one list: target gains source's name and aliases as aliases
 * (and its Wikidata id and note when it has none, so the merge loses nothing the analyst typed),
 * every mention of source is relinked to target, and source is deleted. Undo, the inverse
 * list, puts everything back in reverse order.
 */
export function mergeEntityChanges(
  source: Entity,
  target: Entity,
  mentions: readonly EntityMention[],
  now: Date,
): (EntityChange | AnnotationChange)[] {
  const merged = normaliseEntity({
    ...target,
    aliases: [...target.aliases, source.name, ...source.aliases],
    ...(target.wikidata === undefined && source.wikidata !== undefined
      ? { wikidata: source.wikidata }
      : {}),
    ...(target.note === undefined && source.note !== undefined ? { note: source.note } : {}),
  });
  return [
    { kind: 'entity', before: target, after: merged },
    ...relink(mentions, target.id, now),
    { kind: 'entity', before: source, after: null },
  ];
}

/** Deleting an entity as one list: every mention unlinked, then the entity removed. */
export function deleteEntityChanges(
  entity: Entity,
  mentions: readonly EntityMention[],
  now: Date,
): (EntityChange | AnnotationChange)[] {
  return [...relink(mentions, null, now), { kind: 'entity', before: entity, after: null }];
}

function relink(
  mentions: readonly EntityMention[],
  entity: EntityId | null,
  now: Date,
): AnnotationChange[] {
  const updatedAt = now.toISOString();
  return mentions.map(({ annotation }) => {
    const after: Annotation = { ...annotation, updatedAt };
    if (entity === null) delete after.entity;
    else after.entity = entity;
    return { before: annotation, after };
  });
}

/** A new entity named as the text reads (trimmed, one line), with a fresh random id. */
export function newEntityFromText(text: string, kind: EntityKind): Entity {
  return normaliseEntity({ id: asEntityId(crypto.randomUUID()), name: text, kind, aliases: [] });
}

/** What importing an entity list would do, before anything is written. */
export interface EntityListImport {
  /** One per incoming entity, by the matching rule of app/entities/match-entities.ts. */
  matches: EntityMatch[];
  /** The entities to create, as changes; matched entities are left as they are. */
  changes: EntityChange[];
  matched: number;
  created: number;
  /** Possible matches the analyst did not confirm as new: not imported. */
  heldBack: number;
}

/**
 * The changes that import `incoming` into `library` without duplicating anything: an entity
 * matched by id, Wikidata id or name is the library's already and is not overwritten; a new
 * one is created; one that may be a library entity (accents, alias) is created only when the
 * analyst confirmed it is new (its id in `confirmedNew`), else held back.
 */
export function importEntityListChanges(
  incoming: readonly Entity[],
  library: readonly Entity[],
  confirmedNew: ReadonlySet<EntityId> = new Set(),
): EntityListImport {
  const matches = matchEntities(incoming, library);
  const changes: EntityChange[] = [];
  let heldBack = 0;
  for (const match of matches) {
    if (match.match !== null) continue;
    if (match.offered.length > 0 && !confirmedNew.has(match.incoming.id)) heldBack++;
    else changes.push({ kind: 'entity', before: null, after: match.incoming });
  }
  const matched = matches.filter((match) => match.match !== null).length;
  return { matches, changes, matched, created: changes.length, heldBack };
}
