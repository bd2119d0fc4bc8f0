import { describe, expect, it } from 'vitest';
import { copyRelation } from '../formats/dataset/encode-enrichment.ts';
import {
  datasetToModel,
  parseDataset,
  serialiseDataset,
  type DatasetV1,
} from '../formats/dataset/index.ts';
import type { Annotation } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import { asAnnotatorId, asEntityId, type AnnotatorId } from '../model/ids.ts';
import { CLAIM_DATE, CLAIMANT } from '../model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import { compareLayers } from './compare-layers.ts';
import { acceptAllAgreed } from './decisions.ts';
import { carryAgreed, compareEnrichment } from './enrichment.ts';
import { mergeDatasets } from './merge.ts';
import {
  annotatorFile,
  link,
  MERGED_AT,
  merged,
  reviewed,
  withoutExportTime,
} from './merge-test-support.ts';
import { groupStatus } from './reconciled-layer.ts';
import { summariseReview } from './review-summary.ts';
import { ANA, ANA_AND_BEN, BEN, span } from './test-support.ts';

const person = (id: string, name: string, wikidata?: string): Entity => ({
  id: asEntityId(id),
  name,
  kind: 'person',
  aliases: [],
  ...(wikidata === undefined ? {} : { wikidata }),
});
const bayramov = person('e-ana', 'Jeyhun Bayramov');
/** Ben's list names the same minister under his own id and spelling. */
const bayramovToBen = person('e-ben', 'jeyhun  BAYRAMOV');
const mirzoyan = person('e-other', 'Ararat Mirzoyan');

interface Options {
  benValue?: string;
  benEntity?: Entity;
  /** Whether Ben links his claim to its claimant (he always links its date). */
  benClaimant?: boolean;
}

/**
 * Ana and Ben tag the same claim, actor and date, link the claim to both, link the actor to an
 * entity and give the date a value: alike unless told otherwise.
 */
function annotatorFiles({ benValue, benEntity, benClaimant = true }: Options = {}) {
  const of = (annotator: string, entity: Entity, value: string, claimant: boolean) => {
    const claim = span(annotator, 65, 88);
    const actor: Annotation = { ...span(annotator, 42, 59, 'actor'), entity: entity.id };
    const date: Annotation = {
      ...span(annotator, 30, 40, 'date'),
      value: value as DateValue,
      valueStatus: 'confirmed',
    };
    const relations = [link(claim, CLAIM_DATE, date)];
    if (claimant) relations.push(link(claim, CLAIMANT, actor));
    return annotatorFile(annotator, [claim, actor, date], undefined, {
      relations,
      entities: [entity],
    });
  };
  return {
    ana: of('ana', bayramov, '2024-05-03', true),
    ben: of('ben', benEntity ?? bayramovToBen, benValue ?? '2024-05-03', benClaimant),
  };
}

function reconciledOf(dataset: DatasetV1) {
  const annotations = dataset.documents[0]!.annotations.filter(
    (a) => a.annotator === RECONCILED_ANNOTATOR,
  );
  const byLabel = (label: string) => annotations.find((a) => a.label === label)!;
  return { claim: byLabel('claim'), actor: byLabel('actor'), date: byLabel('date') };
}

function reconciledRelationsOf(dataset: DatasetV1) {
  return (dataset.documents[0]!.relations ?? []).filter(
    (r) => r.annotator === RECONCILED_ANNOTATOR,
  );
}

function issuesOf(dataset: DatasetV1) {
  const result = parseDataset(serialiseDataset(dataset));
  return result.ok ? [] : result.error;
}

/** The comparisons the review view computes when it opens `dataset`'s document. */
function comparisonsSeenBy(dataset: DatasetV1) {
  const model = datasetToModel(dataset);
  const review = model.reviews![0]!;
  const groups = compareLayers(model.annotations, review.annotators);
  const reconciled = model.annotations.filter((a) => a.annotator === RECONCILED_ANNOTATOR);
  const relations = model.relations ?? [];
  return compareEnrichment({
    groups,
    statusOf: (group) => groupStatus(group, reconciled, review.conflicts),
    reconciled,
    relations: relations.filter((r) => r.annotator !== RECONCILED_ANNOTATOR),
    reconciledRelations: relations.filter((r) => r.annotator === RECONCILED_ANNOTATOR),
    conflicts: review.conflicts,
    entityOf: (id) => model.entities?.find((entity) => entity.id === id),
  });
}

const rosa = asAnnotatorId('rosa');
const sam = asAnnotatorId('sam');
const later = new Date('2024-07-01T00:00:00.000Z');

describe('merging links, entity links and values', () => {
  const { ana, ben } = annotatorFiles();
  const output = merged([ana, ben]);

  it('carries what both files agree on into the reconciled layer, decided by nobody', () => {
    const { claim, actor, date } = reconciledOf(output);
    expect(reconciledRelationsOf(output).map(({ type, from, to }) => ({ type, from, to }))).toEqual(
      [
        { type: CLAIMANT, from: claim.id, to: actor.id },
        { type: CLAIM_DATE, from: claim.id, to: date.id },
      ],
    );
    const [claimant] = reconciledRelationsOf(output);
    expect(claimant!.provenance).toEqual({
      decision: 'unanimous',
      decidedBy: null,
      decidedAt: MERGED_AT.toISOString(),
      sources: [
        {
          annotator: 'ana',
          relationId: 'ana-65-88-claim>claimant>ana-42-59-actor',
          from: 'ana-65-88-claim',
          to: 'ana-42-59-actor',
        },
        {
          annotator: 'ben',
          relationId: 'ben-65-88-claim>claimant>ben-42-59-actor',
          from: 'ben-65-88-claim',
          to: 'ben-42-59-actor',
        },
      ],
    });
    const unanimous = {
      decision: 'unanimous',
      decidedBy: null,
      decidedAt: MERGED_AT.toISOString(),
      annotators: ['ana', 'ben'],
    };
    expect(actor).toMatchObject({ entity: 'e-ana', provenance: { entity: unanimous } });
    expect(date).toMatchObject({
      value: '2024-05-03',
      valueStatus: 'confirmed',
      provenance: { value: unanimous },
    });
    expect(output.documents[0]!.review!.conflicts).toEqual([]);
    expect(summariseReview(output)).toMatchObject({
      unanimous: 3,
      unanimousLinks: 2,
      unanimousEntities: 1,
      unanimousValues: 1,
      openTotal: 0,
    });
    expect(issuesOf(output)).toEqual([]);
  });

  it("writes what the review view's accept all agreed makes, field for field", () => {
    const model = datasetToModel(merged([ana, ben]));
    const sources = model.annotations.filter((a) => a.annotator !== RECONCILED_ANNOTATOR);
    const groups = compareLayers(sources, ANA_AND_BEN);
    const reconciled = acceptAllAgreed(groups, null, MERGED_AT).flatMap((o) => o.annotations);
    const comparisons = compareEnrichment({
      groups,
      statusOf: () => 'resolved',
      reconciled,
      relations: (model.relations ?? []).filter((r) => r.annotator !== RECONCILED_ANNOTATOR),
      reconciledRelations: [],
      conflicts: [],
      entityOf: (id) => model.entities?.find((entity) => entity.id === id),
    });
    const outcomes = carryAgreed(comparisons, () => [], 2, null, MERGED_AT);
    const after = reconciled.map(
      (r) => outcomes.filter((o) => o.after.id === r.id && o.after !== r).at(-1)?.after ?? r,
    );
    const withoutDocument = ({ documentId: _documentId, ...rest }: Annotation) => rest;
    expect(reconciledOf(output)).toEqual({
      claim: withoutDocument(after.find((r) => r.label === 'claim')!),
      actor: withoutDocument(after.find((r) => r.label === 'actor')!),
      date: withoutDocument(after.find((r) => r.label === 'date')!),
    });
    // In the file, in the encoder's order: an entity or value before the provenance.
    expect(Object.keys(reconciledOf(output).date)).toEqual([
      'id',
      'label',
      'start',
      'end',
      'quote',
      'prefix',
      'suffix',
      'note',
      'annotator',
      'createdAt',
      'updatedAt',
      'value',
      'valueStatus',
      'provenance',
    ]);
    expect(reconciledRelationsOf(output)).toEqual(
      outcomes.flatMap((o) => o.addedRelations).map(copyRelation),
    );
  });

  it('writes each disagreement as an open entry under the id the review view gives it', () => {
    const disagreeing = annotatorFiles({
      benValue: '2024-05-04',
      benEntity: mirzoyan,
      benClaimant: false,
    });
    const output2 = merged([disagreeing.ana, disagreeing.ben]);
    const { actor, date } = reconciledOf(output2);
    expect(actor.entity).toBeUndefined();
    expect(date.value).toBeUndefined();
    // Nothing carried: the link comparison covers the claim's links as a whole.
    expect(reconciledRelationsOf(output2)).toEqual([]);
    const conflicts = output2.documents[0]!.review!.conflicts;
    expect(
      conflicts.map(({ kind, annotations, status }) => ({ kind, annotations, status })),
    ).toEqual(
      // In the order of the reconciled layer: the date, the actor, the claim.
      [
        { kind: 'value', annotations: ['ana-30-40-date', 'ben-30-40-date'], status: 'open' },
        { kind: 'entity', annotations: ['ana-42-59-actor', 'ben-42-59-actor'], status: 'open' },
        { kind: 'link', annotations: ['ana-65-88-claim', 'ben-65-88-claim'], status: 'open' },
      ],
    );
    const seen = comparisonsSeenBy(output2);
    expect(
      seen
        .filter((c) => c.status === 'open')
        .map((c) => c.id)
        .sort(),
    ).toEqual(conflicts.map((c) => c.id).sort());
    expect(summariseReview(output2)).toMatchObject({
      open: { link: 1, entity: 1, value: 1 },
      openTotal: 3,
      unanimousLinks: 0,
    });
    expect(issuesOf(output2)).toEqual([]);
  });

  it('leaves nothing for the review view to carry or decide once agreed', () => {
    expect(comparisonsSeenBy(output).map((c) => [c.kind, c.agreed, c.carried, c.status])).toEqual([
      ['value', true, true, 'resolved'],
      ['entity', true, true, 'resolved'],
      ['link', true, true, 'resolved'],
    ]);
  });

  it('changes nothing when merged again, alone or with itself, in any order', () => {
    expect(withoutExportTime(merged([output], later))).toEqual(withoutExportTime(output));
    expect(withoutExportTime(merged([output, output], later))).toEqual(withoutExportTime(output));
    expect(serialiseDataset(merged([ben, ana]))).toBe(serialiseDataset(output));
    expect(withoutExportTime(merged([ben, output, ana], later))).toEqual(withoutExportTime(output));
  });

  it('lets a link wait while its endpoint is open, carrying the agreed rest', () => {
    const claim = (annotator: string) => span(annotator, 65, 88);
    const date = (annotator: string) => span(annotator, 30, 40, 'date');
    // Ana's actor is longer than Ben's: a boundary conflict, still open.
    const actor = (annotator: string, start: number) => span(annotator, start, 59, 'actor');
    const file = (annotator: string, start: number) =>
      annotatorFile(
        annotator,
        [claim(annotator), actor(annotator, start), date(annotator)],
        undefined,
        {
          relations: [
            link(claim(annotator), CLAIMANT, actor(annotator, start)),
            link(claim(annotator), CLAIM_DATE, date(annotator)),
          ],
        },
      );
    const waiting = merged([file('ana', 42), file('ben', 51)]);
    expect(reconciledRelationsOf(waiting).map((r) => r.type)).toEqual([CLAIM_DATE]);
    expect(waiting.documents[0]!.review!.conflicts.map((c) => c.kind)).toEqual(['boundary']);
    expect(withoutExportTime(merged([waiting], later))).toEqual(withoutExportTime(waiting));
  });
});

describe('uniting entities', () => {
  it('unites one actor under different ids, names or Wikidata ids, and links both to it', () => {
    const withWikidata = person('e-wd', 'J. Bayramov', 'Q123');
    const files = annotatorFiles({ benEntity: { ...bayramovToBen, wikidata: 'Q123' } });
    const third = annotatorFile('cleo', [], undefined, { entities: [withWikidata] });
    for (const order of [
      [files.ana, files.ben, third],
      [third, files.ben, files.ana],
    ]) {
      const output = merged(order);
      // e-ana and e-ben share a name; e-ben and e-wd a Wikidata id: one actor, the smallest id.
      expect(output.entities).toEqual([
        {
          id: 'e-ana',
          name: 'Jeyhun Bayramov',
          kind: 'person',
          aliases: ['J. Bayramov'],
          wikidata: 'Q123',
        },
      ]);
      const actors = output.documents[0]!.annotations.filter((a) => a.label === 'actor');
      expect(actors.map((a) => a.entity)).toEqual(['e-ana', 'e-ana']);
      expect(issuesOf(output)).toEqual([]);
    }
  });

  it('keeps actors apart whose Wikidata ids differ, and compares their links as different', () => {
    const files = annotatorFiles({
      benEntity: { ...bayramovToBen, wikidata: 'Q2' },
    });
    const ana = { ...files.ana, entities: [{ ...bayramov, wikidata: 'Q1' }] };
    const output = merged([ana, files.ben]);
    expect(output.entities!.map((e) => [e.id, e.wikidata])).toEqual([
      ['e-ana', 'Q1'],
      ['e-ben', 'Q2'],
    ]);
    expect(output.documents[0]!.review!.conflicts.map((c) => [c.kind, c.status])).toEqual([
      ['entity', 'open'],
    ]);
  });
});

describe('merging files that decided links, entities or values', () => {
  const { ana, ben } = annotatorFiles({ benValue: '2024-05-04', benEntity: mirzoyan });
  const fresh = merged([ana, ben]);
  const decideBy = (reviewer: AnnotatorId, side: AnnotatorId) =>
    reviewed(
      fresh,
      () => [],
      new Date('2024-06-02T10:00:00Z'),
      (comparison) => (comparison.kind === 'value' ? { kind: 'accept', annotators: [side] } : null),
      reviewer,
    );
  const byRosa = decideBy(rosa, BEN);

  it("keeps a reviewer's decision when the annotators' files are merged in again", () => {
    const again = merged([ana, byRosa, ben], later);
    const value = again.documents[0]!.review!.conflicts.find((c) => c.kind === 'value')!;
    expect(value.status).toBe('resolved');
    expect(reconciledOf(again).date).toMatchObject({
      value: '2024-05-04',
      provenance: { value: { decision: 'adjudicated', decidedBy: 'rosa', annotators: ['ben'] } },
    });
    expect(again.documents[0]!.review!.conflicts.find((c) => c.kind === 'entity')!.status).toBe(
      'open',
    );
    expect(summariseReview(again)).toMatchObject({ open: { entity: 1 }, resolved: 1 });
    expect(withoutExportTime(merged([again], later))).toEqual(withoutExportTime(again));
    expect(issuesOf(again)).toEqual([]);
  });

  it('reopens a comparison two files decided differently, and keeps it open', () => {
    const bySam = decideBy(sam, ANA);
    const both = merged([byRosa, bySam], later);
    expect(both.documents[0]!.review!.conflicts.find((c) => c.kind === 'value')!.status).toBe(
      'open',
    );
    expect(serialiseDataset(merged([bySam, byRosa], later))).toBe(serialiseDataset(both));
    const evenLater = new Date('2024-08-01T00:00:00.000Z');
    expect(withoutExportTime(merged([both], evenLater))).toEqual(withoutExportTime(both));
    expect(withoutExportTime(merged([both, ana, ben], evenLater))).toEqual(withoutExportTime(both));
  });
});

describe('merging relations', () => {
  it('renames relation ids two files use for different relations, endpoints following', () => {
    const numbered = (annotator: string) => {
      const claim = span(annotator, 65, 88, 'claim', 'ann-1');
      const date = span(annotator, 30, 40, 'date', 'ann-2');
      return annotatorFile(annotator, [claim, date], undefined, {
        relations: [link(claim, CLAIM_DATE, date, 'rel-1')],
      });
    };
    const result = mergeDatasets([numbered('ana'), numbered('ben')], MERGED_AT);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { dataset, renamedIds, renamedRelationIds } = result.value;
    expect([renamedIds, renamedRelationIds]).toEqual([['ann-1', 'ann-2'], ['rel-1']]);
    const relations = dataset.documents[0]!.relations!;
    const annotations = dataset.documents[0]!.annotations;
    for (const annotator of ['ana', 'ben']) {
      const own = relations.find((r) => r.annotator === annotator)!;
      expect(own.id).not.toBe('rel-1');
      const endpoints = [own.from, own.to].map((id) => annotations.find((a) => a.id === id));
      expect(endpoints.map((a) => [a?.annotator, a?.label])).toEqual([
        [annotator, 'claim'],
        [annotator, 'date'],
      ]);
    }
    // And the agreed date link is carried, citing the renamed relations.
    const carried = relations.find((r) => r.annotator === RECONCILED_ANNOTATOR)!;
    expect(carried.provenance!.sources.map((s) => s.relationId)).toEqual(
      ['ana', 'ben'].map((annotator) => relations.find((r) => r.annotator === annotator)!.id),
    );
    expect(issuesOf(dataset)).toEqual([]);
    expect(withoutExportTime(merged([dataset], later))).toEqual(withoutExportTime(dataset));
  });

  it('leaves out, with a warning, a link the union cannot hold', () => {
    const claim = span('ana', 65, 88);
    const actor = span('ana', 42, 59, 'actor');
    const date = span('ana', 30, 40, 'date');
    const otherDate = span('ana', 130, 136, 'date');
    const before = annotatorFile('ana', [claim, actor, date, otherDate], undefined, {
      relations: [link(claim, CLAIMANT, actor), link(claim, CLAIM_DATE, date)],
    });
    // Later, Ana relabels the actor a date and moves the claim's date link to "Friday".
    const relabelled = { ...actor, label: 'date', updatedAt: '2024-05-20T09:00:00.000Z' };
    const moved = {
      ...link(claim, CLAIM_DATE, otherDate),
      updatedAt: '2024-05-20T09:00:00.000Z',
    } as ReturnType<typeof link>;
    const after = annotatorFile(
      'ana',
      [claim, relabelled, date, otherDate] as Annotation[],
      undefined,
      {
        relations: [moved],
      },
    );
    for (const order of [
      [before, after],
      [after, before],
    ]) {
      const result = mergeDatasets(order, MERGED_AT);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const { dataset, droppedRelations } = result.value;
      expect(dataset.documents[0]!.relations!.map((r) => r.id)).toEqual([moved.id]);
      const input = order.indexOf(before);
      expect(droppedRelations).toEqual([
        {
          input,
          path: '/documents/0/relations/0',
          message:
            'left out Claimant relation "ana-65-88-claim>claimant>ana-42-59-actor" of "ana": annotation "ana-42-59-actor" is labelled "date" in the merged file, and a "claimant" relation links claim → actor',
        },
        {
          input,
          path: '/documents/0/relations/1',
          message: `left out Claim date relation "ana-65-88-claim>date>ana-30-40-date" of "ana": its claim may have one "date" relation, and "${moved.id}" is the most recently updated`,
        },
      ]);
      expect(issuesOf(dataset)).toEqual([]);
    }
  });
});
