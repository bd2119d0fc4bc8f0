// An orphan placed by hand: the analyst found where it belongs, so it becomes an annotation
// at that place. What the annotation says (label, note, provenance) and who said it stay the
// orphan's; where it is and what it quotes come from the text at the chosen place.

import type { Annotation } from '../model/annotation.ts';
import type { DocumentId } from '../model/ids.ts';
import type { ImportOrphan } from './plan-types.ts';

/** Where an orphan is placed: offsets and the quote with context read from the text there. */
export type OrphanPlacement = Pick<Annotation, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>;

/**
 * The annotation an orphan becomes when placed. It keeps the orphan's id, so that a review
 * citing it finds it and a re-import of the same file counts it as already present; and its
 * annotator, so a colleague's orphan goes back into the colleague's layer.
 */
export function annotationFromOrphan(
  orphan: ImportOrphan,
  documentId: DocumentId,
  placement: OrphanPlacement,
  placedAt: Date,
): Annotation {
  // Field by field, not a spread: an orphan row carries import bookkeeping (source, reason,
  // file name) that is no part of an annotation.
  return {
    id: orphan.id,
    documentId,
    label: orphan.label,
    start: placement.start,
    end: placement.end,
    quote: placement.quote,
    prefix: placement.prefix,
    suffix: placement.suffix,
    annotator: orphan.annotator,
    note: orphan.note,
    createdAt: orphan.createdAt,
    updatedAt: placedAt.toISOString(),
    ...(orphan.provenance === undefined ? {} : { provenance: orphan.provenance }),
    ...(orphan.entity === undefined ? {} : { entity: orphan.entity }),
    ...(orphan.value === undefined ? {} : { value: orphan.value }),
    ...(orphan.valueStatus === undefined ? {} : { valueStatus: orphan.valueStatus }),
  };
}
