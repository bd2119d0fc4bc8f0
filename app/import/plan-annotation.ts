// One annotation of a file, anchored against its document's text: either a full Annotation
// (quote and context recomputed from the text, so they always agree with it) or an orphan
// with the reason. Checks that concern one annotation on its own (timestamps) are here; those
// that need the whole file (labels, duplicate ids, presence) are in plan.ts.

import { isDateTime } from '../formats/dataset/date-time-format.ts';
import type { TextSelector } from '../anchoring/anchor-result.ts';
import { anchorSelector } from '../anchoring/anchor-selector.ts';
import { checkPosition } from '../anchoring/check-position.ts';
import type { Annotation } from '../model/annotation.ts';
import type { AnnotatorId } from '../model/ids.ts';
import { normaliseText } from '../text/normalise.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import type { BundleAnnotation, ImportIssue } from './bundle.ts';
import { derivedAnnotationId } from './derived-annotation-id.ts';
import type { ResolvedDocument } from './plan-documents.ts';
import type { ImportOrphan, ReanchoredAnnotation } from './plan-types.ts';

export type PlannedAnnotation =
  | { kind: 'placed'; annotation: Annotation; reanchored?: ReanchoredAnnotation }
  | { kind: 'orphan'; orphan: ImportOrphan };

/** What every annotation of one import shares. */
export interface AnnotationDefaults {
  annotator: AnnotatorId;
  /** ISO 8601: when neither timestamp is in the file. */
  importedAt: string;
}

/** Anchors one annotation; a malformed timestamp is added to `issues`. */
export function planAnnotation(
  incoming: BundleAnnotation,
  document: ResolvedDocument,
  defaults: AnnotationDefaults,
  issues: ImportIssue[],
): PlannedAnnotation {
  const annotator = incoming.annotator ?? defaults.annotator;
  const createdAt = timestamp(incoming, 'createdAt', issues) ?? defaults.importedAt;
  const updatedAt = timestamp(incoming, 'updatedAt', issues) ?? createdAt;
  const note = incoming.note ?? '';
  const selector = selectorOf(incoming, document);

  const result =
    document.kind === 'missing'
      ? { status: 'orphan' as const, reason: document.reason }
      : anchorSelector(document.text, selector, document.index);
  if (result.status === 'orphan') {
    const documentKey = document.id ?? document.ref;
    const orphan: ImportOrphan = {
      source: incoming.source,
      id:
        incoming.id ??
        derivedAnnotationId([
          'orphan',
          documentKey,
          selector.quote ?? '',
          String(selector.start ?? ''),
          String(selector.end ?? ''),
          incoming.label,
          annotator,
        ]),
      documentRef: document.ref,
      ...(document.id === undefined ? {} : { documentId: document.id }),
      label: incoming.label,
      annotator,
      quote: selector.quote ?? '',
      prefix: selector.prefix ?? '',
      suffix: selector.suffix ?? '',
      ...(isFiniteNumber(selector.start) ? { start: selector.start } : {}),
      ...(isFiniteNumber(selector.end) ? { end: selector.end } : {}),
      note,
      createdAt,
      updatedAt,
      reason: result.reason,
      ...provenanceOf(incoming),
    };
    return { kind: 'orphan', orphan };
  }

  // Only a document with text can anchor; `missing` returned an orphan above.
  const { id: documentId, text, index } = document as Extract<ResolvedDocument, { kind: 'text' }>;
  const { start, end } = result;
  const id =
    incoming.id ?? derivedAnnotationId([documentId, start, end, incoming.label, annotator]);
  const annotation: Annotation = {
    id,
    documentId,
    label: incoming.label,
    start,
    end,
    ...quoteSelectorAt(text, start, end, index),
    annotator,
    note,
    createdAt,
    updatedAt,
    // Kept when re-anchored too: provenance records the decision and its sources as they were
    // when decided, so where the annotation lands now does not change it.
    ...provenanceOf(incoming),
  };
  if (result.status === 'exact') return { kind: 'placed', annotation };
  const reanchored: ReanchoredAnnotation = {
    source: incoming.source,
    id,
    how: result.status,
    ...(result.from === undefined ? {} : { from: result.from }),
    ...(result.offsetsProblem === undefined ? {} : { offsetsProblem: result.offsetsProblem }),
    to: { start, end },
    quote: selector.quote ?? '',
    ...(result.status === 'fuzzy' ? { foundQuote: result.foundQuote, score: result.score } : {}),
  };
  return { kind: 'placed', annotation, reanchored };
}

/**
 * The selector to anchor: the file's, with quote and context normalised like the library's
 * text. When normalising the document changed it (CRLF line ends, decomposed accents) and the
 * file gives offsets without a quote, the offsets count in the file's text, not the library's:
 * the quote they select there is taken along, so anchoring finds where it went instead of
 * trusting offsets that now point elsewhere.
 */
function selectorOf(incoming: BundleAnnotation, document: ResolvedDocument): TextSelector {
  const normalised = (value: string | undefined) =>
    typeof value === 'string' ? normaliseText(value) : undefined;
  const selector: TextSelector = {
    start: incoming.start,
    end: incoming.end,
    quote: normalised(incoming.quote),
    prefix: normalised(incoming.prefix),
    suffix: normalised(incoming.suffix),
  };
  if (document.kind !== 'text' || document.raw === undefined || selector.quote) return selector;
  const position = checkPosition(selector, document.raw.index.codePointLength);
  if (position.kind !== 'usable') return selector;
  const raw = quoteSelectorAt(document.raw.text, position.start, position.end, document.raw.index);
  return {
    ...selector,
    quote: normaliseText(raw.quote),
    prefix: selector.prefix ?? normaliseText(raw.prefix),
    suffix: selector.suffix ?? normaliseText(raw.suffix),
  };
}

function timestamp(
  incoming: BundleAnnotation,
  field: 'createdAt' | 'updatedAt',
  issues: ImportIssue[],
): string | undefined {
  const value = incoming[field];
  if (value === undefined) return undefined;
  // The dataset schema's rule, so that whatever an import stores, an export can write.
  if (typeof value === 'string' && isDateTime(value)) return value;
  issues.push({
    path: incoming.source,
    message: `${field}: expected an RFC 3339 date-time with seconds and a time zone, such as "2024-05-01T09:30:00Z", found ${JSON.stringify(value)}`,
  });
  return undefined;
}

/** The file's provenance, whole; an annotation without any gets no field. */
function provenanceOf(incoming: BundleAnnotation): Pick<Annotation, 'provenance'> {
  return incoming.provenance === undefined ? {} : { provenance: incoming.provenance };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
