// A finding's fix as changes of the one change model: tag a missed occurrence, relabel the odd
// ones out, link mentions to the majority's entity, confirm a suggested value. Built from the
// library snapshot the finding was found in; what that snapshot no longer matches (an annotation
// deleted since) is left out, and a fix with nothing left to change is no change.

import { newAnnotation } from '../../app/model/new-annotation.ts';
import type { Finding } from '../../app/checks/index.ts';
import type { DatasetModel } from '../../app/formats/dataset/to-model.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import { asAnnotationId, type AnnotatorId, type LabelId } from '../../app/model/ids.ts';
import {
  BUILT_IN_RELATION_TYPES,
  findRelationType,
  type Relation,
} from '../../app/model/relation.ts';
import type { Change } from '../changes/change.ts';

export function fixChanges(
  finding: Finding,
  model: DatasetModel,
  annotator: AnnotatorId,
  now = new Date(),
): Change[] {
  const { fix } = finding;
  const timestamp = now.toISOString();
  const layer = new Map<string, Annotation>();
  if (fix.kind !== 'tag' && fix.kind !== 'open')
    for (const annotation of model.annotations)
      if (annotation.annotator === finding.annotator) layer.set(annotation.id, annotation);
  const byId = (id: string) => layer.get(id);
  switch (fix.kind) {
    case 'tag': {
      const place = finding.locations[0]!;
      const document = model.documents.find((candidate) => candidate.id === place.documentId);
      if (!document) return [];
      return [
        {
          before: null,
          after: newAnnotation(document, {
            id: asAnnotationId(crypto.randomUUID()),
            label: fix.label,
            range: place,
            annotator,
            now,
          }),
        },
      ];
    }
    case 'relabel':
      return fix.annotationIds.flatMap((id) => {
        const before = byId(id);
        return before ? relabelChanges(before, fix.label, model.relations ?? [], timestamp) : [];
      });
    case 'link-entity':
      return fix.annotationIds.flatMap((id): Change[] => {
        const before = byId(id);
        return before
          ? [{ before, after: { ...before, entity: fix.entity, updatedAt: timestamp } }]
          : [];
      });
    case 'confirm-value': {
      const before = byId(fix.annotationId);
      return before
        ? [{ before, after: { ...before, valueStatus: 'confirmed', updatedAt: timestamp } }]
        : [];
    }
    case 'open':
      return [];
  }
}

/**
 * Relabels one annotation as the document session does: an entity link or a date value no longer
 * fits the new label, and neither does a relation whose type wants the old one (both in one step).
 */
function relabelChanges(
  before: Annotation,
  label: LabelId,
  relations: readonly Relation[],
  timestamp: string,
): Change[] {
  const after: Annotation = { ...before, label, updatedAt: timestamp };
  delete after.entity;
  delete after.value;
  delete after.valueStatus;
  const dropped = relations.filter((relation) => {
    if (relation.documentId !== before.documentId || relation.annotator !== before.annotator)
      return false;
    const type = findRelationType(BUILT_IN_RELATION_TYPES, relation.type);
    return (
      (relation.from === before.id && type?.from !== label) ||
      (relation.to === before.id && type?.to !== label)
    );
  });
  return [
    ...dropped.map((relation): Change => ({ kind: 'relation', before: relation, after: null })),
    { before, after },
  ];
}
