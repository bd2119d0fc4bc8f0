// Comparing what annotators who share a decided span did beyond it: a claim's links (its
// claimant, date and target relations), an actor's entity, a date's value. Two analysts can agree
// on every span and still disagree on who made the claim; this module says where.
//
// The unit compared is a reconciled annotation R and one aspect of it (`link`, `entity` or
// `value`). R's candidates are the members of its span group with R's label: each annotator who
// has one is a side of the comparison, and brings
//   - link: the relations starting from their candidate, each endpoint mapped to the reconciled
//     annotation of the same span (the one citing it, else the only one of its group with its
//     label overlapping it). An endpoint whose group is still open waits: that link is shown as
//     waiting and compared once its endpoint is reconciled. An endpoint whose group was decided
//     without it (rejected) drops the link.
//   - entity: the entity their candidate links to, compared by sameEntity (one rule everywhere).
//   - value: their candidate's date value, compared as a string.
// An aspect exists when some side or R has something. The sides agree when they bring the same.
//
// A comparison's id is derived from R, the aspect and what each side brings (as a span group's
// id is from its members), so a decision recorded under it stops applying when a side changes or
// a waiting link arrives: the aspect is offered again. Its status: the review entry with its id
// decides when there is one; otherwise an agreed aspect is resolved once R carries what the sides
// agree on (carryAgreed does it when the span is accepted), and a disagreement is open.

import type { Annotation } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import type { EntityIdentity } from '../entities/same-entity.ts';
import { sameEntity } from '../entities/same-entity.ts';
import { compareStrings } from '../model/compare-strings.ts';
import {
  asRelationId,
  asSpanGroupId,
  type AnnotationId,
  type AnnotatorId,
  type EntityId,
  type RelationTypeId,
  type SpanGroupId,
} from '../model/ids.ts';
import { BUILT_IN_RELATION_TYPES, type Relation, type RelationType } from '../model/relation.ts';
import {
  type EnrichmentConflictKind,
  type EnrichmentProvenance,
  type ProvenanceDecision,
  type RelationProvenance,
  type ReviewConflict,
  type ReviewStatus,
} from '../model/review.ts';
import type { SpanGroup } from './compare-layers.ts';
import { contentId } from './content-id.ts';

/** Changing these would orphan every enrichment entry and duplicate every reconciled relation. */
const COMPARISON_NAMESPACE = 'marginalia/enrichment-comparison/v1';
const RELATION_NAMESPACE = 'marginalia/reconciled-relation/v1';

/** A link as the reconciled layer would hold it: its type and its reconciled endpoint. */
export interface ReconciledLink {
  type: RelationTypeId;
  /** A reconciled annotation. */
  to: AnnotationId;
}

/** What one annotator brings to a comparison. */
export interface EnrichmentSide {
  annotator: AnnotatorId;
  /** Their members of the group with the reconciled annotation's label (usually one). */
  members: Annotation[];
  /** link: their links whose endpoints are reconciled, sorted by type then endpoint, with the relations they came from. */
  links: (ReconciledLink & { source: Relation })[];
  /** link: their links whose endpoint's group is still open. */
  waiting: Relation[];
  /** entity: the entity of their member (the first that has one), else null. */
  entity: EntityId | null;
  /** value: the date value of their member (the first that has one), else null. */
  value: DateValue | null;
  /** What they bring, as a string two sides share exactly when they agree. */
  key: string;
}

export interface EnrichmentComparison {
  id: SpanGroupId;
  kind: EnrichmentConflictKind;
  /** The span group the reconciled annotation was decided from. */
  group: SpanGroup;
  reconciled: Annotation;
  /** The sides, in annotator order. */
  sides: EnrichmentSide[];
  /** Every side brings the same (also with one side). */
  agreed: boolean;
  /** The review entry recorded under this comparison's id, if any. */
  entry: ReviewConflict | undefined;
  status: ReviewStatus;
  /** Whether R carries what the agreeing sides bring (meaningful when agreed). */
  carried: boolean;
}

/** What comparing needs: one document's groups, layers, relations and review entries. */
export interface EnrichmentInput {
  groups: readonly SpanGroup[];
  /** The span status of each group (groupStatus): a link into an open group waits. */
  statusOf(group: SpanGroup): ReviewStatus;
  /** The reconciled layer's annotations. */
  reconciled: readonly Annotation[];
  /** The compared annotators' relations on the document (others are ignored). */
  relations: readonly Relation[];
  /** The reconciled layer's relations. */
  reconciledRelations: readonly Relation[];
  conflicts: readonly ReviewConflict[];
  /** The entities the annotations link to; an unknown id is compared by id alone. */
  entityOf(id: EntityId): EntityIdentity | undefined;
  /** Compare only these reconciled annotations (the others still map endpoints). */
  only?: ReadonlySet<AnnotationId>;
}

/** Every comparison of the document's reconciled annotations, in the order of the reconciled layer. */
export function compareEnrichment(input: EnrichmentInput): EnrichmentComparison[] {
  const { groupOfMember, memberById } = groupIndexOf(input.groups);
  const citing = new Map<AnnotationId, Annotation[]>();
  const decidedOf = new Map<SpanGroup, Annotation[]>();
  for (const annotation of input.reconciled) {
    const groups = new Set<SpanGroup>();
    for (const source of annotation.provenance?.sources ?? []) {
      push(citing, source.annotationId, annotation);
      const group = groupOfMember.get(source.annotationId);
      if (group) groups.add(group);
    }
    for (const group of groups) push(decidedOf, group, annotation);
  }
  const relationsFrom = relationsFromOf(input.relations);
  const reconciledFrom = new Map<AnnotationId, Relation[]>();
  for (const relation of input.reconciledRelations) push(reconciledFrom, relation.from, relation);
  const entries = new Map(input.conflicts.map((conflict) => [conflict.id, conflict]));

  /** The reconciled annotation an endpoint maps to, or why it has none. */
  const endpointOf = (id: AnnotationId): AnnotationId | 'waiting' | 'dropped' => {
    const endpoint = memberById.get(id);
    if (endpoint === undefined) return 'dropped';
    const cited = (citing.get(id) ?? []).filter((r) => r.label === endpoint.label);
    if (cited.length > 0)
      return (cited.find((r) => r.start === endpoint.start && r.end === endpoint.end) ?? cited[0]!)
        .id;
    const group = groupOfMember.get(id)!;
    const sameSpan = (decidedOf.get(group) ?? []).filter(
      (r) => r.label === endpoint.label && r.start < endpoint.end && endpoint.start < r.end,
    );
    if (sameSpan.length === 1) return sameSpan[0]!.id;
    return input.statusOf(group) === 'open' ? 'waiting' : 'dropped';
  };

  const comparisons: EnrichmentComparison[] = [];
  for (const reconciled of input.reconciled) {
    if (input.only !== undefined && !input.only.has(reconciled.id)) continue;
    const sources = reconciled.provenance?.sources ?? [];
    let group: SpanGroup | undefined;
    for (const source of sources) if ((group = groupOfMember.get(source.annotationId))) break;
    if (group === undefined) continue;
    // R's sides: the members it cites with its label, and those of its label that no decision
    // cites but overlap it (Ana's longer span when the reviewer kept Ben's boundaries).
    const byAnnotator = new Map<AnnotatorId, Annotation[]>();
    let anything =
      reconciled.entity !== undefined ||
      reconciled.value !== undefined ||
      reconciledFrom.has(reconciled.id);
    for (const member of group.members) {
      if (member.label !== reconciled.label) continue;
      const cited = sources.some((source) => source.annotationId === member.id);
      if (
        cited ||
        (!citing.has(member.id) && member.start < reconciled.end && reconciled.start < member.end)
      ) {
        push(byAnnotator, member.annotator, member);
        anything ||=
          member.entity !== undefined || member.value !== undefined || relationsFrom.has(member.id);
      }
    }
    if (byAnnotator.size === 0 || !anything) continue;
    const annotators = [...byAnnotator.keys()].sort(compareStrings);

    const sides = annotators.map((annotator) => sideOf(annotator, byAnnotator.get(annotator)!));
    const carriedLinks = (reconciledFrom.get(reconciled.id) ?? [])
      .map(linkKey)
      .sort(compareStrings);
    let entityKey: ((id: EntityId | null) => string) | null = null;
    for (const kind of ['link', 'entity', 'value'] as const) {
      if (
        kind === 'entity' &&
        reconciled.entity === undefined &&
        sides.every((side) => side.entity === null)
      )
        continue;
      if (
        kind === 'value' &&
        reconciled.value === undefined &&
        sides.every((side) => side.value === null)
      )
        continue;
      if (kind === 'entity') entityKey ??= entityKeyer(sides, reconciled, input.entityOf);
      const keyOf = (side: EnrichmentSide) =>
        kind === 'link'
          ? side.links.map(linkKey).join('\n')
          : kind === 'entity'
            ? entityKey!(side.entity)
            : (side.value ?? '');
      const current =
        kind === 'link'
          ? carriedLinks.join('\n')
          : kind === 'entity'
            ? entityKey!(reconciled.entity ?? null)
            : (reconciled.value ?? '');
      const keyed = sides.map((side) => ({ ...side, key: keyOf(side) }));
      const hasWaiting = kind === 'link' && keyed.some((side) => side.waiting.length > 0);
      if (current === '' && !hasWaiting && keyed.every((side) => side.key === '')) continue;
      const id = comparisonId(kind, reconciled.id, keyed);
      const agreed = keyed.every((side) => side.key === keyed[0]!.key);
      const carried = agreed && current === keyed[0]!.key;
      const entry = entries.get(id);
      const status = entry?.status ?? (carried ? 'resolved' : 'open');
      comparisons.push({
        id,
        kind,
        group,
        reconciled,
        sides: keyed,
        agreed,
        entry,
        status,
        carried,
      });
    }
  }
  return comparisons;

  function sideOf(annotator: AnnotatorId, members: Annotation[]): EnrichmentSide {
    const links: EnrichmentSide['links'] = [];
    const waiting: Relation[] = [];
    const seen = new Set<string>();
    for (const member of members)
      for (const relation of relationsFrom.get(member.id) ?? []) {
        const to = endpointOf(relation.to);
        if (to === 'waiting') waiting.push(relation);
        else if (to !== 'dropped') {
          const link = { type: relation.type, to, source: relation };
          if (seen.has(linkKey(link))) continue;
          seen.add(linkKey(link));
          links.push(link);
        }
      }
    links.sort((a, b) => compareStrings(linkKey(a), linkKey(b)));
    const entity = members.find((member) => member.entity !== undefined)?.entity ?? null;
    const value = members.find((member) => member.value !== undefined)?.value ?? null;
    return { annotator, members, links, waiting, entity, value, key: '' };
  }
}

/**
 * Which group each member is in, and each member by id. The review compares again after every
 * decision with the same groups and relations: the indexes are kept for as long as the arrays
 * they were built from (a decision on a 1 MB document spent a tenth of its time rebuilding them).
 */
const groupIndexes = new WeakMap<
  readonly SpanGroup[],
  { groupOfMember: Map<AnnotationId, SpanGroup>; memberById: Map<AnnotationId, Annotation> }
>();
const relationIndexes = new WeakMap<readonly Relation[], Map<AnnotationId, Relation[]>>();

function groupIndexOf(groups: readonly SpanGroup[]) {
  let index = groupIndexes.get(groups);
  if (index === undefined) {
    index = { groupOfMember: new Map(), memberById: new Map() };
    for (const group of groups)
      for (const member of group.members) {
        index.groupOfMember.set(member.id, group);
        index.memberById.set(member.id, member);
      }
    groupIndexes.set(groups, index);
  }
  return index;
}

function relationsFromOf(relations: readonly Relation[]): Map<AnnotationId, Relation[]> {
  let index = relationIndexes.get(relations);
  if (index === undefined) {
    index = new Map();
    for (const relation of relations) push(index, relation.from, relation);
    relationIndexes.set(relations, index);
  }
  return index;
}

/** A link's identity within one reconciled annotation: its type and reconciled endpoint. */
export function linkKey(link: ReconciledLink): string {
  return `${link.type}\u0000${link.to}`;
}

/**
 * Entities compared by sameEntity: each id is keyed by the smallest id among the entities in
 * play (the sides' and R's) that it is the same as, so equal keys mean the same actor.
 */
function entityKeyer(
  sides: readonly EnrichmentSide[],
  reconciled: Annotation,
  entityOf: EnrichmentInput['entityOf'],
): (id: EntityId | null) => string {
  const ids = new Set<EntityId>();
  for (const side of sides) if (side.entity !== null) ids.add(side.entity);
  if (reconciled.entity !== undefined) ids.add(reconciled.entity);
  const sorted = [...ids].sort(compareStrings);
  const identity = (id: EntityId): EntityIdentity => entityOf(id) ?? { id, name: '' };
  return (id) => {
    if (id === null) return '';
    const self = identity(id);
    if (entityOf(id) === undefined) return id;
    return (
      sorted.find((other) => entityOf(other) !== undefined && sameEntity(identity(other), self)) ??
      id
    );
  };
}

function comparisonId(
  kind: EnrichmentConflictKind,
  reconciled: AnnotationId,
  sides: readonly EnrichmentSide[],
): SpanGroupId {
  const raw = (side: EnrichmentSide) =>
    kind === 'link'
      ? [...side.links.map(linkKey), ...side.waiting.map((relation) => `…${relation.id}`)].join(
          '\n',
        )
      : kind === 'entity'
        ? (side.entity ?? '')
        : (side.value ?? '');
  return asSpanGroupId(
    contentId(COMPARISON_NAMESPACE, [
      kind,
      reconciled,
      ...sides.flatMap((side) => [side.annotator, raw(side)]),
    ]),
  );
}

/**
 * The review entry a comparison stands for: its decision's, or an open one for a disagreement
 * nobody decided (so an export marks it); null for an agreement without a decision.
 */
export function reviewEntryOf(comparison: EnrichmentComparison): ReviewConflict | null {
  if (comparison.entry !== undefined) return comparison.entry;
  if (comparison.agreed) return null;
  return {
    id: comparison.id,
    kind: comparison.kind,
    annotations: comparison.sides.flatMap((side) => side.members.map((member) => member.id)),
    status: 'open',
  };
}

/** How a reviewer settles a comparison. */
export type EnrichmentChoice =
  /** What these sides bring: for links, the union of theirs; for an entity or value, one side's. */
  | { kind: 'accept'; annotators: readonly AnnotatorId[] }
  /** Nothing: no links, no entity, no value. */
  | { kind: 'reject' }
  /** Set by hand. */
  | {
      kind: 'set';
      links?: readonly ReconciledLink[];
      entity?: EntityId | null;
      value?: DateValue | null;
    };

/** What deciding a comparison changes in the reconciled layer. */
export interface EnrichmentOutcome {
  comparison: SpanGroupId;
  /** R before and after (its entity, value and their provenance); the same object for links. */
  before: Annotation;
  after: Annotation;
  removedRelations: Relation[];
  addedRelations: Relation[];
  /** The entry recording the decision; null when the sides agreed and their answer was taken. */
  entry: ReviewConflict | null;
}

/**
 * Decides `comparison` by `choice`. `current` holds the reconciled relations starting from R
 * (a link decision replaces them); `comparedCount` is how many annotators the review compares:
 * an agreement is `unanimous` only when every one of them had the span. Throws a RangeError when
 * the choice names no side, asks several sides for one entity or value they disagree on, or
 * would give R two links of a type that takes one (two claim dates).
 */
export function decideEnrichment(
  comparison: EnrichmentComparison,
  choice: EnrichmentChoice,
  current: readonly Relation[],
  comparedCount: number,
  decidedBy: AnnotatorId | null,
  now: Date | string,
  relationTypes: readonly RelationType[] = BUILT_IN_RELATION_TYPES,
): EnrichmentOutcome {
  const decidedAt = typeof now === 'string' ? now : now.toISOString();
  const { kind, reconciled, sides } = comparison;
  const chosen =
    choice.kind === 'accept'
      ? sides.filter((side) => choice.annotators.includes(side.annotator))
      : [];
  if (choice.kind === 'accept') {
    if (chosen.length === 0 || chosen.length !== new Set(choice.annotators).size)
      throw new RangeError(
        `accept [${choice.annotators.join(', ')}]: not sides of ${comparison.id}`,
      );
    if (kind !== 'link' && chosen.some((side) => side.key !== chosen[0]!.key))
      throw new RangeError(`one ${kind} for ${reconciled.id}: the chosen sides differ`);
  }
  const everyone = chosen.length === sides.length && comparison.agreed;
  const decision: ProvenanceDecision =
    choice.kind === 'set'
      ? 'edited'
      : everyone && sides.length === comparedCount && comparedCount >= 2
        ? 'unanimous'
        : 'adjudicated';
  const entry: ReviewConflict | null =
    choice.kind === 'accept' && everyone
      ? null
      : {
          id: comparison.id,
          kind,
          annotations: sides.flatMap((side) => side.members.map((member) => member.id)),
          status: 'resolved',
        };
  const base = { comparison: comparison.id, before: reconciled, entry };

  if (kind === 'link') {
    const wanted: ReconciledLink[] =
      choice.kind === 'accept'
        ? chosen.flatMap((side) => side.links)
        : choice.kind === 'set'
          ? [...(choice.links ?? [])]
          : [];
    const byKey = new Map(wanted.map((link) => [linkKey(link), link]));
    // Two links of a type that takes one (two claim dates): refused when a reviewer unites
    // different sides; kept to the first when every side agrees, which only a claim one annotator
    // tagged twice, each copy with its own date, can give.
    for (const type of relationTypes.filter((candidate) => candidate.single)) {
      const ofType = [...byKey.entries()].filter(([, link]) => link.type === type.id);
      if (ofType.length <= 1) continue;
      if (!everyone)
        throw new RangeError(
          `these links give the ${reconciled.label} ${ofType.length} of “${type.name}”, and it takes one: accept one annotator’s links or set them by hand`,
        );
      for (const [key] of ofType.slice(1)) byKey.delete(key);
    }
    const addedRelations = [...byKey.values()].map((link): Relation => {
      const sources = sides.flatMap((side) =>
        side.links
          .filter((other) => linkKey(other) === linkKey(link))
          .map(({ source }) => ({
            annotator: source.annotator,
            relationId: source.id,
            from: source.from,
            to: source.to,
          })),
      );
      const provenance: RelationProvenance = { decision, decidedBy, decidedAt, sources };
      return reconciledRelation(reconciled, link, decidedAt, provenance);
    });
    return { ...base, after: reconciled, removedRelations: [...current], addedRelations };
  }

  const picked: string | null =
    choice.kind === 'accept'
      ? kind === 'entity'
        ? chosen[0]!.entity
        : chosen[0]!.value
      : choice.kind === 'set'
        ? ((kind === 'entity' ? choice.entity : choice.value) ?? null)
        : null;
  const pickedKey = sides.find(
    (side) => (kind === 'entity' ? side.entity : side.value) === picked,
  )?.key;
  const had = sides
    .filter((side) => picked !== null && pickedKey !== undefined && side.key === pickedKey)
    .map((side) => side.annotator);
  const provenance: EnrichmentProvenance = { decision, decidedBy, decidedAt, annotators: had };
  const after: Annotation = { ...reconciled, updatedAt: decidedAt };
  const afterProvenance = { ...reconciled.provenance! };
  if (kind === 'entity') {
    delete after.entity;
    delete afterProvenance.entity;
    if (picked !== null) {
      after.entity = picked as EntityId;
      afterProvenance.entity = provenance;
    }
  } else {
    delete after.value;
    delete after.valueStatus;
    delete afterProvenance.value;
    if (picked !== null) {
      after.value = picked as DateValue;
      // Agreeing on a value nobody confirmed keeps it a suggestion; a reviewer's choice confirms it.
      const confirmed =
        decision !== 'unanimous' ||
        chosen.some((side) => side.members.some((member) => member.valueStatus !== 'suggested'));
      after.valueStatus = confirmed ? 'confirmed' : 'suggested';
      afterProvenance.value = provenance;
    }
  }
  after.provenance = afterProvenance;
  return { ...base, after, removedRelations: [], addedRelations: [] };
}

/**
 * The reconciled relation for `link` from `reconciled`: its id derived from both, so deciding the
 * same link again replaces it.
 */
export function reconciledRelation(
  reconciled: Annotation,
  link: ReconciledLink,
  decidedAt: string,
  provenance: RelationProvenance,
): Relation {
  return {
    id: asRelationId(contentId(RELATION_NAMESPACE, [reconciled.id, link.type, link.to])),
    documentId: reconciled.documentId,
    type: link.type,
    from: reconciled.id,
    to: link.to,
    annotator: reconciled.annotator,
    createdAt: decidedAt,
    updatedAt: decidedAt,
    provenance,
  };
}

/**
 * The decisions that carry what the sides agree on into the reconciled layer, for every agreed
 * comparison not yet carried and not decided otherwise (no entry): what accepting a span, and
 * "accept all agreed", do beside the span. `relationsFrom` gives R's reconciled relations.
 */
export function carryAgreed(
  comparisons: readonly EnrichmentComparison[],
  relationsFrom: (reconciled: AnnotationId) => readonly Relation[],
  comparedCount: number,
  decidedBy: AnnotatorId | null,
  now: Date,
  /** When given, only comparisons of groups resolved by it are carried (a reopened group waits). */
  statusOf?: (group: SpanGroup) => ReviewStatus,
): EnrichmentOutcome[] {
  // An annotation with two aspects to carry is changed twice: the second starts from the first.
  const latest = new Map<AnnotationId, Annotation>();
  const outcomes: EnrichmentOutcome[] = [];
  const decidedAt = now.toISOString();
  for (const comparison of comparisons) {
    if (!comparison.agreed || comparison.carried || comparison.entry !== undefined) continue;
    if (statusOf !== undefined && statusOf(comparison.group) !== 'resolved') continue;
    const reconciled = latest.get(comparison.reconciled.id) ?? comparison.reconciled;
    const outcome = decideEnrichment(
      { ...comparison, reconciled },
      { kind: 'accept', annotators: comparison.sides.map((side) => side.annotator) },
      relationsFrom(reconciled.id),
      comparedCount,
      decidedBy,
      decidedAt,
    );
    latest.set(reconciled.id, outcome.after);
    outcomes.push(outcome);
  }
  return outcomes;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
