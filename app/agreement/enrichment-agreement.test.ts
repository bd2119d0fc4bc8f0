import { describe, expect, it } from 'vitest';
import { asEntityId } from '../model/ids.ts';
import { computeAgreement } from './agreement-report.ts';
import { scoreAgreement } from './score-agreement.ts';
import { annotators, documentOf, relationOf, spanOf } from './test-support.ts';

// "Ana said Ben lied on 3 May. Cem denied it in June." — Ana [0,3), Ben [9,12), the claim
// "Ben lied" [9,17), "on 3 May" [18,26), "3 May" [21,26), "Cem denied it" [28,41), "Cem denied
// it in June" [28,49), Cem [28,31), June [45,49).
const SAID = documentOf('said', 'Ana said Ben lied on 3 May. Cem denied it in June.');
// "Dan resigned." — Dan [0,3), the claim "resigned" [4,12).
const RESIGNED = documentOf('resigned', 'Dan resigned.');

const ENTITIES = [
  // Ana's and Ben's names for Ana differ in case only: the same entity by name.
  { id: asEntityId('ana-smith'), name: 'Ana Smith' },
  { id: asEntityId('b-ana'), name: 'ana  SMITH' },
  // The same name, two Wikidata ids: two people.
  { id: asEntityId('ben-jones'), name: 'Ben Jones', wikidata: 'Q3' },
  { id: asEntityId('b-ben'), name: 'Ben Jones', wikidata: 'Q2' },
  { id: asEntityId('cem'), name: 'Cem' },
];

const ANNOTATIONS = [
  // ana: two claims, each linked to its claimant and date, the first also to its target.
  spanOf('said', 'ana', 'claim', 9, 17, { id: 'a-c1' }),
  spanOf('said', 'ana', 'actor', 0, 3, { id: 'a-ana', entity: 'ana-smith' }),
  spanOf('said', 'ana', 'actor', 9, 12, { id: 'a-ben', entity: 'ben-jones' }),
  spanOf('said', 'ana', 'date', 21, 26, { id: 'a-may', value: '2024-05-03' }),
  spanOf('said', 'ana', 'claim', 28, 41, { id: 'a-c2' }),
  spanOf('said', 'ana', 'actor', 28, 31, { id: 'a-cem', entity: 'cem' }),
  spanOf('said', 'ana', 'date', 45, 49, { id: 'a-june', value: '2024-06' }),
  // ben: the first claim alike, the second wider; "on 3 May" wider; no entity on Cem; June
  // with another value.
  spanOf('said', 'ben', 'claim', 9, 17, { id: 'b-c1' }),
  spanOf('said', 'ben', 'actor', 0, 3, { id: 'b-ana', entity: 'b-ana' }),
  spanOf('said', 'ben', 'actor', 9, 12, { id: 'b-ben', entity: 'b-ben' }),
  spanOf('said', 'ben', 'date', 18, 26, { id: 'b-may', value: '2024-05-03' }),
  spanOf('said', 'ben', 'claim', 28, 49, { id: 'b-c2' }),
  spanOf('said', 'ben', 'actor', 28, 31, { id: 'b-cem' }),
  spanOf('said', 'ben', 'date', 45, 49, { id: 'b-june', value: '2024-06-01' }),
  // cem rates the document and tags one actor, with no entity and no relation.
  spanOf('said', 'cem', 'actor', 0, 3, { id: 'c-ana' }),
];

const RELATIONS = [
  relationOf('said', 'ana', 'claimant', 'a-c1', 'a-ana'),
  relationOf('said', 'ana', 'target', 'a-c1', 'a-ben'),
  relationOf('said', 'ana', 'date', 'a-c1', 'a-may'),
  relationOf('said', 'ana', 'claimant', 'a-c2', 'a-cem'),
  relationOf('said', 'ana', 'date', 'a-c2', 'a-june'),
  relationOf('said', 'ben', 'claimant', 'b-c1', 'b-ana'),
  relationOf('said', 'ben', 'target', 'b-c1', 'b-ben'),
  relationOf('said', 'ben', 'date', 'b-c1', 'b-may'),
  relationOf('said', 'ben', 'claimant', 'b-c2', 'b-cem'),
  relationOf('said', 'ben', 'date', 'b-c2', 'b-june'),
  relationOf('said', 'ben', 'target', 'b-c2', 'b-ana'),
];

// Relations, ana 5 and ben 6.
//   exact: claimant c1→Ana and target c1→Ben: 2·2 / 11 = 4/11.
//   overlap: also date c1→May (3 May within "on 3 May"), claimant c2→Cem and date c2→June
//     (ben's claim is wider): 2·5 / 11 = 10/11. Ben's target c2→Ana has no partner.
//   per type: claimant exact 2·1/4, overlap 2·2/4; target 2·1/3 both; date exact 0/4,
//     overlap 2·2/4.
// Entities: Ana placed alike with an entity on each side, the same by name; Ben placed alike,
//   two Wikidata ids; Cem has no entity on ben's side. 1 of 2.
// Date values: "3 May" is not placed alike; June is, with two values: 0 of 1.
// cem, against either: no relations against 5 or 6 gives 0; nothing to compare for entities and
//   values (null).
describe('the enrichment measures', () => {
  const input = {
    documents: [SAID],
    annotations: ANNOTATIONS,
    raters: annotators('ana', 'ben', 'cem'),
    relations: RELATIONS,
    entities: ENTITIES,
  };

  it('scores relations, entities and date values of a hand-checked document', () => {
    const report = computeAgreement(input);
    const expected = {
      relationF1Exact: {
        pairs: { 'ana|ben': 4 / 11, 'ana|cem': 0, 'ben|cem': 0 },
        mean: 4 / 11 / 3,
      },
      relationF1Overlap: {
        pairs: { 'ana|ben': 10 / 11, 'ana|cem': 0, 'ben|cem': 0 },
        mean: 10 / 11 / 3,
      },
      entityAgreement: { pairs: { 'ana|ben': 0.5, 'ana|cem': null, 'ben|cem': null }, mean: 0.5 },
      dateValueAgreement: { pairs: { 'ana|ben': 0, 'ana|cem': null, 'ben|cem': null }, mean: 0 },
    };
    expect(report.documents[SAID.id]).toMatchObject(expected);
    expect(report.overall).toMatchObject(expected);
    expect(report.relationTypes).toEqual({
      claimant: {
        relationF1Exact: { pairs: { 'ana|ben': 0.5, 'ana|cem': 0, 'ben|cem': 0 }, mean: 0.5 / 3 },
        relationF1Overlap: { pairs: { 'ana|ben': 1, 'ana|cem': 0, 'ben|cem': 0 }, mean: 1 / 3 },
      },
      date: {
        relationF1Exact: { pairs: { 'ana|ben': 0, 'ana|cem': 0, 'ben|cem': 0 }, mean: 0 },
        relationF1Overlap: { pairs: { 'ana|ben': 1, 'ana|cem': 0, 'ben|cem': 0 }, mean: 1 / 3 },
      },
      target: {
        relationF1Exact: { pairs: { 'ana|ben': 2 / 3, 'ana|cem': 0, 'ben|cem': 0 }, mean: 2 / 9 },
        relationF1Overlap: {
          pairs: { 'ana|ben': 2 / 3, 'ana|cem': 0, 'ben|cem': 0 },
          mean: 2 / 9,
        },
      },
    });
    // The span measures do not move for what rides on the spans.
    const spansAlone = computeAgreement({ ...input, relations: [], entities: [] });
    for (const key of ['cohenKappa', 'fleissKappa', 'krippendorffAlphaU', 'f1Exact', 'f1Overlap'])
      expect(report.overall[key as 'f1Exact']).toEqual(spansAlone.overall[key as 'f1Exact']);
    expect(report.labels).toEqual(spansAlone.labels);
  });

  it('explains each null, and counts what it compared', () => {
    const scored = scoreAgreement(input);
    const said = scored.documents.get(SAID.id)!;
    expect(said.entityAgreement.pairs.get('ana|cem')).toEqual({
      value: null,
      reason: 'no actor placed alike by both with an entity on each side',
    });
    expect(said.dateValueAgreement.pairs.get('ben|cem')).toEqual({
      value: null,
      reason: 'no date placed alike by both with a value on each side',
    });
    expect(scored.enrichment).toEqual({ relations: 11, entityLinks: 5, dateValues: 4 });
  });

  it('gives null where neither annotator related anything, and pools relations over documents', () => {
    const report = computeAgreement({
      ...input,
      documents: [SAID, RESIGNED],
      annotations: [
        ...ANNOTATIONS,
        spanOf('resigned', 'ana', 'claim', 4, 12, { id: 'r-a-c' }),
        spanOf('resigned', 'ana', 'actor', 0, 3, { id: 'r-a-dan' }),
        spanOf('resigned', 'ben', 'claim', 4, 12, { id: 'r-b-c' }),
        spanOf('resigned', 'ben', 'actor', 0, 3, { id: 'r-b-dan' }),
      ],
      relations: [
        ...RELATIONS,
        relationOf('resigned', 'ana', 'claimant', 'r-a-c', 'r-a-dan'),
        relationOf('resigned', 'ben', 'claimant', 'r-b-c', 'r-b-dan'),
      ],
    });
    const resigned = report.documents[RESIGNED.id]!;
    expect(resigned.relationF1Exact.pairs).toEqual({ 'ana|ben': 1, 'ana|cem': 0, 'ben|cem': 0 });
    expect(resigned.entityAgreement).toEqual({
      pairs: { 'ana|ben': null, 'ana|cem': null, 'ben|cem': null },
      mean: null,
    });
    // Pooled: 3 exact pairs of 5 + 1 and 6 + 1 relations; 6 overlap pairs.
    expect(report.overall.relationF1Exact.pairs['ana|ben']).toBeCloseTo(6 / 13, 12);
    expect(report.overall.relationF1Overlap.pairs['ana|ben']).toBeCloseTo(12 / 13, 12);
    expect(report.relationTypes['claimant' as never]!.relationF1Exact.pairs['ana|ben']).toBe(
      (2 * 2) / 6,
    );

    const quiet = scoreAgreement({
      documents: [RESIGNED],
      annotations: [spanOf('resigned', 'ana', 'claim', 4, 12, { id: 'r-a-c' })],
      raters: annotators('ana', 'ben'),
    }).documents.get(RESIGNED.id)!;
    expect(quiet.relationF1Exact.pairs.get('ana|ben')).toEqual({
      value: null,
      reason: 'no relations by either annotator',
    });
  });

  it('skips a relation whose endpoint is not among the annotations, or whose document is not given', () => {
    const report = computeAgreement({
      ...input,
      relations: [
        ...RELATIONS,
        relationOf('said', 'ana', 'target', 'a-c2', 'gone'),
        // An endpoint of another annotator is not one of ana's annotations.
        relationOf('said', 'ana', 'target', 'a-c2', 'b-ana'),
        relationOf('elsewhere', 'ana', 'target', 'a-c2', 'a-ana'),
      ],
    });
    expect(report).toEqual(computeAgreement(input));
  });

  it('compares entities an annotator links to an unlisted id by id alone', () => {
    const report = computeAgreement({
      documents: [RESIGNED],
      annotations: [
        spanOf('resigned', 'ana', 'actor', 0, 3, { entity: 'dan' }),
        spanOf('resigned', 'ben', 'actor', 0, 3, { entity: 'dan' }),
        spanOf('resigned', 'cem', 'actor', 0, 3, { entity: 'daniel' }),
      ],
      raters: annotators('ana', 'ben', 'cem'),
      entities: [{ id: asEntityId('daniel'), name: 'Dan' }],
    });
    // ana and ben: the same id. cem's "daniel" is named Dan, but "dan" is listed nowhere.
    expect(report.overall.entityAgreement.pairs).toEqual({
      'ana|ben': 1,
      'ana|cem': 0,
      'ben|cem': 0,
    });
  });

  it('pairs duplicates at the same offsets one to one, and ignores links on other labels', () => {
    const report = computeAgreement({
      documents: [RESIGNED],
      annotations: [
        // ana tagged Dan twice, linked to two entities; ben once. Sorted by entity id, ben's
        // "x" pairs with ana's "x", ana's "y" has no partner: 1 of 1.
        spanOf('resigned', 'ana', 'actor', 0, 3, { entity: 'y' }),
        spanOf('resigned', 'ana', 'actor', 0, 3, { entity: 'x' }),
        spanOf('resigned', 'ben', 'actor', 0, 3, { entity: 'x' }),
        // A value on a claim is not a date's value.
        spanOf('resigned', 'ana', 'claim', 4, 12, { value: '2024' }),
        spanOf('resigned', 'ben', 'claim', 4, 12, { value: '2025' }),
      ],
      raters: annotators('ana', 'ben'),
    });
    expect(report.overall.entityAgreement.mean).toBe(1);
    expect(report.overall.dateValueAgreement.mean).toBeNull();
  });
});
