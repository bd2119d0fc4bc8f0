// The two exports of a review: all layers (the dataset as it is: every annotator's layer, the
// reconciled layer and each document's review), or the reconciled dataset, which is what the
// review was for — the reconciled layer alone, each annotation and relation still citing its
// sources, with the entities its annotations link to.

import type { DatasetModel } from '../formats/dataset/index.ts';
import type { EntityId } from '../model/ids.ts';
import { RECONCILED_ANNOTATOR, RECONCILED_ANNOTATOR_ENTRY } from '../model/review.ts';

/**
 * The model of the reconciled dataset: the reconciled layer only, its annotations and its
 * relations. Annotators' layers and reviews are left out (a review names annotations of those
 * layers), and so are the annotators themselves: a listed annotator counts as having rated every
 * document (see `marginalia agree`), and sources need no listed annotator when their layer is not
 * in the file. The relation types stay (they say what the relations link); of the entities, only
 * those a reconciled annotation links to, since the library's whole list is not the review's.
 */
export function reconciledOnly(model: DatasetModel): DatasetModel {
  const annotations = model.annotations.filter(
    (annotation) => annotation.annotator === RECONCILED_ANNOTATOR,
  );
  const linked = new Set<EntityId>();
  for (const { entity } of annotations) if (entity !== undefined) linked.add(entity);
  const relations = (model.relations ?? []).filter(
    (relation) => relation.annotator === RECONCILED_ANNOTATOR,
  );
  const entities = (model.entities ?? []).filter((entity) => linked.has(entity.id));
  const reconciled: DatasetModel = {
    documents: model.documents,
    annotations,
    annotators: [{ ...RECONCILED_ANNOTATOR_ENTRY }],
    labels: model.labels,
  };
  // Absent rather than empty, as datasetToModel gives a model without them.
  if (relations.length > 0) reconciled.relations = relations;
  if (model.relationTypes !== undefined) reconciled.relationTypes = model.relationTypes;
  if (entities.length > 0) reconciled.entities = entities;
  return reconciled;
}
