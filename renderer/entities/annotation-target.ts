// Where the Entities screen's lists open a document: at an annotation, selecting it when the
// document holds it in the analyst's layer, else scrolling to its span and flashing it.

import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentTarget } from '../shell/views.ts';

export function annotationTarget(annotation: Annotation): DocumentTarget {
  return {
    id: annotation.documentId,
    focus: { start: annotation.start, end: annotation.end, annotationId: annotation.id },
  };
}
