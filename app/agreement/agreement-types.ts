// The shapes of an agreement computation: what goes in, the scored result the app and the CLI
// read (every value with the reason when it is undefined), and the JSON report of
// `marginalia agree --json` (values only, null when undefined).

import type { Annotation } from '../model/annotation.ts';
import type { AnnotatorId, DocumentId, LabelId } from '../model/ids.ts';
import type { Score } from './score.ts';

export interface AgreementInput {
  documents: readonly { id: DocumentId; text: string }[];
  annotations: readonly Pick<Annotation, 'documentId' | 'label' | 'start' | 'end' | 'annotator'>[];
  /**
   * Who rated each document: one list for all, or a list per document (a document missing from
   * the map has none). An annotator with a span on a document is one of its raters regardless.
   */
  raters: readonly AnnotatorId[] | ReadonlyMap<DocumentId, readonly AnnotatorId[]>;
}

/** `"<id>|<id>"`, the two annotator ids in code-unit order. */
export type AnnotatorPair = string;

export interface ScoredPairwise {
  /** Every pair of annotators who both rate the documents concerned, in key order. */
  pairs: Map<AnnotatorPair, Score>;
  /** The mean of the pairs' defined values. */
  mean: Score;
}

export interface ScoredMeasures {
  cohenKappa: ScoredPairwise;
  fleissKappa: Score;
  krippendorffAlphaU: Score;
  f1Exact: ScoredPairwise;
  f1Overlap: ScoredPairwise;
}

export interface ScoredLabelMeasures {
  krippendorffAlphaU: Score;
  f1Exact: ScoredPairwise;
  f1Overlap: ScoredPairwise;
}

export interface ScoredAgreement {
  overall: ScoredMeasures;
  /** Every input document, in input order. */
  documents: Map<DocumentId, ScoredMeasures & { raters: AnnotatorId[] }>;
  /** Every label some annotation uses, in code-unit order of the ids. */
  labels: Map<LabelId, ScoredLabelMeasures>;
}

/** A pairwise measure in the JSON report. */
export interface PairwiseAgreement {
  pairs: Record<AnnotatorPair, number | null>;
  mean: number | null;
}

export interface AgreementMeasures {
  cohenKappa: PairwiseAgreement;
  fleissKappa: number | null;
  krippendorffAlphaU: number | null;
  f1Exact: PairwiseAgreement;
  f1Overlap: PairwiseAgreement;
}

export interface LabelAgreementMeasures {
  krippendorffAlphaU: number | null;
  f1Exact: PairwiseAgreement;
  f1Overlap: PairwiseAgreement;
}

/** What `marginalia agree --json` prints. */
export interface AgreementReport {
  overall: AgreementMeasures;
  documents: Record<DocumentId, AgreementMeasures>;
  labels: Record<LabelId, LabelAgreementMeasures>;
}
