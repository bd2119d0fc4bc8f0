// Properties of `marginalia merge` over random files of up to three annotators on a few short
// documents, with overlapping spans, ids that clash between files (annotations and relations),
// links from claims to actors and dates, actors linked to entities that the files list under
// different ids, names and Wikidata ids, date values, the same file twice and up to two
// reviewers' files among them (who decide spans, links, entities and values): whatever the order
// of the files, the merge is the same; it is valid; it keeps every annotation and link; the
// review view finds nothing left to carry and every disagreement marked; and merging its result
// again changes nothing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  datasetToModel,
  parseDataset,
  serialiseDataset,
  type DatasetV1,
} from '../formats/dataset/index.ts';
import { makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';
import type { Annotation } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import { asAnnotatorId, asEntityId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { CLAIM_DATE, CLAIMANT, type Relation } from '../model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import { codePointLength } from '../text/code-points.ts';
import { compareLayers } from './compare-layers.ts';
import { acceptMembers, editDecision, rejectGroup, type GroupOutcome } from './decisions.ts';
import {
  compareEnrichment,
  type EnrichmentChoice,
  type EnrichmentComparison,
} from './enrichment.ts';
import { mergeDatasets } from './merge.ts';
import { annotatorFile, link, merged, reviewed, withoutExportTime } from './merge-test-support.ts';
import { groupStatus } from './reconciled-layer.ts';

const documents = [
  makeDocument('Geneva', '🕊️ Talks resumed in Geneva on 3 May 2024.'),
  makeDocument('Border', '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: the border commission met in Yerevan 🇦🇲.'),
  makeDocument('Quiet', 'Nothing happened today.'),
];

/**
 * The entities the files draw their lists from: one minister under three ids and spellings (two
 * with a Wikidata id, one without), a namesake with another Wikidata id, another actor, and one
 * id listed differently by different files.
 */
const entityPool: Entity[] = [
  { id: asEntityId('e1'), name: 'Jeyhun Bayramov', kind: 'person', aliases: [] },
  {
    id: asEntityId('e2'),
    name: 'jeyhun  BAYRAMOV',
    kind: 'person',
    aliases: ['Bayramov'],
    wikidata: 'Q1',
  },
  { id: asEntityId('e3'), name: 'J. Bayramov', kind: 'other', aliases: [], wikidata: 'Q1' },
  { id: asEntityId('e4'), name: 'Jeyhun Bayramov', kind: 'person', aliases: [], wikidata: 'Q7' },
  { id: asEntityId('e5'), name: 'Ararat Mirzoyan', kind: 'person', aliases: ['Mirzoyan'] },
  { id: asEntityId('e1'), name: 'Minister Bayramov', kind: 'person', aliases: [], note: 'CSV' },
];
const values = ['2024-05-03', '2024-05-04', '2024-05'] as DateValue[];

/**
 * What a span says beyond where it is: a claim's claimant and date (a shared span, by number, if
 * the annotator marked it), an actor's entity (of the pool, by number), a date's value.
 */
const detailsArbitrary = fc.record({
  claimant: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
  date: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
  entity: fc.option(fc.nat({ max: entityPool.length - 1 }), { nil: undefined }),
  value: fc.option(fc.constantFrom(...values), { nil: undefined }),
  suggested: fc.boolean(),
});

/** A span and its details: annotators mark shared ones often, so that they agree. */
const spanArbitrary = fc.record({
  // Mostly the first, so that claims have actors and dates to link to.
  document: fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.nat({ max: 2 }), weight: 1 },
  ),
  start: fc.nat({ max: 20 }),
  length: fc.integer({ min: 1, max: 8 }),
  label: fc.constantFrom('claim', 'actor', 'date'),
  details: detailsArbitrary,
});
type Place = typeof spanArbitrary extends fc.Arbitrary<infer T> ? T : never;

/**
 * One annotator's file: some of the documents, spans on them (mostly shared ones, with the shared
 * details or now and then their own), ids from a small shared pool; the entities their actors
 * link to listed, with some others.
 */
const annotatorFileArbitrary = (annotator: string, shared: readonly Place[]) =>
  fc
    .record({
      documents: fc.oneof(
        { arbitrary: fc.constant<number[]>([0, 1, 2]), weight: 2 },
        { arbitrary: fc.subarray<number>([0, 1, 2], { minLength: 1 }), weight: 1 },
      ),
      entities: fc.subarray(entityPool),
      spans: fc.array(
        fc.record({
          place: fc.oneof(
            { arbitrary: fc.nat({ max: shared.length - 1 }), weight: 6 },
            { arbitrary: spanArbitrary, weight: 1 },
          ),
          ownDetails: fc.oneof(
            { arbitrary: fc.constant(undefined), weight: 4 },
            { arbitrary: detailsArbitrary, weight: 1 },
          ),
          // Files numbered "n1", "n2"… by hand clash with each other's ids.
          numbered: fc.boolean(),
        }),
        { minLength: 2, maxLength: 10 },
      ),
    })
    .map(({ documents: chosen, entities: listed, spans }) => {
      const placed = spans
        .map(({ place, ownDetails, numbered }) => {
          const where = typeof place === 'number' ? shared[place]! : place;
          const index = typeof place === 'number' ? place : -1;
          return { ...where, details: ownDetails ?? where.details, index, numbered };
        })
        .filter((s) => chosen.includes(s.document));
      const linked = placed.flatMap(({ label, details: { entity } }) =>
        label === 'actor' && entity !== undefined ? [entityPool[entity]!] : [],
      );
      // One version of each id per file: a file lists an id once.
      const pool = [...linked, ...listed];
      const entities = pool.filter((e, i) => pool.findIndex((o) => o.id === e.id) === i);
      const annotations = placed.map((s, i): Annotation => {
        const document = documents[s.document]!;
        const end = Math.min(s.start + s.length, codePointLength(document.text));
        const start = Math.min(s.start, end - 1);
        const id = s.numbered ? `n${i}` : `${annotator}-${i}`;
        const annotation = makeAnnotation(document, start, end, { id, label: s.label, annotator });
        const { entity, value, suggested } = s.details;
        if (s.label === 'actor' && entity !== undefined) annotation.entity = entityPool[entity]!.id;
        if (s.label === 'date' && value !== undefined) {
          annotation.value = value;
          annotation.valueStatus = suggested ? 'suggested' : 'confirmed';
        }
        return annotation;
      });
      const relations: Relation[] = [];
      placed.forEach((s, i) => {
        const claim = annotations[i]!;
        if (claim.label !== 'claim') return;
        for (const [type, pick, label] of [
          [CLAIMANT, s.details.claimant, 'actor'],
          [CLAIM_DATE, s.details.date, 'date'],
        ] as const) {
          if (pick === undefined) continue;
          // The first shared span of the label from `pick` on, in the claim's document.
          const target = [...shared.keys()]
            .map((k) => (k + pick) % shared.length)
            .find((k) => shared[k]!.label === label && shared[k]!.document === s.document);
          const to = placed.findIndex((p) => p.index === target && target !== undefined);
          if (to < 0) continue;
          const n = relations.length;
          const id = s.numbered ? `r${n}` : `${annotator}-r${n}`;
          relations.push(link(claim, type, annotations[to]!, id));
        }
      });
      return annotatorFile(
        annotator,
        annotations,
        chosen.map((d) => documents[d]!),
        { relations, entities },
      );
    });

/** A reviewer's decision for each group, picked by number: accept, reject, edit or leave open. */
function decisions(choices: number[]) {
  let next = 0;
  return (groups: Parameters<Parameters<typeof reviewed>[1]>[0]): GroupOutcome[] =>
    groups.flatMap((group): GroupOutcome[] => {
      const choice = choices[next++ % Math.max(choices.length, 1)] ?? 0;
      const when = new Date('2024-06-02T09:00:00Z');
      const reviewer = asAnnotatorId('rosa');
      if (choice === 1) return [acceptMembers(group, [group.members[0]!.id], reviewer, when)];
      if (choice === 2) return [rejectGroup(group)];
      if (choice === 3) {
        const text = documents.find((d) => d.id === group.members[0]!.documentId)!.text;
        const edit = {
          start: group.start,
          end: codePoints(group.start + 1),
          label: asLabelId('date'),
        };
        return [editDecision(group, edit, text, reviewer, when)];
      }
      return [];
    });
}

/** A reviewer's decision for each open link, entity or value conflict, picked by number. */
function enrichmentDecisions(choices: number[]) {
  let next = 0;
  return (comparison: EnrichmentComparison): EnrichmentChoice | null => {
    const choice = choices[next++ % Math.max(choices.length, 1)] ?? 0;
    if (choice === 1) return { kind: 'accept', annotators: [comparison.sides[0]!.annotator] };
    if (choice === 2) return { kind: 'reject' };
    if (choice === 3)
      return comparison.kind === 'link'
        ? { kind: 'set', links: [] }
        : comparison.kind === 'entity'
          ? { kind: 'set', entity: asEntityId('e5') }
          : { kind: 'set', value: '2024' as DateValue };
    return null;
  };
}

const reviewerChoices = fc.option(
  fc.tuple(
    fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }),
  ),
  { nil: undefined },
);

const files = fc
  .array(spanArbitrary, { minLength: 2, maxLength: 6 })
  .chain((shared) =>
    fc.tuple(
      annotatorFileArbitrary('ana', shared),
      annotatorFileArbitrary('ben', shared),
      fc.option(annotatorFileArbitrary('cleo', shared), { nil: undefined, freq: 2 }),
      fc.boolean(),
      reviewerChoices,
      reviewerChoices,
    ),
  )
  .map(([ana, ben, cleo, twice, choices, otherChoices]) => {
    const list: DatasetV1[] = [ana, ben];
    if (cleo !== undefined) list.push(cleo);
    if (twice) list.push(ana);
    // A reviewer's file: the first two merged, then decided.
    const review = ([spans, enrichment]: [number[], number[]]) =>
      reviewed(merged([ana, ben]), decisions(spans), undefined, enrichmentDecisions(enrichment));
    if (choices !== undefined) list.push(review(choices));
    // A second reviewer, who may decide the same groups and comparisons differently.
    if (otherChoices !== undefined) list.push(review(otherChoices));
    return list;
  })
  // Merge reads files `marginalia validate` accepts (see the reviewer's double date below).
  .filter((list) => list.every((dataset) => parseDataset(serialiseDataset(dataset)).ok));

const permutedFiles = files.chain((list) =>
  fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
);

/** Each layer's links as spans: `document annotator type label start end -> label start end`. */
function linksOf(datasets: DatasetV1[], reconciled: boolean): Set<string> {
  const links = new Set<string>();
  for (const dataset of datasets)
    for (const document of dataset.documents) {
      const byId = new Map(document.annotations.map((a) => [a.id, a]));
      const spanOf = (id: string) => {
        const { label, start, end } = byId.get(id as Annotation['id'])!;
        return `${label} ${start} ${end}`;
      };
      for (const relation of document.relations ?? [])
        if ((relation.annotator === RECONCILED_ANNOTATOR) === reconciled)
          links.add(
            `${document.id} ${relation.annotator} ${relation.type} ${spanOf(relation.from)} -> ${spanOf(relation.to)}`,
          );
    }
  return links;
}

describe('mergeDatasets properties', () => {
  it('gives the same file whatever order the inputs come in', () => {
    fc.assert(
      fc.property(permutedFiles, ([list, permuted]) => {
        expect(serialiseDataset(merged(permuted))).toBe(serialiseDataset(merged(list)));
      }),
    );
  });

  it('writes a valid dataset that keeps every annotation and link of every layer', () => {
    fc.assert(
      fc.property(files, (list) => {
        const result = mergeDatasets(list, new Date('2024-06-01T10:00:00.000Z'));
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        const output = result.value.dataset;
        const parsed = parseDataset(serialiseDataset(output));
        expect(parsed.ok ? [] : parsed.error).toEqual([]);
        const spansOf = (datasets: DatasetV1[], reconciled: boolean) =>
          new Set(
            datasets.flatMap((dataset) =>
              dataset.documents.flatMap((document) =>
                document.annotations
                  .filter((a) => (a.annotator === RECONCILED_ANNOTATOR) === reconciled)
                  .map((a) => `${document.id} ${a.annotator} ${a.label} ${a.start} ${a.end}`),
              ),
            ),
          );
        expect(spansOf([output], false)).toEqual(spansOf(list, false));
        // Every reconciled annotation of the inputs is kept.
        for (const span of spansOf(list, true)) expect(spansOf([output], true)).toContain(span);
        // Every annotator's link too: an id names one annotation in every file here, so none is
        // left out. (Reconciled links may be: two reviewers linking one claim to two dates.)
        const dropped = result.value.droppedRelations.map(({ input, path }) => {
          const [, , document, , position] = path.split('/');
          return list[input]!.documents[Number(document)]!.relations![Number(position)]!;
        });
        expect(dropped.filter((r) => r.annotator !== RECONCILED_ANNOTATOR)).toEqual([]);
        expect(linksOf([output], false)).toEqual(linksOf(list, false));
      }),
    );
  });

  it('leaves the review view nothing to carry, and marks every disagreement', () => {
    fc.assert(
      fc.property(files, (list) => {
        const model = datasetToModel(merged(list));
        for (const review of model.reviews ?? []) {
          const ofDocument = model.annotations.filter((a) => a.documentId === review.documentId);
          const reconciled = ofDocument.filter((a) => a.annotator === RECONCILED_ANNOTATOR);
          const relations = (model.relations ?? []).filter(
            (r) => r.documentId === review.documentId,
          );
          const compared = new Set(review.annotators);
          const statusOf = (group: Parameters<typeof groupStatus>[0]) =>
            groupStatus(group, reconciled, review.conflicts);
          const comparisons = compareEnrichment({
            groups: compareLayers(ofDocument, review.annotators),
            statusOf,
            reconciled,
            relations: relations.filter((r) => compared.has(r.annotator)),
            reconciledRelations: relations.filter((r) => r.annotator === RECONCILED_ANNOTATOR),
            conflicts: review.conflicts,
            entityOf: (id) => model.entities?.find((entity) => entity.id === id),
          }).filter((comparison) => statusOf(comparison.group) === 'resolved');
          for (const comparison of comparisons) {
            // An annotator who gave one claim twice, each its own date, agrees on two dates,
            // which no claim may carry: the one exception (merge-enrichment.ts).
            const twoDates = comparison.sides.some(
              (side) => side.links.filter((l) => l.type === CLAIM_DATE).length > 1,
            );
            if (comparison.agreed && comparison.entry === undefined && !twoDates)
              expect(comparison.carried).toBe(true);
            if (!comparison.agreed) expect(comparison.entry).toBeDefined();
          }
        }
      }),
    );
  });

  it("keeps a reviewer's file as it is when merged with the annotators' files it came from", () => {
    const reviewedFiles = fc
      .array(spanArbitrary, { minLength: 2, maxLength: 6 })
      .chain((shared) =>
        fc.tuple(
          annotatorFileArbitrary('ana', shared),
          annotatorFileArbitrary('ben', shared),
          fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }),
          fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 6 }),
        ),
      );
    fc.assert(
      fc.property(reviewedFiles, ([ana, ben, spans, enrichment]) => {
        const decided = reviewed(
          merged([ana, ben]),
          decisions(spans),
          undefined,
          enrichmentDecisions(enrichment),
        );
        // A side that gave one claim twice, each its own date, accepted as it is links the
        // reconciled claim to two dates, which the reader refuses: no input of a merge.
        fc.pre(parseDataset(serialiseDataset(decided)).ok);
        const again = merged([ben, decided, ana], new Date('2024-07-01T00:00:00Z'));
        const layerOf = (dataset: DatasetV1) =>
          dataset.documents.map((document) => ({
            id: document.id,
            reconciled: document.annotations.filter((a) => a.annotator === RECONCILED_ANNOTATOR),
            relations: document.relations?.filter((r) => r.annotator === RECONCILED_ANNOTATOR),
            conflicts: new Map(document.review?.conflicts.map((c) => [c.id, c])),
          }));
        const byId = (dataset: DatasetV1) =>
          layerOf(dataset).sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(byId(again)).toEqual(byId(decided));
      }),
    );
  });

  it('changes nothing when its output is merged again, alone or with itself', () => {
    fc.assert(
      fc.property(files, (list) => {
        const output = merged(list);
        const later = new Date('2024-07-01T00:00:00Z');
        expect(withoutExportTime(merged([output], later))).toEqual(withoutExportTime(output));
        expect(withoutExportTime(merged([output, output], later))).toEqual(
          withoutExportTime(output),
        );
      }),
    );
  });
});
