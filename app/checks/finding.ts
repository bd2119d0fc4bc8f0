// A consistency-check finding (issue 10): something in one annotator's layer that looks
// inconsistent, where it is, and the fix the app offers. Findings are computed from the data
// alone (app/checks/check-layers.ts), so the Checks screen and `marginalia check` agree.

import type { AnnotationId, AnnotatorId, DocumentId, EntityId, LabelId } from '../model/ids.ts';
import type { CodePointOffset } from '../model/offsets.ts';

/** The kinds, in the order the screen and the CLI list them. */
export const FINDING_KINDS = [
  'label-mismatch',
  'missed-occurrence',
  'entity-mismatch',
  'unlinked-mention',
  'claim-without-claimant',
  'claim-without-date',
  'date-without-value',
  'date-value-unconfirmed',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** What each kind is called in a list ("Missed occurrences (3)"). */
export const FINDING_KIND_TITLES: Record<FindingKind, string> = {
  'label-mismatch': 'Label mismatches',
  'missed-occurrence': 'Missed occurrences',
  'entity-mismatch': 'Entity mismatches',
  'unlinked-mention': 'Unlinked mentions',
  'claim-without-claimant': 'Claims without claimant',
  'claim-without-date': 'Claims without date',
  'date-without-value': 'Dates without value',
  'date-value-unconfirmed': 'Suggested values not confirmed',
};

/** A place a finding points at: a span of a document, and the annotation there if any. */
export interface FindingLocation {
  documentId: DocumentId;
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  /** Absent for a missed occurrence: nothing is tagged there yet. */
  annotationId?: AnnotationId;
  /** The label of the annotation there. */
  label?: LabelId;
}

/** The fix a finding offers; `open` when only the analyst can tell (a claimant to find). */
export type FindingFix =
  /** Tag the (first) location with `label`. */
  | { kind: 'tag'; label: LabelId }
  /** Relabel these annotations as `label` (the label most places carry). */
  | { kind: 'relabel'; label: LabelId; annotationIds: AnnotationId[] }
  /** Link these actor annotations to `entity` (the entity most mentions link to). */
  | { kind: 'link-entity'; entity: EntityId; annotationIds: AnnotationId[] }
  /** Confirm the suggested value of this date annotation. */
  | { kind: 'confirm-value'; annotationId: AnnotationId }
  | { kind: 'open' };

export interface Finding {
  /**
   * Stable across runs and machines (no ids, only what the layer says: the annotator, the
   * label, the text, the document and offsets), so a dismissal keyed by it outlives a re-import.
   */
  key: string;
  kind: FindingKind;
  /** The layer the finding is about. */
  annotator: AnnotatorId;
  /** The document it concerns, or null when it spans the library (mismatches of one text). */
  documentId: DocumentId | null;
  /** One sentence, for the screen and the terminal. */
  message: string;
  /** The first is where "Open" goes. */
  locations: FindingLocation[];
  fix: FindingFix;
}
