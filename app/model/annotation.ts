import type { DateValue, ValueStatus } from './date-value.ts';
import type { AnnotationId, AnnotatorId, DocumentId, EntityId, LabelId } from './ids.ts';
import type { DocumentMetadata } from './document-metadata.ts';
import type { CodePointOffset } from './offsets.ts';
import type { AnnotationProvenance, AnnotatorRole } from './review.ts';

/**
 * One tagged span, stored standoff: the document's text is never touched. `quote` always equals
 * the document text between `start` and `end` (code points, end-exclusive); `prefix` and
 * `suffix` carry up to 32 code points of context either side so the span can be re-anchored
 * if offsets ever disagree with the text (the TextQuoteSelector idea of the W3C model).
 */
export interface Annotation {
  id: AnnotationId;
  documentId: DocumentId;
  label: LabelId;
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  prefix: string;
  suffix: string;
  annotator: AnnotatorId;
  /** Free text the analyst wrote about this span; empty when none. */
  note: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** How an annotation of the reconciled layer was decided; absent on every other layer. */
  provenance?: AnnotationProvenance;
  /** Actor annotations only: the entity of the library's list this mention stands for. */
  entity?: EntityId;
  /** Date annotations only: the calendar value the expression denotes (app/model/date-value.ts). */
  value?: DateValue;
  /** With `value`: proposed by the date parser (`suggested`) or set or confirmed by the analyst. */
  valueStatus?: ValueStatus;
}

/** How much context either side of a quote an annotation keeps. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** A person who annotates; the id is stable, the name is what they chose and may change. */
export interface Annotator {
  id: AnnotatorId;
  name: string;
  /** Absent means 'annotator'; only the reserved RECONCILED_ANNOTATOR is 'reconciled'. */
  role?: AnnotatorRole;
}

/**
 * A source document as the library knows it. `text` is normalised (see app/text/normalise);
 * `publishedAt` (`YYYY-MM-DD`) is what relative dates are resolved against.
 */
export interface SourceDocument extends DocumentMetadata {
  id: DocumentId;
  title: string;
  text: string;
  /**
   * Where each page starts, in code points, for a document imported from a paged format (PDF):
   * page 1 starts at 0; absent for a document without pages.
   */
  pageStarts?: number[];
}

/** Orders annotations by start, then longer first, then id: the order of every list. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
