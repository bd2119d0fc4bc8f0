// The actors overview of the Entities screen (docs/actors.md): for each entity of the library's
// list, what the annotations of one layer (or of all) say about it. Its mentions are the actor
// spans linked to it; its documents are where those are; the claims it makes are the claims whose
// claimant link points at one of its mentions, the claims about it those whose target link does.
// Pure and linear in the annotations and relations (plus sorting each entity's lists), so the
// screen recomputes the whole overview rather than patching it.

import type { Annotation } from '../model/annotation.ts';
import type { Entity } from '../model/entity.ts';
import type { AnnotatorId, DocumentId, EntityId } from '../model/ids.ts';
import { ACTOR, CLAIM } from '../model/labels.ts';
import { CLAIMANT, TARGET, type Relation } from '../model/relation.ts';

/** Every layer at once: each analyst's annotations and the reconciled layer, each counted. */
export const ALL_LAYERS = 'all';

/** Whose annotations are counted: one layer (an annotator id, or the reconciled layer's) or all. */
export type LayerChoice = AnnotatorId | typeof ALL_LAYERS;

/** One layer of one document: an annotator's annotations there and the links between them. */
export interface ActorLayer {
  documentId: DocumentId;
  annotatorId: AnnotatorId;
  annotations: readonly Annotation[];
  relations: readonly Relation[];
}

/** What the overview is computed from: the library's folded layers, documents in list order. */
export interface ActorSource {
  /** The documents to count, in the order lists show them; layers of others are left out. */
  documents: readonly { id: DocumentId }[];
  layers: readonly ActorLayer[];
}

/** A claim and the entity's mentions its claimant (or target) links point at. */
export interface ClaimLink {
  claim: Annotation;
  /** In text order; several when the claim links two mentions of one entity. */
  via: Annotation[];
}

/** What one layer choice says about one entity. Lists in document order, then text order. */
export interface EntityActivity {
  mentions: Annotation[];
  documents: DocumentId[];
  claimsMade: ClaimLink[];
  claimsAbout: ClaimLink[];
}

/** The mentions a claim's claimant and target links point at, in text order. */
export interface ClaimEnds {
  claimants: Annotation[];
  targets: Annotation[];
}

/** Per entity id its activity; entities nothing links to are absent (see activityOf). */
export interface ActorOverview {
  layer: LayerChoice;
  activity: ReadonlyMap<EntityId, EntityActivity>;
  /** Per claim (the annotation object itself), what its links point at. */
  claimEnds: ReadonlyMap<Annotation, ClaimEnds>;
}

const NO_ACTIVITY: EntityActivity = {
  mentions: [],
  documents: [],
  claimsMade: [],
  claimsAbout: [],
};

function inLayer(layer: LayerChoice, annotator: AnnotatorId): boolean {
  return layer === ALL_LAYERS || layer === annotator;
}

/**
 * The overview of `source` as the layer choice sees it. A link is resolved within its own layer
 * (both its ends are annotations of that layer), and claims are told apart by their annotation
 * objects: on the bench library (180,000 annotations, 230,000 links) string keys made of
 * document, annotator and annotation ids took most of a second to build and hash.
 */
export function buildActorOverview(source: ActorSource, layer: LayerChoice): ActorOverview {
  const order = new Map(source.documents.map((document, i) => [document.id, i]));
  const activity = new Map<EntityId, EntityActivity>();
  const activityFor = (entity: EntityId) => {
    let found = activity.get(entity);
    if (!found) {
      found = { mentions: [], documents: [], claimsMade: [], claimsAbout: [] };
      activity.set(entity, found);
    }
    return found;
  };
  const claimEnds = new Map<Annotation, ClaimEnds>();
  // Per entity and side, the claims seen so far: a claim linking two mentions of one entity is
  // one claim with two `via`s, not two claims.
  const made = new Map<EntityId, Map<Annotation, ClaimLink>>();
  const about = new Map<EntityId, Map<Annotation, ClaimLink>>();
  for (const folded of source.layers) {
    if (!inLayer(layer, folded.annotatorId) || !order.has(folded.documentId)) continue;
    const byId = new Map<string, Annotation>();
    for (const annotation of folded.annotations) {
      byId.set(annotation.id, annotation);
      if (annotation.label === ACTOR && annotation.entity !== undefined)
        activityFor(annotation.entity).mentions.push(annotation);
    }
    for (const relation of folded.relations) {
      if (relation.type !== CLAIMANT && relation.type !== TARGET) continue;
      const claim = byId.get(relation.from);
      const mention = byId.get(relation.to);
      if (claim?.label !== CLAIM || mention?.label !== ACTOR) continue;
      let ends = claimEnds.get(claim);
      if (!ends) claimEnds.set(claim, (ends = { claimants: [], targets: [] }));
      (relation.type === CLAIMANT ? ends.claimants : ends.targets).push(mention);
      if (mention.entity === undefined) continue;
      const side = relation.type === CLAIMANT ? made : about;
      let claims = side.get(mention.entity);
      if (!claims) side.set(mention.entity, (claims = new Map()));
      const link = claims.get(claim);
      if (link) link.via.push(mention);
      else claims.set(claim, { claim, via: [mention] });
    }
  }

  const inTextOrder = (a: Annotation, b: Annotation) =>
    (a.documentId === b.documentId ? 0 : order.get(a.documentId)! - order.get(b.documentId)!) ||
    a.start - b.start ||
    a.end - b.end;
  const claimOrder = (a: ClaimLink, b: ClaimLink) => inTextOrder(a.claim, b.claim);
  for (const [entity, claims] of made) {
    activityFor(entity).claimsMade = [...claims.values()].sort(claimOrder);
  }
  for (const [entity, claims] of about) {
    activityFor(entity).claimsAbout = [...claims.values()].sort(claimOrder);
  }
  for (const entry of activity.values()) {
    entry.mentions.sort(inTextOrder);
    entry.documents = [...new Set(entry.mentions.map((mention) => mention.documentId))];
    for (const link of [...entry.claimsMade, ...entry.claimsAbout]) link.via.sort(inTextOrder);
  }
  for (const ends of claimEnds.values()) {
    ends.claimants.sort(inTextOrder);
    ends.targets.sort(inTextOrder);
  }
  return { layer, activity, claimEnds };
}

/** An entity's activity; an entity nothing links to has empty lists. */
export function activityOf(overview: ActorOverview, entity: EntityId): EntityActivity {
  return overview.activity.get(entity) ?? NO_ACTIVITY;
}

/** An entity on the other side of some claims, or `null` for mentions linked to no entity. */
export interface ClaimPartner {
  entity: EntityId | null;
  /** Claims, each counted once per partner however many of its mentions it links. */
  claims: number;
}

/**
 * Who an entity makes claims about (`targets`: the entities its claims' targets link to) or who
 * makes claims about it (`claimants`), most claims first, then by `nameOf`; the claims whose
 * other side is a mention linked to no entity are one `null` partner, last.
 */
export function claimPartners(
  overview: ActorOverview,
  entity: EntityId,
  side: 'targets' | 'claimants',
  nameOf: (id: EntityId) => string = (id) => id,
): ClaimPartner[] {
  const { claimsMade, claimsAbout } = activityOf(overview, entity);
  const counts = new Map<EntityId | null, number>();
  for (const { claim } of side === 'targets' ? claimsMade : claimsAbout) {
    const ends = overview.claimEnds.get(claim);
    const others = side === 'targets' ? ends?.targets : ends?.claimants;
    const partners = new Set((others ?? []).map((mention) => mention.entity ?? null));
    for (const partner of partners) counts.set(partner, (counts.get(partner) ?? 0) + 1);
  }
  return [...counts]
    .map(([partner, claims]) => ({ entity: partner, claims }))
    .sort(
      (a, b) =>
        Number(a.entity === null) - Number(b.entity === null) ||
        b.claims - a.claims ||
        byName.compare(nameOf(a.entity!), nameOf(b.entity!)),
    );
}

/** The annotators whose layers hold annotations, each once, in first-seen order. */
export function layersOf(layers: readonly ActorLayer[]): AnnotatorId[] {
  return [
    ...new Set(
      layers.filter((layer) => layer.annotations.length > 0).map((layer) => layer.annotatorId),
    ),
  ];
}

/**
 * The layer the overview opens on: the analyst's own when it links at least one actor to an
 * entity (their own work, counted once), else all layers, so a library of colleagues' imports
 * does not open on empty counts.
 */
export function defaultLayer(layers: readonly ActorLayer[], own: AnnotatorId): LayerChoice {
  const ownLinked = layers.some(
    (layer) =>
      layer.annotatorId === own &&
      layer.annotations.some(
        (annotation) => annotation.label === ACTOR && annotation.entity !== undefined,
      ),
  );
  return ownLinked ? own : ALL_LAYERS;
}

/** The columns of the actors table; every one sorts. */
export type ActorColumn =
  | 'name'
  | 'kind'
  | 'aliases'
  | 'wikidata'
  | 'mentions'
  | 'documents'
  | 'claimsMade'
  | 'claimsAbout';

export type SortDirection = 'ascending' | 'descending';

export interface ActorSort {
  column: ActorColumn;
  direction: SortDirection;
}

/** Counts sort most first on a first click: the analyst is after the busiest actors. */
export function firstDirectionOf(column: ActorColumn): SortDirection {
  return countOfColumn(column) === null ? 'ascending' : 'descending';
}

/** Sorts names as a person reads a list: case and accents second, numbers by value. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function countOfColumn(column: ActorColumn): ((activity: EntityActivity) => number) | null {
  switch (column) {
    case 'mentions':
      return (activity) => activity.mentions.length;
    case 'documents':
      return (activity) => activity.documents.length;
    case 'claimsMade':
      return (activity) => activity.claimsMade.length;
    case 'claimsAbout':
      return (activity) => activity.claimsAbout.length;
    default:
      return null;
  }
}

function textOf(entity: Entity, column: ActorColumn): string {
  switch (column) {
    case 'kind':
      return entity.kind;
    case 'aliases':
      return entity.aliases.join(' · ');
    case 'wikidata':
      return entity.wikidata ?? '';
    default:
      return entity.name;
  }
}

/**
 * The entities ordered by a column, ties by name. An empty text cell (no alias, no Wikidata id)
 * sorts last in either direction: it says nothing to compare.
 */
export function sortEntities(
  entities: readonly Entity[],
  overview: ActorOverview,
  sort: ActorSort,
): Entity[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const count = countOfColumn(sort.column);
  const byNameThenId = (a: Entity, b: Entity) =>
    byName.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (count !== null) {
    const keyed = entities.map((entity) => ({
      entity,
      key: count(activityOf(overview, entity.id)),
    }));
    keyed.sort((a, b) => sign * (a.key - b.key) || byNameThenId(a.entity, b.entity));
    return keyed.map(({ entity }) => entity);
  }
  if (sort.column === 'name') return [...entities].sort((a, b) => sign * byNameThenId(a, b));
  const keyed = entities.map((entity) => ({ entity, key: textOf(entity, sort.column) }));
  keyed.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      sign * byName.compare(a.key, b.key) ||
      byNameThenId(a.entity, b.entity),
  );
  return keyed.map(({ entity }) => entity);
}
