// "Annotate all": the annotations that tagging a set of hits makes, one per hit, each built as
// the document screen builds a tag (app/model/new-annotation.ts), skipping every hit that
// already carries the label in the analyst's own layer. "Carries" means the exact span: an
// annotation with the same start, end and label. One that merely overlaps (a longer "Mike
// Pompeo" around "Pompeo") is the analyst's earlier, different decision, and is left beside it.

import type { Annotation } from '../model/annotation.ts';
import type { AnnotationId, AnnotatorId, DocumentId, EntityId, LabelId } from '../model/ids.ts';
import { newAnnotation, type AnnotatedDocument } from '../model/new-annotation.ts';
import type { CodePointRange } from '../model/offsets.ts';

export type TaggedDocument = AnnotatedDocument;

/** What of an existing annotation decides whether a hit is already tagged. */
export interface ExistingSpan {
  start: number;
  end: number;
  label: LabelId;
  annotator: AnnotatorId;
}

export interface TaggingRequest {
  label: LabelId;
  annotator: AnnotatorId;
  /** Actors only: the entity every new mention stands for. */
  entity?: EntityId;
  now: Date;
  newId(): AnnotationId;
}

export interface TaggingPlan {
  annotations: Annotation[];
  /** Hits left alone because the analyst already tagged that exact span with the label. */
  skipped: number;
  /** Documents that get at least one annotation. */
  documents: number;
}

/** The annotations tagging `ranges` of each document makes, and how many hits it skips. */
export function planTagging(
  targets: readonly { document: TaggedDocument; ranges: readonly CodePointRange[] }[],
  existingOf: (documentId: DocumentId) => readonly ExistingSpan[],
  request: TaggingRequest,
): TaggingPlan {
  const annotations: Annotation[] = [];
  let skipped = 0;
  let documents = 0;
  for (const { document, ranges } of targets) {
    const tagged = new Set<string>();
    for (const span of existingOf(document.id))
      if (span.label === request.label && span.annotator === request.annotator)
        tagged.add(`${span.start}:${span.end}`);
    let added = 0;
    for (const range of ranges) {
      const key = `${range.start}:${range.end}`;
      if (tagged.has(key)) {
        skipped++;
        continue;
      }
      tagged.add(key);
      annotations.push(
        newAnnotation(document, {
          id: request.newId(),
          label: request.label,
          range,
          annotator: request.annotator,
          now: request.now,
          entity: request.entity,
        }),
      );
      added++;
    }
    if (added > 0) documents++;
  }
  return { annotations, skipped, documents };
}
