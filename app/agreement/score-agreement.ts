// Every measure, per document, per label and over the whole set, in one pass over the
// documents. Each document is tokenised and its spans grouped once; what pools across documents
// (kappa counts, F1 pairs) is kept as tallies and added up, so the set costs the sum of its
// documents. The enrichment measures (relations, entities, date values) ride along on the same
// pass: enrichment-agreement.ts.

import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId, DocumentId, LabelId, RelationTypeId } from '../model/ids.ts';
import type {
  AgreementInput,
  AnnotatorPair,
  EnrichmentCounts,
  ScoredAgreement,
  ScoredLabelMeasures,
  ScoredMeasures,
  ScoredPairwise,
  ScoredRelationTypeMeasures,
} from './agreement-types.ts';
import { indexPairs, pairKey } from './annotator-pairs.ts';
import {
  addCohenTally,
  cohenKappa,
  emptyCohenTally,
  tallyCohen,
  type CohenTally,
} from './cohen-kappa.ts';
import {
  emptyEnrichmentTally,
  NO_DATE_VALUE_PAIRS,
  NO_ENTITY_PAIRS,
  raterEnrichmentOf,
  relationF1Score,
  resolveEnrichment,
  sameEntityIdOf,
  tallyEnrichment,
  type DocumentEnrichment,
  type EnrichmentTally,
  type RaterEnrichment,
} from './enrichment-agreement.ts';
import {
  addF1Tally,
  emptyF1Tally,
  exactMatchCount,
  f1Score,
  overlapMatchCount,
  type F1Tally,
  type PlainSpan,
} from './f1-matching.ts';
import { addFleissTally, emptyFleissTally, fleissKappa, tallyFleiss } from './fleiss-kappa.ts';
import { krippendorffAlphaUnitizing, type UnitizingUnit } from './krippendorff-alpha-unitizing.ts';
import { placedScore } from './placed-alike.ts';
import { meanScore, type Score } from './score.ts';
import { byPosition } from './span-order.ts';
import { labelTokens } from './token-labels.ts';
import { tokenize } from './tokenize.ts';

/**
 * One document's spans by rater. Each span is made once, as a unit that knows its rater's
 * index among `raters` (sorted ids), and serves token labelling, F1 and α_U alike: at 100,000
 * spans per annotator, copies are what the garbage collector would spend its time on.
 */
interface DocumentSpans {
  id: DocumentId;
  text: string;
  /** The largest end of a span, checked against the text's length once it is tokenised. */
  lastEnd: number;
  spans: Map<AnnotatorId, UnitizingUnit[]>;
  raters: AnnotatorId[];
  /** Relations, entity links and date values by rater; absent when the document has none. */
  enrichment?: DocumentEnrichment;
}

/** Pooled tallies of one pair of annotators: kappa counts, and F1 overall and per category. */
interface PairTallies {
  cohen: CohenTally;
  exact: F1Tally;
  overlap: F1Tally;
  exactByCategory: F1Tally[];
  overlapByCategory: F1Tally[];
  enrichment: EnrichmentTally;
}

/**
 * Scores the agreement of `input`. Throws a RangeError for input that breaks the model's rules
 * (a span on a document not given, offsets outside the text, a document given twice): callers
 * pass validated datasets.
 */
export function scoreAgreement(input: AgreementInput): ScoredAgreement {
  const labelSet = new Set<LabelId>();
  for (const annotation of input.annotations) labelSet.add(annotation.label);
  const labels = [...labelSet].sort(compareStrings);
  // Category 0 is "outside"; labels are 1…K in id order, so a smaller number is an earlier id.
  const categoryOf = new Map(labels.map((label, i) => [label, i + 1]));
  const categoryCount = labels.length + 1;
  const enrichmentCounts: EnrichmentCounts = { relations: 0, entityLinks: 0, dateValues: 0 };
  const relationTypeSet = new Set<RelationTypeId>();
  const documents = groupSpans(input, categoryOf);
  const sameEntityId = sameEntityIdOf(input.entities);

  const overallFleiss = emptyFleissTally(categoryCount);
  const pairTallies = new Map<AnnotatorPair, PairTallies>();
  const alphaByCategory: Score[][] = Array.from({ length: categoryCount }, () => []);
  const documentAlphas: Score[] = [];
  const scoredDocuments: ScoredAgreement['documents'] = new Map();

  for (const document of documents) {
    const { raters } = document;
    const tokens = tokenize(document.text);
    if (document.lastEnd > tokens.length)
      throw new RangeError(`a span on ${document.id} ends at ${document.lastEnd}, past its text`);
    const layers = raters.map((rater) => labelTokens(tokens, document.spans.get(rater)!));
    const byCategory = raters.map((rater) => spansByCategory(document.spans.get(rater)!));
    // Resolved here rather than while grouping, so what it makes dies with the document.
    const collected = document.enrichment;
    const resolved = raters.map((rater) => {
      const own = collected?.get(rater);
      return own && resolveEnrichment(own, enrichmentCounts, relationTypeSet);
    });

    const fleiss = emptyFleissTally(categoryCount);
    tallyFleiss(fleiss, layers);
    addFleissTally(overallFleiss, fleiss);

    const cohen = new Map<AnnotatorPair, Score>();
    const exact = new Map<AnnotatorPair, Score>();
    const overlap = new Map<AnnotatorPair, Score>();
    const relationExact = new Map<AnnotatorPair, Score>();
    const relationOverlap = new Map<AnnotatorPair, Score>();
    const entity = new Map<AnnotatorPair, Score>();
    const dateValue = new Map<AnnotatorPair, Score>();
    for (const [i, j] of indexPairs(raters.length)) {
      const key = pairKey(raters[i]!, raters[j]!);
      const pooled = pairTalliesOf(pairTallies, key, categoryCount);
      const cohenTally = emptyCohenTally(categoryCount);
      tallyCohen(cohenTally, layers[i]!, layers[j]!);
      addCohenTally(pooled.cohen, cohenTally);
      cohen.set(key, cohenKappa(cohenTally));

      const exactTally = emptyF1Tally();
      const overlapTally = emptyF1Tally();
      for (const category of new Set([...byCategory[i]!.keys(), ...byCategory[j]!.keys()])) {
        const first = byCategory[i]!.get(category) ?? [];
        const second = byCategory[j]!.get(category) ?? [];
        const sizes = { first: first.length, second: second.length };
        const exactHere = { matches: exactMatchCount(first, second), ...sizes };
        const overlapHere = { matches: overlapMatchCount(first, second), ...sizes };
        addF1Tally(exactTally, exactHere);
        addF1Tally(overlapTally, overlapHere);
        addF1Tally(pooled.exactByCategory[category]!, exactHere);
        addF1Tally(pooled.overlapByCategory[category]!, overlapHere);
      }
      addF1Tally(pooled.exact, exactTally);
      addF1Tally(pooled.overlap, overlapTally);
      exact.set(key, f1Score(exactTally));
      overlap.set(key, f1Score(overlapTally));

      const enriched = tallyEnrichment(resolved[i], resolved[j], sameEntityId, pooled.enrichment);
      relationExact.set(key, relationF1Score(enriched.relationExact));
      relationOverlap.set(key, relationF1Score(enriched.relationOverlap));
      entity.set(key, placedScore(enriched.entity, NO_ENTITY_PAIRS));
      dateValue.set(key, placedScore(enriched.dateValue, NO_DATE_VALUE_PAIRS));
    }

    const alpha = krippendorffAlphaUnitizing({
      begin: 0,
      length: tokens.length,
      raterCount: raters.length,
      units: raters.flatMap((rater) => document.spans.get(rater)!),
    });
    documentAlphas.push(alpha.overall);
    for (const [category, score] of alpha.byCategory) alphaByCategory[category]!.push(score);

    // Pooled in the tallies now: let the collector have it while the next documents are scored.
    document.enrichment = undefined;
    const noPairs =
      raters.length < 2 ? 'fewer than two annotators' : 'no pair of annotators has a value';
    scoredDocuments.set(document.id, {
      raters,
      cohenKappa: pairwise(cohen, noPairs),
      fleissKappa: fleissKappa(fleiss),
      krippendorffAlphaU: alpha.overall,
      f1Exact: pairwise(exact, noPairs),
      f1Overlap: pairwise(overlap, noPairs),
      relationF1Exact: pairwise(relationExact, noPairs),
      relationF1Overlap: pairwise(relationOverlap, noPairs),
      entityAgreement: pairwise(entity, noPairs),
      dateValueAgreement: pairwise(dateValue, noPairs),
    });
  }

  const pairKeys = [...pairTallies.keys()].sort(compareStrings);
  const noPairs =
    pairKeys.length === 0 ? 'no document has two annotators' : 'no pair of annotators has a value';
  const pooledPairwise = (score: (tallies: PairTallies) => Score) =>
    pairwise(new Map(pairKeys.map((key) => [key, score(pairTallies.get(key)!)])), noPairs);

  const overall: ScoredMeasures = {
    cohenKappa: pooledPairwise((tallies) => cohenKappa(tallies.cohen)),
    fleissKappa: fleissKappa(overallFleiss),
    krippendorffAlphaU: meanScore(
      documentAlphas,
      documents.length === 0 ? 'no documents' : 'no document has a value',
    ),
    f1Exact: pooledPairwise((tallies) => f1Score(tallies.exact)),
    f1Overlap: pooledPairwise((tallies) => f1Score(tallies.overlap)),
    relationF1Exact: pooledPairwise((tallies) => relationF1Score(tallies.enrichment.relationExact)),
    relationF1Overlap: pooledPairwise((tallies) =>
      relationF1Score(tallies.enrichment.relationOverlap),
    ),
    entityAgreement: pooledPairwise((tallies) =>
      placedScore(tallies.enrichment.entity, NO_ENTITY_PAIRS),
    ),
    dateValueAgreement: pooledPairwise((tallies) =>
      placedScore(tallies.enrichment.dateValue, NO_DATE_VALUE_PAIRS),
    ),
  };
  const scoredLabels = new Map<LabelId, ScoredLabelMeasures>(
    labels.map((label, i) => {
      const category = i + 1;
      return [
        label,
        {
          krippendorffAlphaU: meanScore(
            alphaByCategory[category]!,
            'no document with two annotators and spans of this label has a value',
          ),
          f1Exact: pooledPairwise((tallies) => f1Score(tallies.exactByCategory[category]!)),
          f1Overlap: pooledPairwise((tallies) => f1Score(tallies.overlapByCategory[category]!)),
        },
      ];
    }),
  );
  const relationTypes = new Map<RelationTypeId, ScoredRelationTypeMeasures>(
    [...relationTypeSet].sort(compareStrings).map((type) => [
      type,
      {
        relationF1Exact: pooledPairwise((tallies) =>
          relationF1Score(tallies.enrichment.relationExactByType.get(type)),
        ),
        relationF1Overlap: pooledPairwise((tallies) =>
          relationF1Score(tallies.enrichment.relationOverlapByType.get(type)),
        ),
      },
    ]),
  );
  return {
    overall,
    documents: scoredDocuments,
    labels: scoredLabels,
    relationTypes,
    enrichment: enrichmentCounts,
  };
}

function pairwise(pairs: Map<AnnotatorPair, Score>, whenNone: string): ScoredPairwise {
  const sorted = new Map([...pairs].sort(([a], [b]) => compareStrings(a, b)));
  return { pairs: sorted, mean: meanScore(sorted.values(), whenNone) };
}

function pairTalliesOf(
  tallies: Map<AnnotatorPair, PairTallies>,
  key: AnnotatorPair,
  categoryCount: number,
): PairTallies {
  let found = tallies.get(key);
  if (found === undefined) {
    found = {
      cohen: emptyCohenTally(categoryCount),
      exact: emptyF1Tally(),
      overlap: emptyF1Tally(),
      exactByCategory: Array.from({ length: categoryCount }, emptyF1Tally),
      overlapByCategory: Array.from({ length: categoryCount }, emptyF1Tally),
      enrichment: emptyEnrichmentTally(),
    };
    tallies.set(key, found);
  }
  return found;
}

function spansByCategory(spans: readonly UnitizingUnit[]): Map<number, PlainSpan[]> {
  const grouped = new Map<number, PlainSpan[]>();
  for (const span of spans) {
    const list = grouped.get(span.category);
    if (list === undefined) grouped.set(span.category, [span]);
    else list.push(span);
  }
  return grouped;
}

/**
 * Documents in input order with their spans by rater, after checking them against the text,
 * and their enrichment (not yet resolved).
 */
function groupSpans(input: AgreementInput, categoryOf: Map<LabelId, number>): DocumentSpans[] {
  const byId = new Map<DocumentId, DocumentSpans>();
  for (const { id, text } of input.documents) {
    if (byId.has(id)) throw new RangeError(`document ${id} is given twice`);
    const raters = Array.isArray(input.raters)
      ? (input.raters as readonly AnnotatorId[])
      : ((input.raters as ReadonlyMap<DocumentId, readonly AnnotatorId[]>).get(id) ?? []);
    const spans = new Map<AnnotatorId, UnitizingUnit[]>(raters.map((rater) => [rater, []]));
    byId.set(id, { id, text, lastEnd: 0, spans, raters: [] });
  }
  // Relations first, so that a document with relations keeps every annotation (any may be an
  // endpoint). A relation on a document not given has no endpoint among the annotations and is
  // skipped like any such.
  for (const relation of input.relations ?? []) {
    const document = byId.get(relation.documentId);
    if (document === undefined) continue;
    const rater = raterEnrichmentOf((document.enrichment ??= new Map()), relation.annotator);
    rater.relations.push(relation);
  }
  // The enrichment of the last (document, annotator) seen, known by its list of spans: an
  // annotator's spans on a document come in a row, and a map lookup per span cost more than
  // keeping the span (measured).
  let lastSpans: UnitizingUnit[] | undefined;
  let lastRater: RaterEnrichment | undefined;
  for (const annotation of input.annotations) {
    const document = byId.get(annotation.documentId);
    if (document === undefined)
      throw new RangeError(`an annotation is on document ${annotation.documentId}, not given`);
    const { start, end, annotator, label } = annotation;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end))
      throw new RangeError(`span [${start}, ${end}) on ${document.id} is not a span`);
    if (end > document.lastEnd) document.lastEnd = end;
    let spans = document.spans.get(annotator);
    if (spans === undefined) document.spans.set(annotator, (spans = []));
    spans.push({ rater: -1, category: categoryOf.get(label)!, start, end });
    if (
      document.enrichment !== undefined ||
      annotation.entity !== undefined ||
      annotation.value !== undefined
    ) {
      if (spans !== lastSpans || lastRater === undefined) {
        lastSpans = spans;
        lastRater = raterEnrichmentOf((document.enrichment ??= new Map()), annotator);
      }
      lastRater.annotations.push(annotation);
    }
  }
  const documents = [...byId.values()];
  for (const document of documents) {
    document.raters = [...document.spans.keys()].sort(compareStrings);
    document.raters.forEach((rater, index) => {
      const spans = document.spans.get(rater)!.sort(byPosition);
      for (const unit of spans) unit.rater = index;
    });
  }
  return documents;
}
