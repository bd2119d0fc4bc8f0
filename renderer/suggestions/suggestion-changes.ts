// What accepting or rejecting a suggestion changes, as the one change model's changes: an
// accepted suggestion is an annotation like one tagged by hand (its quote and context read from
// the text, a date's proposed value marked suggested, an actor linked to its entity); a rejected
// one is a dismissal, keyed by the suggestion, so it stays rejected in this document.

import { createDismissal } from '../../app/model/dismissal.ts';
import { asAnnotationId, type AnnotatorId } from '../../app/model/ids.ts';
import { newAnnotation } from '../../app/model/new-annotation.ts';
import type { Suggestion } from '../../app/suggestions/index.ts';
import type { AnnotationChange, DismissalChange } from '../changes/change.ts';
import type { DocumentSession } from '../document/document-session.ts';

/** The annotation an accepted suggestion becomes, in `annotator`'s layer. */
export function annotationChangeOf(
  session: DocumentSession,
  suggestion: Suggestion,
  annotator: AnnotatorId,
  now: Date,
): AnnotationChange {
  // A value the suggestion proposes is marked suggested, as the Value field expects of a value it
  // did not hear from the analyst.
  const document = {
    id: session.documentId,
    text: session.text,
    index: session.index,
    publishedAt: session.metadata.publishedAt,
  };
  const annotation = newAnnotation(document, {
    id: asAnnotationId(crypto.randomUUID()),
    label: suggestion.label,
    range: suggestion,
    annotator,
    now,
    entity: suggestion.entity,
    value: suggestion.value,
  });
  return { before: null, after: annotation };
}

/** The dismissal that remembers `annotator` rejected a suggestion in this document. */
export function rejectionOf(
  session: DocumentSession,
  suggestion: Suggestion,
  annotator: AnnotatorId,
  now: Date,
): DismissalChange {
  return {
    kind: 'dismissal',
    before: null,
    after: createDismissal('suggestion', annotator, session.documentId, suggestion.key, now),
  };
}
