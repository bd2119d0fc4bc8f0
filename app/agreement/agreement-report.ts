// The agreement report `marginalia agree --json` prints and the app shows: the scored result
// with each undefined value turned into null (its reason stays in the ScoredAgreement, for
// whoever explains it).

import type {
  AgreementInput,
  AgreementMeasures,
  AgreementReport,
  LabelAgreementMeasures,
  PairwiseAgreement,
  RelationTypeAgreementMeasures,
  ScoredAgreement,
  ScoredLabelMeasures,
  ScoredMeasures,
  ScoredPairwise,
  ScoredRelationTypeMeasures,
} from './agreement-types.ts';
import { scoreAgreement } from './score-agreement.ts';

/** Every measure per document, per label, per relation type and overall, as the JSON report. */
export function computeAgreement(input: AgreementInput): AgreementReport {
  return agreementReportOf(scoreAgreement(input));
}

/** The JSON report of a scored agreement: values only, null where undefined. */
export function agreementReportOf(scored: ScoredAgreement): AgreementReport {
  // Object.fromEntries, not assignment: an id such as "__proto__" must stay an ordinary key.
  return {
    overall: measuresOf(scored.overall),
    documents: Object.fromEntries(
      [...scored.documents].map(([id, measures]) => [id, measuresOf(measures)]),
    ),
    labels: Object.fromEntries(
      [...scored.labels].map(([id, measures]) => [id, labelMeasuresOf(measures)]),
    ),
    relationTypes: Object.fromEntries(
      [...scored.relationTypes].map(([id, measures]) => [id, relationTypeMeasuresOf(measures)]),
    ),
  };
}

function measuresOf(measures: ScoredMeasures): AgreementMeasures {
  return {
    cohenKappa: pairwiseOf(measures.cohenKappa),
    fleissKappa: measures.fleissKappa.value,
    krippendorffAlphaU: measures.krippendorffAlphaU.value,
    f1Exact: pairwiseOf(measures.f1Exact),
    f1Overlap: pairwiseOf(measures.f1Overlap),
    relationF1Exact: pairwiseOf(measures.relationF1Exact),
    relationF1Overlap: pairwiseOf(measures.relationF1Overlap),
    entityAgreement: pairwiseOf(measures.entityAgreement),
    dateValueAgreement: pairwiseOf(measures.dateValueAgreement),
  };
}

function relationTypeMeasuresOf(
  measures: ScoredRelationTypeMeasures,
): RelationTypeAgreementMeasures {
  return {
    relationF1Exact: pairwiseOf(measures.relationF1Exact),
    relationF1Overlap: pairwiseOf(measures.relationF1Overlap),
  };
}

function labelMeasuresOf(measures: ScoredLabelMeasures): LabelAgreementMeasures {
  return {
    krippendorffAlphaU: measures.krippendorffAlphaU.value,
    f1Exact: pairwiseOf(measures.f1Exact),
    f1Overlap: pairwiseOf(measures.f1Overlap),
  };
}

function pairwiseOf(pairwise: ScoredPairwise): PairwiseAgreement {
  return {
    pairs: Object.fromEntries([...pairwise.pairs].map(([key, score]) => [key, score.value])),
    mean: pairwise.mean.value,
  };
}
