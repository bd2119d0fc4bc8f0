// The shapes of an agreement computation: what goes in, the scored result the app and the CLI
// read (every value with the reason when it is undefined), and the JSON report of
// `marginalia agree --json` (values only, null when undefined).

import type { EntityIdentity } from '../entities/same-entity.ts';
import type { Annotation } from '../model/annotation.ts';
import type { AnnotatorId, DocumentId, LabelId, RelationTypeId } from '../model/ids.ts';
import type { Relation } from '../model/relation.ts';
import type { Score } from './score.ts';

/**
 * A span as agreement reads it. `id` lets relations name it as an endpoint; `entity` (on an
 * actor) and `value` (on a date) are what entityAgreement and dateValueAgreement compare.
 */
export type AgreementAnnotation = Pick<
  Annotation,
  'documentId' | 'label' | 'start' | 'end' | 'annotator'
> &
  Partial<Pick<Annotation, 'id' | 'entity' | 'value'>>;

/** A relation as agreement reads it: its endpoints are annotation ids of its document and annotator. */
export type AgreementRelation = Pick<Relation, 'documentId' | 'type' | 'from' | 'to' | 'annotator'>;

export interface AgreementInput {
  documents: readonly { id: DocumentId; text: string }[];
  annotations: readonly AgreementAnnotation[];
  /**
   * Who rated each document: one list for all, or a list per document (a document missing from
   * the map has none). An annotator with a span on a document is one of its raters regardless.
   */
  raters: readonly AnnotatorId[] | ReadonlyMap<DocumentId, readonly AnnotatorId[]>;
  /** Relations between the annotations; one whose endpoints are not among them is skipped. */
  relations?: readonly AgreementRelation[];
  /**
   * The entities the annotations link to, by id. A link to an id not listed here is the same
   * entity as another link only when the ids are equal.
   */
  entities?: readonly EntityIdentity[];
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
  relationF1Exact: ScoredPairwise;
  relationF1Overlap: ScoredPairwise;
  entityAgreement: ScoredPairwise;
  dateValueAgreement: ScoredPairwise;
}

export interface ScoredLabelMeasures {
  krippendorffAlphaU: Score;
  f1Exact: ScoredPairwise;
  f1Overlap: ScoredPairwise;
}

export interface ScoredRelationTypeMeasures {
  relationF1Exact: ScoredPairwise;
  relationF1Overlap: ScoredPairwise;
}

/** How much enrichment the measures compared; all 0 for spans alone. */
export interface EnrichmentCounts {
  /** Relations whose two endpoints are among the annotations. */
  relations: number;
  /** Actor annotations with an entity. */
  entityLinks: number;
  /** Date annotations with a value. */
  dateValues: number;
}

export interface ScoredAgreement {
  overall: ScoredMeasures;
  /** Every input document, in input order. */
  documents: Map<DocumentId, ScoredMeasures & { raters: AnnotatorId[] }>;
  /** Every label some annotation uses, in code-unit order of the ids. */
  labels: Map<LabelId, ScoredLabelMeasures>;
  /** Every relation type some relation compared uses, in code-unit order of the ids. */
  relationTypes: Map<RelationTypeId, ScoredRelationTypeMeasures>;
  enrichment: EnrichmentCounts;
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
  relationF1Exact: PairwiseAgreement;
  relationF1Overlap: PairwiseAgreement;
  entityAgreement: PairwiseAgreement;
  dateValueAgreement: PairwiseAgreement;
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
  relationTypes: Record<RelationTypeId, RelationTypeAgreementMeasures>;
}

export interface RelationTypeAgreementMeasures {
  relationF1Exact: PairwiseAgreement;
  relationF1Overlap: PairwiseAgreement;
}
