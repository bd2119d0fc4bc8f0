import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import {
  asAnnotationId,
  asEntityId,
  asRelationId,
  type AnnotatorId,
  type EntityId,
} from '../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, type Relation } from '../model/relation.ts';
import type { ReviewConflict } from '../model/review.ts';
import { compareLayers, type SpanGroup } from './compare-layers.ts';
import { acceptAllAgreed, acceptMembers, type GroupOutcome } from './decisions.ts';
import {
  carryAgreed,
  compareEnrichment,
  decideEnrichment,
  type EnrichmentComparison,
} from './enrichment.ts';
import { groupStatus } from './reconciled-layer.ts';
import { ANA, ANA_AND_BEN, BEN, span, talks } from './test-support.ts';

const reviewer = 'rosa' as AnnotatorId;
const now = new Date('2024-06-01T10:00:00Z');

const entities: Entity[] = [
  { id: asEntityId('e-ana'), name: 'Jeyhun Bayramov', kind: 'person', aliases: [] },
  { id: asEntityId('e-ben'), name: 'jeyhun  BAYRAMOV', kind: 'person', aliases: [] },
  { id: asEntityId('e-other'), name: 'Ararat Mirzoyan', kind: 'person', aliases: [] },
];
const entityOf = (id: EntityId) => entities.find((entity) => entity.id === id);

function relation(from: Annotation, type: typeof CLAIMANT, to: Annotation): Relation {
  return {
    id: asRelationId(`${from.id}>${type}>${to.id}`),
    documentId: talks.id,
    type,
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: from.createdAt,
    updatedAt: from.updatedAt,
  };
}

/** Ana and Ben tag the same claim and date; Ana's actor is "Minister Bayramov", Ben's "Bayramov". */
function layers(options: { benValue?: string; benEntity?: string } = {}) {
  const anaClaim = span('ana', 65, 88);
  const benClaim = span('ben', 65, 88);
  const anaActor = { ...span('ana', 42, 59, 'actor'), entity: asEntityId('e-ana') };
  const benActor = {
    ...span('ben', 51, 59, 'actor'),
    entity: asEntityId(options.benEntity ?? 'e-ben'),
  };
  const anaDate = { ...span('ana', 30, 40, 'date'), value: '2024-05-03' as DateValue };
  const benDate = {
    ...span('ben', 30, 40, 'date'),
    value: (options.benValue ?? '2024-05-03') as DateValue,
    valueStatus: 'confirmed' as const,
  };
  const annotations = [anaClaim, benClaim, anaActor, benActor, anaDate, benDate];
  const relations = [
    relation(anaClaim, CLAIMANT, anaActor),
    relation(anaClaim, CLAIM_DATE, anaDate),
    relation(benClaim, CLAIMANT, benActor),
    relation(benClaim, CLAIM_DATE, benDate),
  ];
  return { annotations, relations, groups: compareLayers(annotations, ANA_AND_BEN) };
}

/** A reconciled layer kept the way the review view keeps it, for the tests to decide on. */
class Review {
  reconciled: Annotation[] = [];
  reconciledRelations: Relation[] = [];
  conflicts: ReviewConflict[] = [];
  constructor(
    readonly groups: SpanGroup[],
    readonly relations: Relation[],
  ) {}

  comparisons(): EnrichmentComparison[] {
    return compareEnrichment({
      groups: this.groups,
      statusOf: (group) => groupStatus(group, this.reconciled, this.conflicts),
      reconciled: this.reconciled,
      relations: this.relations,
      reconciledRelations: this.reconciledRelations,
      conflicts: this.conflicts,
      entityOf,
    });
  }

  comparison(kind: EnrichmentComparison['kind'], label: string): EnrichmentComparison | undefined {
    return this.comparisons().find((c) => c.kind === kind && c.reconciled.label === label);
  }

  applySpans(outcomes: GroupOutcome[]): void {
    for (const outcome of outcomes) {
      this.reconciled.push(...outcome.annotations);
      if (outcome.conflict) this.conflicts.push(outcome.conflict);
    }
    this.carry();
  }

  carry(): void {
    const outcomes = carryAgreed(
      this.comparisons(),
      (id) => this.reconciledRelations.filter((r) => r.from === id),
      2,
      reviewer,
      now,
    );
    for (const outcome of outcomes) this.applyEnrichment(outcome);
  }

  applyEnrichment(outcome: ReturnType<typeof decideEnrichment>): void {
    this.reconciled = this.reconciled.map((r) => (r.id === outcome.after.id ? outcome.after : r));
    const removed = new Set(outcome.removedRelations.map((r) => r.id));
    this.reconciledRelations = this.reconciledRelations
      .filter((r) => !removed.has(r.id))
      .concat(outcome.addedRelations);
    if (outcome.entry) this.conflicts.push(outcome.entry);
  }

  reconciledOf(label: string): Annotation {
    return this.reconciled.find((r) => r.label === label)!;
  }
}

describe('compareEnrichment and carryAgreed', () => {
  it('carries agreed links once their endpoints are reconciled, and waits for the others', () => {
    const { groups, relations } = layers();
    const review = new Review(groups, relations);
    review.applySpans(acceptAllAgreed(groups, reviewer, now));

    // The claim and the date are agreed and accepted; the actors are a boundary conflict, still open.
    const claim = review.reconciledOf('claim');
    const date = review.reconciledOf('date');
    expect(review.reconciledRelations.map(({ type, from, to }) => ({ type, from, to }))).toEqual([
      { type: CLAIM_DATE, from: claim.id, to: date.id },
    ]);
    const links = review.comparison('link', 'claim')!;
    expect(links.sides.map((side) => side.waiting.map((r) => r.type))).toEqual([
      [CLAIMANT],
      [CLAIMANT],
    ]);
    expect(links).toMatchObject({ agreed: true, carried: true, status: 'resolved' });
    const [carried] = review.reconciledRelations;
    expect(carried!.provenance).toEqual({
      decision: 'unanimous',
      decidedBy: reviewer,
      decidedAt: now.toISOString(),
      sources: [
        {
          annotator: ANA,
          relationId: relations[1]!.id,
          from: relations[1]!.from,
          to: relations[1]!.to,
        },
        {
          annotator: BEN,
          relationId: relations[3]!.id,
          from: relations[3]!.from,
          to: relations[3]!.to,
        },
      ],
    });
    // The value both gave is on the reconciled date, confirmed because Ben confirmed it.
    expect(date).toMatchObject({ value: '2024-05-03', valueStatus: 'confirmed' });
    expect(date.provenance!.value).toEqual({
      decision: 'unanimous',
      decidedBy: reviewer,
      decidedAt: now.toISOString(),
      annotators: [ANA, BEN],
    });

    // Accepting Ben's shorter actor maps Ana's claimant link to it too: now both links agree.
    const actors = groups.find((group) => group.kind === 'boundary')!;
    review.applySpans([acceptMembers(actors, [asAnnotationId('ben-51-59-actor')], reviewer, now)]);
    const actor = review.reconciledOf('actor');
    expect(review.reconciledRelations.map(({ type, to }) => ({ type, to }))).toEqual([
      { type: CLAIMANT, to: actor.id },
      { type: CLAIM_DATE, to: date.id },
    ]);
    // "Jeyhun Bayramov" and "jeyhun  BAYRAMOV" are one actor by the matching rule: carried as
    // unanimous, Ana's longer span counting as her side since no decision cites it.
    expect(actor.entity).toBe('e-ana');
    expect(actor.provenance!.entity).toMatchObject({
      decision: 'unanimous',
      annotators: [ANA, BEN],
    });
    expect(review.comparison('entity', 'actor')).toMatchObject({
      agreed: true,
      status: 'resolved',
    });
    expect(review.comparisons().filter((c) => c.status === 'open')).toEqual([]);
  });

  it('marks a value conflict open, and a decision resolves it with provenance and an entry', () => {
    const { groups, relations } = layers({ benValue: '2024-05-04' });
    const review = new Review(groups, relations);
    review.applySpans(acceptAllAgreed(groups, reviewer, now));

    const value = review.comparison('value', 'date')!;
    expect(value).toMatchObject({ agreed: false, status: 'open', entry: undefined });
    expect(value.sides.map((side) => side.value)).toEqual(['2024-05-03', '2024-05-04']);
    expect(review.reconciledOf('date').value).toBeUndefined();

    const outcome = decideEnrichment(
      value,
      { kind: 'accept', annotators: [BEN] },
      [],
      2,
      reviewer,
      now,
    );
    review.applyEnrichment(outcome);
    expect(review.reconciledOf('date')).toMatchObject({
      value: '2024-05-04',
      valueStatus: 'confirmed',
    });
    expect(review.reconciledOf('date').provenance!.value).toMatchObject({
      decision: 'adjudicated',
      annotators: [BEN],
    });
    expect(outcome.entry).toEqual({
      id: value.id,
      kind: 'value',
      annotations: ['ana-30-40-date', 'ben-30-40-date'],
      status: 'resolved',
    });
    expect(review.comparison('value', 'date')!.status).toBe('resolved');
  });

  it('offers a decided comparison again when what a side brings changes', () => {
    const first = layers({ benValue: '2024-05-04' });
    const second = layers({ benValue: '2024-05-05' });
    const idOf = (review: Review) => review.comparison('value', 'date')!.id;
    const a = new Review(first.groups, first.relations);
    const b = new Review(second.groups, second.relations);
    a.applySpans(acceptAllAgreed(first.groups, reviewer, now));
    b.applySpans(acceptAllAgreed(second.groups, reviewer, now));
    expect(idOf(a)).not.toBe(idOf(b));
  });

  it('tells entities apart by the matching rule and records a rejection', () => {
    const { groups, relations } = layers({ benEntity: 'e-other' });
    const review = new Review(groups, relations);
    review.applySpans(acceptAllAgreed(groups, reviewer, now));
    const actors = groups.find((group) => group.kind === 'boundary')!;
    review.applySpans([
      acceptMembers(
        actors,
        actors.members.map((m) => m.id),
        reviewer,
        now,
      ),
    ]);
    // Both actor spans were accepted: each reconciled actor is compared with its own side only.
    const entity = review.comparisons().filter((c) => c.kind === 'entity');
    expect(entity.map((c) => c.sides.map((side) => side.annotator))).toEqual([[ANA], [BEN]]);

    const single = layers({ benEntity: 'e-other' });
    const sameSpan = single.annotations.map((a) =>
      a.annotator === BEN && a.label === 'actor'
        ? { ...a, start: 42, end: 59, id: asAnnotationId('ben-42') }
        : a,
    ) as Annotation[];
    const groups2 = compareLayers(sameSpan, ANA_AND_BEN);
    const review2 = new Review(groups2, []);
    review2.applySpans(acceptAllAgreed(groups2, reviewer, now));
    const conflict = review2.comparison('entity', 'actor')!;
    expect(conflict).toMatchObject({ agreed: false, status: 'open' });
    const rejected = decideEnrichment(conflict, { kind: 'reject' }, [], 2, reviewer, now);
    expect(rejected.after.entity).toBeUndefined();
    expect(rejected.entry).toMatchObject({ kind: 'entity', status: 'resolved' });
    expect(() =>
      decideEnrichment(conflict, { kind: 'accept', annotators: [ANA, BEN] }, [], 2, reviewer, now),
    ).toThrow(RangeError);
  });

  it('accepts several sides\u2019 links as their union and sets links by hand as edited', () => {
    const { annotations, relations } = layers();
    // Ben's claim has no claimant: the link comparison disagrees.
    const benLess = relations.filter((r) => !(r.annotator === BEN && r.type === CLAIMANT));
    const sameActors = annotations.map((a) =>
      a.annotator === BEN && a.label === 'actor' ? { ...a, start: 42, end: 59 } : a,
    ) as Annotation[];
    const groups = compareLayers(sameActors, ANA_AND_BEN);
    const review = new Review(groups, benLess);
    review.applySpans(acceptAllAgreed(groups, reviewer, now));
    const links = review.comparison('link', 'claim')!;
    expect(links).toMatchObject({ agreed: false, status: 'open' });
    const current = () => review.reconciledRelations;
    const union = decideEnrichment(
      links,
      { kind: 'accept', annotators: [ANA, BEN] },
      current(),
      2,
      reviewer,
      now,
    );
    expect(
      union.addedRelations.map((r) => [
        r.type,
        r.provenance!.decision,
        r.provenance!.sources.length,
      ]),
    ).toEqual([
      [CLAIMANT, 'adjudicated', 1],
      [CLAIM_DATE, 'adjudicated', 2],
    ]);
    expect(union.removedRelations.map((r) => r.type)).toEqual([]);
    const byHand = decideEnrichment(
      links,
      { kind: 'set', links: [{ type: CLAIMANT, to: review.reconciledOf('actor').id }] },
      current(),
      2,
      reviewer,
      now,
    );
    expect(byHand.addedRelations.map((r) => r.provenance!.decision)).toEqual(['edited']);
    expect(byHand.entry).toMatchObject({ kind: 'link', status: 'resolved' });
  });

  it('refuses links that would give a claim two dates', () => {
    const { annotations, relations } = layers();
    const fridays = [span('ana', 130, 136, 'date'), span('ben', 130, 136, 'date')];
    // Ben dates the claim by Friday, Ana by 3 May: accepting both sides' links would give two.
    const redated = relations.map((r) =>
      r.annotator === BEN && r.type === CLAIM_DATE ? { ...r, to: fridays[1]!.id } : r,
    );
    const all = [...annotations, ...fridays];
    const groups = compareLayers(all, ANA_AND_BEN);
    const review = new Review(groups, redated);
    review.applySpans(acceptAllAgreed(groups, reviewer, now));
    const links = review.comparison('link', 'claim')!;
    expect(links.agreed).toBe(false);
    expect(() =>
      decideEnrichment(links, { kind: 'accept', annotators: [ANA, BEN] }, [], 2, reviewer, now),
    ).toThrow(/takes one/);
    expect(
      decideEnrichment(
        links,
        { kind: 'accept', annotators: [BEN] },
        [],
        2,
        reviewer,
        now,
      ).addedRelations.map((r) => r.type),
    ).toEqual([CLAIM_DATE]); // Ben's claimant waits for the actors' boundary conflict
  });
});
