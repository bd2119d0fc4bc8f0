import { describe, expect, it } from 'vitest';
import { asDocumentId } from '../model/ids.ts';
import { computeAgreement } from './agreement-report.ts';
import { scoreAgreement } from './score-agreement.ts';
import { annotators, documentOf, spanOf } from './test-support.ts';

// "Ana met Ben in Baku on 3 May." — 29 code points, tokens Ana[0,3) met[4,7) Ben[8,11)
// in[12,14) Baku[15,19) on[20,22) 3[23,24) May[25,28) .[28,29).
const TEXT = 'Ana met Ben in Baku on 3 May.';
const MEETING = documentOf('meeting', TEXT);
const SPANS = [
  spanOf('meeting', 'ana', 'actor', 0, 3), // Ana
  spanOf('meeting', 'ana', 'actor', 8, 11), // Ben
  spanOf('meeting', 'ana', 'date', 23, 28), // 3 May
  spanOf('meeting', 'ben', 'actor', 0, 3), // Ana
  spanOf('meeting', 'ben', 'date', 20, 28), // on 3 May
];

// Token categories (O, actor, date):
//   ana: actor O actor O O O    date date O   → O ×5, actor ×2, date ×2
//   ben: actor O O     O O date date date O   → O ×5, actor ×1, date ×3
// Agreement on 7 of 9 tokens (not on "Ben" and "on").
const COHEN = (9 * 7 - (5 * 5 + 2 * 1 + 2 * 3)) / (81 - 33); // (63 − 33) / 48 = 0.625
// Fleiss with two raters: P̄ = 7/9; pooled O 10, actor 3, date 5 of 18:
// P_e = (100 + 9 + 25) / 324; κ = (252 − 134) / (324 − 134) = 118/190 = 0.62105.
const FLEISS = 118 / 190;
// Krippendorff's α_U over the 29 characters, 2 raters.
// actor: ana [0,3) [8,11), ben [0,3). The two [0,3) agree (δ² = 0); ana's [8,11) lies inside
//   ben's gap [3,29): δ² = 3² = 9. D_O = 2·9 / (2·1·29²).
//   D_E: 3 units of length 3; gaps 5, 18 (ana), 26 (ben). Per unit: (3 − 1)(54 − 27 + 3)/3
//   = 20, plus 3² · ((5 − 2) + (18 − 2) + (26 − 2)) = 387: 407 each, 1221 in all.
//   D_E = 1221 · 2/29 / (2·29·57 − 3·3·2) = 1221 · 2/29 / 3288.
// date: ana [23,28), ben [20,28). Ben's unit starts inside ana's gap [0,23) but is not within
//   it (0); the units overlap: δ² = 3² + 0² = 9. D_O = 2·9 / (2·1·29²) again.
//   D_E: l = 5: (2 − 1)(250 − 75 + 5)/3 + 5²·((20 − 4) + (23 − 4)) = 60 + 875 = 935;
//   l = 8: (1024 − 192 + 8)/3 + 8²·((20 − 7) + (23 − 7)) = 280 + 1856 = 2136 (gaps 23, 1,
//   20, 1). D_E = 3071 · 2/29 / (3306 − (20 + 56)) = 3071 · 2/29 / 3230.
const OBSERVED = 18 / (2 * 29 * 29);
const EXPECTED_ACTOR = (1221 * 2) / 29 / 3288;
const EXPECTED_DATE = (3071 * 2) / 29 / 3230;
const ALPHA_ACTOR = 1 - OBSERVED / EXPECTED_ACTOR; // 0.58214
const ALPHA_DATE = 1 - OBSERVED / EXPECTED_DATE; // 0.83679
const ALPHA = 1 - (2 * OBSERVED) / (EXPECTED_ACTOR + EXPECTED_DATE); // 0.76527
// F1: exact pairs only actor [0,3): 2·1 / (3 + 2) = 0.4. Overlap also pairs the dates:
// 2·2 / 5 = 0.8. Per label: actor 2·1 / (2 + 1) for both; date exact 0 / 2, overlap 2·1 / 2.

/** The enrichment measures of a pair with spans alone: no relations, links or values. */
const UNENRICHED = {
  relationF1Exact: { pairs: { 'ana|ben': null }, mean: null },
  relationF1Overlap: { pairs: { 'ana|ben': null }, mean: null },
  entityAgreement: { pairs: { 'ana|ben': null }, mean: null },
  dateValueAgreement: { pairs: { 'ana|ben': null }, mean: null },
};

describe('computeAgreement', () => {
  it('reports every measure of a hand-checked document, per document, label and overall', () => {
    const report = computeAgreement({
      documents: [MEETING],
      annotations: SPANS,
      raters: annotators('ana', 'ben'),
    });
    const measures = {
      cohenKappa: {
        pairs: { 'ana|ben': expect.closeTo(COHEN, 12) },
        mean: expect.closeTo(COHEN, 12),
      },
      fleissKappa: expect.closeTo(FLEISS, 12),
      krippendorffAlphaU: expect.closeTo(ALPHA, 12),
      f1Exact: { pairs: { 'ana|ben': 0.4 }, mean: 0.4 },
      f1Overlap: { pairs: { 'ana|ben': 0.8 }, mean: 0.8 },
      ...UNENRICHED,
    };
    expect(report).toEqual({
      overall: measures,
      documents: { meeting: measures },
      labels: {
        actor: {
          krippendorffAlphaU: expect.closeTo(ALPHA_ACTOR, 12),
          f1Exact: { pairs: { 'ana|ben': 2 / 3 }, mean: 2 / 3 },
          f1Overlap: { pairs: { 'ana|ben': 2 / 3 }, mean: 2 / 3 },
        },
        date: {
          krippendorffAlphaU: expect.closeTo(ALPHA_DATE, 12),
          f1Exact: { pairs: { 'ana|ben': 0 }, mean: 0 },
          f1Overlap: { pairs: { 'ana|ben': 1 }, mean: 1 },
        },
      },
      relationTypes: {},
    });
    expect(ALPHA).toBeCloseTo(0.76527, 5);
  });

  it('pools kappas and F1 over documents, and averages alpha-U per document', () => {
    // A second document both tag alike: "Ben left." with actor [0,3) by both.
    const left = documentOf('left', 'Ben left.');
    const report = computeAgreement({
      documents: [MEETING, left],
      annotations: [
        ...SPANS,
        spanOf('left', 'ana', 'actor', 0, 3),
        spanOf('left', 'ben', 'actor', 0, 3),
      ],
      raters: annotators('ana', 'ben'),
    });
    // Tokens pooled: 12, agreements 10; ana O 7, actor 3, date 2; ben O 7, actor 2, date 3.
    // κ = (12·10 − (49 + 6 + 6)) / (144 − 61) = 59/83.
    expect(report.overall.cohenKappa.pairs['ana|ben']).toBeCloseTo(59 / 83, 12);
    // F1 pooled: exact 2 pairs of 4 + 3 spans: 4/7; overlap 3 pairs: 6/7.
    expect(report.overall.f1Exact.mean).toBeCloseTo(4 / 7, 12);
    expect(report.overall.f1Overlap.mean).toBeCloseTo(6 / 7, 12);
    // α_U: the second document agrees perfectly (1); the overall value is the mean.
    expect(report.documents[asDocumentId('left')]!.krippendorffAlphaU).toBe(1);
    expect(report.overall.krippendorffAlphaU).toBeCloseTo((ALPHA + 1) / 2, 12);
    // Per label: actor has α_U 1 on "left" and ALPHA_ACTOR on "meeting".
    expect(report.labels['actor' as never]!.krippendorffAlphaU).toBeCloseTo(
      (ALPHA_ACTOR + 1) / 2,
      12,
    );
    expect(report.labels['date' as never]!.krippendorffAlphaU).toBeCloseTo(ALPHA_DATE, 12);
  });

  it('counts a listed annotator without spans as a rater, and explains every null', () => {
    const quiet = documentOf('quiet', 'Nothing here.');
    const scored = scoreAgreement({
      documents: [MEETING, quiet],
      annotations: SPANS,
      raters: new Map([
        [MEETING.id, annotators('ana', 'ben', 'cem')],
        [quiet.id, annotators('cem')],
      ]),
    });
    const meeting = scored.documents.get(MEETING.id)!;
    expect(meeting.raters).toEqual(['ana', 'ben', 'cem']);
    expect([...meeting.cohenKappa.pairs.keys()]).toEqual(['ana|ben', 'ana|cem', 'ben|cem']);
    // cem tagged nothing: against ana, A_o = 5/9 and A_e = 5·9/81, κ = (45 − 45)/(81 − 45) = 0.
    expect(meeting.cohenKappa.pairs.get('ana|cem')!.value).toBe(0);
    expect(meeting.f1Exact.pairs.get('ana|cem')!.value).toBe(0);

    const alone = scored.documents.get(quiet.id)!;
    expect(alone.cohenKappa).toEqual({
      pairs: new Map(),
      mean: { value: null, reason: 'fewer than two annotators' },
    });
    expect(alone.fleissKappa).toEqual({ value: null, reason: 'fewer than two annotators' });
    expect(alone.krippendorffAlphaU).toEqual({ value: null, reason: 'fewer than two annotators' });
    // Overall, the quiet document adds no pair and no α_U: the mean is over "meeting" alone.
    expect(scored.overall.krippendorffAlphaU.value).toBe(meeting.krippendorffAlphaU.value);
  });

  it('gives null, not 0 or 1, where nobody tagged anything', () => {
    const quiet = documentOf('quiet', 'Nothing here.');
    const scored = scoreAgreement({
      documents: [quiet],
      annotations: [],
      raters: annotators('ana', 'ben'),
    });
    const measures = scored.documents.get(quiet.id)!;
    expect(measures.cohenKappa.pairs.get('ana|ben')).toEqual({
      value: null,
      reason: 'neither annotator tagged any token',
    });
    expect(measures.cohenKappa.mean).toEqual({
      value: null,
      reason: 'no pair of annotators has a value',
    });
    expect(measures.krippendorffAlphaU).toEqual({
      value: null,
      reason: 'no spans by any annotator',
    });
    expect(measures.f1Overlap.pairs.get('ana|ben')).toEqual({
      value: null,
      reason: 'no spans by either annotator',
    });
    expect(
      computeAgreement({ documents: [quiet], annotations: [], raters: annotators('ana', 'ben') }),
    ).toEqual({
      overall: {
        cohenKappa: { pairs: { 'ana|ben': null }, mean: null },
        fleissKappa: null,
        krippendorffAlphaU: null,
        f1Exact: { pairs: { 'ana|ben': null }, mean: null },
        f1Overlap: { pairs: { 'ana|ben': null }, mean: null },
        ...UNENRICHED,
      },
      documents: {
        quiet: {
          cohenKappa: { pairs: { 'ana|ben': null }, mean: null },
          fleissKappa: null,
          krippendorffAlphaU: null,
          f1Exact: { pairs: { 'ana|ben': null }, mean: null },
          f1Overlap: { pairs: { 'ana|ben': null }, mean: null },
          ...UNENRICHED,
        },
      },
      labels: {},
      relationTypes: {},
    });
  });

  it('keeps ids that look like object internals as plain keys', () => {
    const report = computeAgreement({
      documents: [MEETING],
      annotations: [
        spanOf('meeting', 'ana', '__proto__', 0, 3),
        spanOf('meeting', 'ben', '__proto__', 0, 3),
      ],
      raters: annotators('ana', 'ben'),
    });
    expect(Object.keys(report.labels)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(report)).labels.__proto__.f1Exact.mean).toBe(1);
  });

  it('rejects spans that do not fit the documents given', () => {
    const input = (span: ReturnType<typeof spanOf>) => ({
      documents: [MEETING],
      annotations: [span],
      raters: annotators('ana'),
    });
    expect(() => computeAgreement(input(spanOf('elsewhere', 'ana', 'actor', 0, 1)))).toThrow(
      RangeError,
    );
    expect(() => computeAgreement(input(spanOf('meeting', 'ana', 'actor', 20, 30)))).toThrow(
      /past its text/,
    );
    expect(() => computeAgreement(input(spanOf('meeting', 'ana', 'actor', 3, 3)))).toThrow(
      /not a span/,
    );
  });
});
