import { describe, expect, it } from 'vitest';
import { computeAgreement } from '../../app/agreement/index.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asRelationId,
  type AnnotatorId,
  type LabelId,
} from '../../app/model/ids.ts';
import { ACTOR, BUILT_IN_LABELS, CLAIM } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { CLAIMANT, type Relation } from '../../app/model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';
import { KORYBKO_EXCERPT, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import {
  agreementInputOf,
  annotatorsWithLayers,
  comparableDocumentIds,
  hasComparableDocument,
  isDefaultRater,
  scoreLibraryAgreement,
  type AgreementLibrary,
} from './agreement-input.ts';
import { agreementView } from './agreement-rows.ts';

const ANA = asAnnotatorId('annotator-ana');
const BO = asAnnotatorId('annotator-bo');
const CHEN = asAnnotatorId('annotator-chen');
const korybko = { id: documentIdOf(KORYBKO_EXCERPT), title: 'Korybko', text: KORYBKO_EXCERPT };
const pompeo = { id: documentIdOf(POMPEO_EXCERPT), title: 'Pompeo', text: POMPEO_EXCERPT };

let serial = 0;
function span(
  document: { id: typeof korybko.id; text: string },
  annotator: AnnotatorId,
  label: LabelId,
  quote: string,
): Annotation {
  const start = [...document.text.slice(0, document.text.indexOf(quote))].length;
  const end = start + [...quote].length;
  return {
    id: asAnnotationId(`a-${serial++}`),
    documentId: document.id,
    label,
    start: codePoints(start),
    end: codePoints(end),
    ...quoteSelectorAt(document.text, codePoints(start), codePoints(end)),
    annotator,
    note: '',
    createdAt: '2024-03-01T09:00:00.000Z',
    updatedAt: '2024-03-01T09:00:00.000Z',
  };
}

/** Korybko: Ana, Bo (no spans left: tagged, then deleted) and the reconciled layer. Pompeo: Ana and Chen. */
function library(): AgreementLibrary {
  return {
    model: {
      documents: [korybko, pompeo],
      annotations: [
        span(korybko, ANA, ACTOR, 'Andrew Korybko'),
        span(korybko, RECONCILED_ANNOTATOR, ACTOR, 'Andrew Korybko'),
        span(pompeo, ANA, ACTOR, 'Mike Pompeo'),
        span(pompeo, ANA, CLAIM, 'The region is experiencing the most hostile struggle'),
        span(pompeo, CHEN, ACTOR, 'Mike Pompeo'),
      ],
      annotators: [
        { id: ANA, name: 'Ana' },
        { id: BO, name: 'Bo' },
        { id: CHEN, name: 'Chen' },
      ],
      labels: [...BUILT_IN_LABELS],
    },
    layers: new Map([
      [korybko.id, [ANA, BO, RECONCILED_ANNOTATOR]],
      [pompeo.id, [ANA, CHEN]],
    ]),
    documentCount: 2,
  };
}

describe('the library as agreement input', () => {
  it('starts with everyone but the reconciled layer, and counts their documents', () => {
    const present = annotatorsWithLayers(library().layers);
    expect([...present]).toEqual([
      [ANA, 2],
      [BO, 1],
      [RECONCILED_ANNOTATOR, 1],
      [CHEN, 1],
    ]);
    expect([...present.keys()].filter(isDefaultRater)).toEqual([ANA, BO, CHEN]);
  });

  it('keeps documents with two chosen raters, a rater without spans included, and only their spans', () => {
    const { input, skipped } = agreementInputOf(library(), new Set([ANA, BO]));
    expect(input.documents.map((document) => document.id)).toEqual([korybko.id]);
    expect(input.raters).toEqual(new Map([[korybko.id, [ANA, BO]]]));
    expect(input.annotations.map((annotation) => annotation.annotator)).toEqual([ANA]);
    expect(skipped).toBe(1);
    // Bo tagged nothing Ana tagged: F1 is 0, not undefined.
    expect(computeAgreement(input).documents[korybko.id]!.f1Exact.mean).toBe(0);
  });

  it('compares the reconciled layer only when it is chosen', () => {
    const { input } = agreementInputOf(library(), new Set([ANA, RECONCILED_ANNOTATOR]));
    expect(input.raters).toEqual(new Map([[korybko.id, [ANA, RECONCILED_ANNOTATOR]]]));
    expect(computeAgreement(input).documents[korybko.id]!.f1Exact.mean).toBe(1);
  });

  it('reads only documents two annotators have layers on, and counts the rest as left out', () => {
    const lone = documentIdOf('A report only Ana read.');
    const layers = new Map([...library().layers, [lone, [ANA]]]);
    expect(comparableDocumentIds(layers)).toEqual([korybko.id, pompeo.id]);
    expect(comparableDocumentIds(new Map([[lone, [ANA]]]))).toEqual([]);
    // Three documents in the library, two read: Ana and Bo compare Korybko only.
    const { skipped } = agreementInputOf(
      { ...library(), layers, documentCount: 3 },
      new Set([ANA, BO]),
    );
    expect(skipped).toBe(2);
  });

  it('has nothing to compare when no document has two chosen raters', () => {
    expect(hasComparableDocument(library().layers, new Set([ANA]))).toBe(false);
    expect(hasComparableDocument(library().layers, new Set([BO, CHEN]))).toBe(false);
    expect(hasComparableDocument(library().layers, new Set([CHEN, ANA]))).toBe(true);
  });
});

describe('the rows the screen shows', () => {
  it('numbers each distinct reason once and shows a lone pair’s value and reason', () => {
    const { scored } = scoreLibraryAgreement(library(), new Set([ANA, BO, CHEN]));
    const view = agreementView(scored, {
      titles: new Map([
        [korybko.id, 'Korybko'],
        [pompeo.id, 'Pompeo'],
      ]),
      labels: new Map(BUILT_IN_LABELS.map((label) => [label.id, label])),
      annotators: new Map([
        [ANA, 'Ana'],
        [BO, 'Bo'],
        [CHEN, 'Chen'],
      ]),
    });
    expect(view.rows.map((row) => row.key)).toEqual([
      'overall',
      'label:actor',
      'label:claim',
      `document:${korybko.id}`,
      `document:${pompeo.id}`,
    ]);
    const overall = view.rows[0]!;
    expect(overall.pairs.map((pair) => pair.name)).toEqual(['Ana – Bo', 'Ana – Chen']);
    expect(overall.cells.f1Exact!.title).toMatch(
      /^Mean over 2 pairs: .*\nAna – Bo: 0\.000\nAna – Chen: 0\.667$/,
    );

    // Per label, the kappas are absent (not undefined); claim has Ana's span only: F1 is 0.
    const claim = view.rows[2]!;
    expect(Object.keys(claim.cells)).toEqual(['krippendorffAlphaU', 'f1Exact', 'f1Overlap']);
    expect(claim.cells.f1Exact!.score.value).toBe(0);

    // Korybko's one pair: Bo is all outside and Ana tagged two tokens, so κ is 0, not undefined.
    const korybkoRow = view.rows[3]!;
    expect(korybkoRow.detail).toBe('Ana, Bo');
    expect(korybkoRow.cells.cohenKappa!.score.value).toBe(0);
    expect(view.notes).toEqual([...new Set(view.notes)]);
    for (const row of view.rows)
      for (const cell of Object.values(row.cells))
        if (cell.score.value === null) expect(view.notes[cell.note! - 1]).toBe(cell.score.reason);
  });

  it('shows the enrichment measures overall and per document, and a row per relation type', () => {
    // On Pompeo, Ana and Chen both link "Mike Pompeo" to an entity of their own lists (one name)
    // and a claim to him as claimant; Ana's claim is Chen's too.
    const claim = (annotator: AnnotatorId) =>
      span(pompeo, annotator, CLAIM, 'The region is experiencing the most hostile struggle');
    const pompeoOf = (annotator: AnnotatorId, entity: string) => ({
      ...span(pompeo, annotator, ACTOR, 'Mike Pompeo'),
      entity: asEntityId(entity),
    });
    const link = (from: Annotation, to: Annotation): Relation => ({
      id: asRelationId(`r-${serial++}`),
      documentId: pompeo.id,
      type: CLAIMANT,
      from: from.id,
      to: to.id,
      annotator: from.annotator,
      createdAt: '2024-03-01T09:00:00.000Z',
      updatedAt: '2024-03-01T09:00:00.000Z',
    });
    const [anaClaim, anaPompeo, chenClaim, chenPompeo] = [
      claim(ANA),
      pompeoOf(ANA, 'e-ana'),
      claim(CHEN),
      pompeoOf(CHEN, 'e-chen'),
    ];
    const base = library();
    const enriched: AgreementLibrary = {
      ...base,
      model: {
        ...base.model,
        annotations: [...base.model.annotations, anaClaim, anaPompeo, chenClaim, chenPompeo],
        relations: [link(anaClaim, anaPompeo), link(chenClaim, chenPompeo)],
        entities: [
          { id: asEntityId('e-ana'), name: 'Mike Pompeo', kind: 'person', aliases: [] },
          { id: asEntityId('e-chen'), name: 'MIKE POMPEO', kind: 'person', aliases: [] },
        ],
      },
    };
    const { scored } = scoreLibraryAgreement(enriched, new Set([ANA, CHEN]));
    const view = agreementView(scored, {
      titles: new Map([[pompeo.id, 'Pompeo']]),
      labels: new Map(BUILT_IN_LABELS.map((label) => [label.id, label])),
      annotators: new Map([
        [ANA, 'Ana'],
        [CHEN, 'Chen'],
      ]),
    });
    expect(view.rows.map((row) => row.key)).toEqual([
      'overall',
      'label:actor',
      'label:claim',
      'relationType:claimant',
      `document:${pompeo.id}`,
    ]);
    const [overall, actor, , claimant, document] = view.rows;
    expect(overall!.cells.relationF1Exact!.score.value).toBe(1);
    expect(overall!.cells.entityAgreement!.score.value).toBe(1);
    expect(document!.cells.relationF1Overlap!.score.value).toBe(1);
    // No date here: undefined, with the reason as a note.
    expect(overall!.cells.dateValueAgreement!.score).toEqual({
      value: null,
      reason: 'no date placed alike by both with a value on each side',
    });
    expect(view.notes).toContain('no date placed alike by both with a value on each side');
    // Per label, no enrichment measure; per relation type, relation F1 alone, under its name.
    expect(Object.keys(actor!.cells)).toEqual(['krippendorffAlphaU', 'f1Exact', 'f1Overlap']);
    expect(claimant!.name).toBe('Claimant');
    expect(Object.keys(claimant!.cells)).toEqual(['relationF1Exact', 'relationF1Overlap']);
  });
});
