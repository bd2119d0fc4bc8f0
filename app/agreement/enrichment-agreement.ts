// The enrichment of issue 9 as score-agreement.ts reads it, per document and rater: relations
// with their endpoints resolved to spans, actors with an entity, dates with a value; and the
// tallies of one pair of raters on one document, which pool over documents like F1's.
//
// While the spans are grouped, a document's enrichment is only references to the input (its
// relations, and the annotations that may matter); it is resolved when the document is scored,
// so everything made for it dies young with the document. Kept until scoring, the same
// structures cost more in garbage collection than all the comparisons (measured at 2 × 100,000
// annotations with 30,000 relations each). Spans alone never reach this module beyond one check
// per annotation (an entity? a value? a relation on the document?).

import { sameEntity, type EntityIdentity } from '../entities/same-entity.ts';
import type { AnnotatorId, RelationTypeId } from '../model/ids.ts';
import { ACTOR, DATE } from '../model/labels.ts';
import type {
  AgreementAnnotation,
  AgreementRelation,
  EnrichmentCounts,
} from './agreement-types.ts';
import { addF1Tally, emptyF1Tally, type F1Tally } from './f1-matching.ts';
import {
  addPlacedTally,
  emptyPlacedTally,
  sortPlaced,
  tallyPlacedAlike,
  type PlacedTally,
  type PlacedValue,
} from './placed-alike.ts';
import {
  exactRelationMatchCount,
  overlapRelationMatchCount,
  sortResolvedRelations,
  type ResolvedRelation,
} from './relation-f1.ts';
import { scored, unscored, type Score } from './score.ts';

export const NO_RELATIONS = 'no relations by either annotator';
export const NO_ENTITY_PAIRS = 'no actor placed alike by both with an entity on each side';
export const NO_DATE_VALUE_PAIRS = 'no date placed alike by both with a value on each side';

/** What one rater brings to a document beyond spans, as references to the input. */
export interface RaterEnrichment {
  /** The rater's relations on the document. */
  relations: AgreementRelation[];
  /**
   * The rater's annotations on the document that may count: all of them once the document has
   * a relation (any may be an endpoint), before that those with an entity or a value.
   */
  annotations: AgreementAnnotation[];
}

/** A document's enrichment by rater. */
export type DocumentEnrichment = Map<AnnotatorId, RaterEnrichment>;

/** The enrichment of `annotator` on the document, made empty the first time. */
export function raterEnrichmentOf(
  document: DocumentEnrichment,
  annotator: AnnotatorId,
): RaterEnrichment {
  let rater = document.get(annotator);
  if (rater === undefined) {
    rater = { relations: [], annotations: [] };
    document.set(annotator, rater);
  }
  return rater;
}

/** One rater's enrichment on one document, resolved: what the pair tallies compare. */
export interface ResolvedEnrichment {
  /** Actor annotations with an entity (the value is the entity id), sorted by sortPlaced. */
  actors: PlacedValue[];
  /** Date annotations with a value, sorted by sortPlaced. */
  dates: PlacedValue[];
  /** Relations whose endpoints were found, by type, each list sorted (sortResolvedRelations). */
  relations: Map<RelationTypeId, ResolvedRelation[]>;
}

/**
 * Resolves a rater's enrichment: a relation whose endpoint is not among the rater's annotations
 * on the document is skipped; an id two annotations share names the first. Counts what is
 * compared in `counts` and the relation types used in `types`.
 */
export function resolveEnrichment(
  rater: RaterEnrichment,
  counts: EnrichmentCounts,
  types: Set<RelationTypeId>,
): ResolvedEnrichment {
  const resolved: ResolvedEnrichment = { actors: [], dates: [], relations: new Map() };
  // The ids relations name → their annotation (null until found): only endpoints are kept.
  let endpoints: Map<string, AgreementAnnotation | null> | undefined;
  if (rater.relations.length > 0) {
    endpoints = new Map();
    for (const { from, to } of rater.relations) {
      endpoints.set(from, null);
      endpoints.set(to, null);
    }
  }
  for (const annotation of rater.annotations) {
    const { start, end, label, entity, value, id } = annotation;
    if (entity !== undefined && label === ACTOR)
      resolved.actors.push({ start, end, value: entity });
    if (value !== undefined && label === DATE) resolved.dates.push({ start, end, value });
    if (endpoints !== undefined && id !== undefined && endpoints.get(id) === null)
      endpoints.set(id, annotation);
  }
  if (endpoints !== undefined) {
    for (const relation of rater.relations) {
      const from = endpoints.get(relation.from);
      const to = endpoints.get(relation.to);
      if (!from || !to) continue;
      let list = resolved.relations.get(relation.type);
      if (list === undefined) {
        resolved.relations.set(relation.type, (list = []));
        types.add(relation.type);
      }
      list.push({ from, to });
      counts.relations++;
    }
    for (const list of resolved.relations.values()) sortResolvedRelations(list);
  }
  sortPlaced(resolved.actors);
  sortPlaced(resolved.dates);
  counts.entityLinks += resolved.actors.length;
  counts.dateValues += resolved.dates.length;
  return resolved;
}

/** The tallies of one pair of raters: relation F1 overall and per type, entities and values. */
export interface EnrichmentTally {
  relationExact: F1Tally;
  relationOverlap: F1Tally;
  relationExactByType: Map<RelationTypeId, F1Tally>;
  relationOverlapByType: Map<RelationTypeId, F1Tally>;
  entity: PlacedTally;
  dateValue: PlacedTally;
}

export function emptyEnrichmentTally(): EnrichmentTally {
  return {
    relationExact: emptyF1Tally(),
    relationOverlap: emptyF1Tally(),
    relationExactByType: new Map(),
    relationOverlapByType: new Map(),
    entity: emptyPlacedTally(),
    dateValue: emptyPlacedTally(),
  };
}

/** Whether two entity ids of the input name the same entity (sameEntity, by id when unlisted). */
export type SameEntityId = (a: string, b: string) => boolean;

/**
 * The entity matching of an input: sameEntity on the listed entities, ids alone otherwise.
 * Answers are kept per pair of entities: one actor is linked in many documents by the same two
 * ids, and sameEntity folds both names (NFKC, case, spaces: microseconds each) every time.
 */
export function sameEntityIdOf(entities: readonly EntityIdentity[] = []): SameEntityId {
  let indexOf: Map<string, number> | undefined;
  const known = new Map<number, boolean>();
  return (a, b) => {
    if (a === b) return true;
    // Built on the first comparison: spans alone never pay for a list they do not use.
    indexOf ??= new Map(entities.map((entity, index) => [entity.id, index]));
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined) return false;
    // sameEntity is symmetric, so one answer serves both orders.
    const key = i < j ? i * entities.length + j : j * entities.length + i;
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = sameEntity(entities[i]!, entities[j]!)));
    return answer;
  };
}

const NOTHING: ResolvedEnrichment = { actors: [], dates: [], relations: new Map() };

/**
 * The tallies of raters `first` and `second` on one document (undefined: nothing to compare),
 * also added into `pooled`.
 */
export function tallyEnrichment(
  first: ResolvedEnrichment | undefined,
  second: ResolvedEnrichment | undefined,
  sameEntityId: SameEntityId,
  pooled: EnrichmentTally,
): EnrichmentTally {
  const tally = emptyEnrichmentTally();
  if (first === undefined && second === undefined) return tally;
  const a = first ?? NOTHING;
  const b = second ?? NOTHING;
  for (const type of new Set([...a.relations.keys(), ...b.relations.keys()])) {
    const ours = a.relations.get(type) ?? [];
    const theirs = b.relations.get(type) ?? [];
    const sizes = { first: ours.length, second: theirs.length };
    const exact = { matches: exactRelationMatchCount(ours, theirs), ...sizes };
    // Every exact pair is an overlap pair: when all of the smaller side paired exactly, no
    // matching can pair more (the usual case, and a graph saved).
    const overlap = {
      matches:
        exact.matches === Math.min(ours.length, theirs.length)
          ? exact.matches
          : overlapRelationMatchCount(ours, theirs),
      ...sizes,
    };
    addF1Tally(tally.relationExact, exact);
    addF1Tally(tally.relationOverlap, overlap);
    addF1Tally(tallyOf(pooled.relationExactByType, type), exact);
    addF1Tally(tallyOf(pooled.relationOverlapByType, type), overlap);
  }
  tallyPlacedAlike(a.actors, b.actors, sameEntityId, tally.entity);
  tallyPlacedAlike(a.dates, b.dates, (x, y) => x === y, tally.dateValue);
  addF1Tally(pooled.relationExact, tally.relationExact);
  addF1Tally(pooled.relationOverlap, tally.relationOverlap);
  addPlacedTally(pooled.entity, tally.entity);
  addPlacedTally(pooled.dateValue, tally.dateValue);
  return tally;
}

function tallyOf(tallies: Map<RelationTypeId, F1Tally>, type: RelationTypeId): F1Tally {
  let tally = tallies.get(type);
  if (tally === undefined) tallies.set(type, (tally = emptyF1Tally()));
  return tally;
}

/** Relation F1 of a tally; null when neither annotator has a relation in the scope. */
export function relationF1Score(tally: F1Tally | undefined): Score {
  const relations = tally === undefined ? 0 : tally.first + tally.second;
  if (relations === 0) return unscored(NO_RELATIONS);
  return scored((2 * tally!.matches) / relations);
}
