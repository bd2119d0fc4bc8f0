// Inter-annotator agreement: the one implementation the app and `marginalia agree` share.
// docs/agreement.md defines each measure and its conventions.

export { agreementReportOf, computeAgreement } from './agreement-report.ts';
export { scoreAgreement } from './score-agreement.ts';
export type {
  AgreementAnnotation,
  AgreementInput,
  AgreementMeasures,
  AgreementRelation,
  AgreementReport,
  AnnotatorPair,
  LabelAgreementMeasures,
  EnrichmentCounts,
  PairwiseAgreement,
  RelationTypeAgreementMeasures,
  ScoredAgreement,
  ScoredLabelMeasures,
  ScoredMeasures,
  ScoredPairwise,
  ScoredRelationTypeMeasures,
} from './agreement-types.ts';
export type { Score } from './score.ts';
