// Merging dataset files for review without the UI (`marginalia merge`), typically one file per
// annotator: every annotator's layer is kept, agreements become unanimous reconciled
// annotations, links, entity links and values everyone agrees on are carried into them, and
// everything else stays open in the document's review. The output is the same whatever order
// the files come in (except `exportedAt`), and merging a merged file again changes nothing.
// docs/reconciliation.md describes the rules; in short:
//
// - Documents are their ids (hashes of their texts). An annotation is (document, annotator, id),
//   and so is a relation: the same one in two files is kept once, the most recently updated
//   version winning. One id used for different annotations or relations (hand-made files
//   numbering "ann-1"…) is renamed, in every file's references too, to an id derived from
//   document, annotator and old id (merge-ids.ts).
// - Entities are united by the matching rule (merge-entities.ts), every entity link following.
// - Annotator names, label colours, relation types, document titles and publication dates that
//   differ between files are settled by a fixed preference, never by file order.
// - Existing reconciled layers are united; merge-span-decisions.ts and merge-enrichment.ts say
//   how their decisions count.

import { APP_VERSION } from '../version.ts';
import { GENERATOR_NAME } from '../formats/dataset/encode.ts';
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  type DatasetAnnotator,
  type DatasetLabel,
  type DatasetV1,
} from '../formats/dataset/types.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { AnnotatorId, DocumentId, LabelId } from '../model/ids.ts';
import { RECONCILED_ANNOTATOR, RECONCILED_ANNOTATOR_ENTRY } from '../model/review.ts';
import { err, ok, type Result } from '../result.ts';
import { mergeDocument } from './merge-document.ts';
import { uniteEntities } from './merge-entities.ts';
import { ANNOTATION_RENAMED_NAMESPACE, mapIds, RELATION_RENAMED_NAMESPACE } from './merge-ids.ts';
import type { DocumentCopy, MergeIssue } from './merge-input.ts';
import { uniteRelationTypes } from './merge-relations.ts';
import { preferred } from './preferred.ts';

export type { MergeIssue } from './merge-input.ts';

export interface MergedDatasets {
  dataset: DatasetV1;
  /** Annotation ids that named different annotations in different places and were renamed. */
  renamedIds: string[];
  /** Relation ids renamed likewise. */
  renamedRelationIds: string[];
  /**
   * Relations left out because the merged document cannot hold them (an endpoint relabelled by a
   * later version, a claim's second date), each where its file has it.
   */
  droppedRelations: MergeIssue[];
}

/**
 * Merges `datasets` (parsed and checked by parseDataset) into one reviewed dataset stamped
 * `now`. Fails only when a reconciled annotation cites an annotation that no file has although
 * the merged document carries its annotator's layer: the output would be invalid.
 */
export function mergeDatasets(
  datasets: readonly DatasetV1[],
  now: Date,
): Result<MergedDatasets, MergeIssue[]> {
  const copies = new Map<DocumentId, DocumentCopy[]>();
  datasets.forEach((dataset, input) => {
    const listed = dataset.annotators
      .map((annotator) => annotator.id)
      .filter((id) => id !== RECONCILED_ANNOTATOR);
    dataset.documents.forEach((document, index) => {
      const copy: DocumentCopy = { input, index, document, listed };
      const known = copies.get(document.id);
      if (known === undefined) copies.set(document.id, [copy]);
      else known.push(copy);
    });
  });

  const ids = mapIds(
    copies.values(),
    (document) => document.annotations,
    ANNOTATION_RENAMED_NAMESPACE,
  );
  const relationIds = mapIds(
    copies.values(),
    (document) => document.relations ?? [],
    RELATION_RENAMED_NAMESPACE,
  );
  const entities = uniteEntities(datasets.map((dataset) => dataset.entities));
  const relationTypes = uniteRelationTypes(
    datasets.map((dataset) => dataset.relationTypes),
    (candidates) =>
      preferred(candidates, (type) => [type.name === type.id ? 1 : 0, JSON.stringify(type)]),
  );
  const context = {
    ids,
    relationIds,
    entityIdOf: entities.idOf,
    entityOf: entities.entity,
    relationTypes: new Map(relationTypes.map(({ id, from, to }) => [id, { from, to }])),
  };

  const issues: MergeIssue[] = [];
  const droppedRelations: MergeIssue[] = [];
  const documents = [...copies.entries()]
    .map(([id, ofDocument]) => ({ title: preferredTitle(ofDocument), id, ofDocument }))
    .sort((a, b) => compareStrings(a.title, b.title) || compareStrings(a.id, b.id))
    .map(({ title, ofDocument }) => {
      const merged = mergeDocument(ofDocument, context, now);
      issues.push(...merged.issues);
      droppedRelations.push(...merged.dropped);
      return { ...merged.document, title };
    });
  if (issues.length > 0) return err(issues);

  return ok({
    dataset: {
      format: DATASET_FORMAT,
      version: DATASET_VERSION,
      exportedAt: now.toISOString(),
      generator: { name: GENERATOR_NAME, version: APP_VERSION },
      annotators: mergeAnnotators(datasets),
      labels: mergeLabels(datasets),
      relationTypes,
      entities: entities.entities,
      documents,
    },
    renamedIds: [...ids.renamed].sort(compareStrings),
    renamedRelationIds: [...relationIds.renamed].sort(compareStrings),
    droppedRelations: droppedRelations.sort(
      (a, b) => a.input - b.input || compareStrings(a.path, b.path),
    ),
  });
}

function preferredTitle(copies: readonly DocumentCopy[]): string {
  return preferred(
    copies.map(({ document }) => document.title),
    (title) => [title === '' ? 1 : 0, title],
  );
}

function mergeAnnotators(datasets: readonly DatasetV1[]): DatasetAnnotator[] {
  const names = new Map<AnnotatorId, string[]>();
  for (const dataset of datasets)
    for (const { id, name } of dataset.annotators) {
      if (id === RECONCILED_ANNOTATOR) continue;
      const known = names.get(id);
      if (known === undefined) names.set(id, [name]);
      else known.push(name);
    }
  // A name equal to the id is what an exporter fills in when it knows no better.
  const annotators = [...names.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([id, candidates]) => ({
      id,
      name: preferred(candidates, (name) => [name === id || name === '' ? 1 : 0, name]),
    }));
  return [...annotators, { ...RECONCILED_ANNOTATOR_ENTRY }];
}

function mergeLabels(datasets: readonly DatasetV1[]): DatasetLabel[] {
  const candidates = new Map<LabelId, DatasetLabel[]>();
  for (const dataset of datasets)
    for (const label of dataset.labels) {
      const known = candidates.get(label.id);
      if (known === undefined) candidates.set(label.id, [label]);
      else known.push(label);
    }
  const labels = [...candidates.entries()].map(([id, ofId]) => {
    const { name, color, shortcut } = preferred(ofId, (label) => [
      label.name === id ? 1 : 0,
      label.shortcut === undefined ? 1 : 0,
      JSON.stringify([label.name, label.color, label.shortcut ?? '']),
    ]);
    return shortcut === undefined ? { id, name, color } : { id, name, color, shortcut };
  });
  // Shortcut order puts the built-in labels (1, 2, 3) first, as the editor lists them.
  return labels.sort(
    (a, b) =>
      (a.shortcut === undefined ? 1 : 0) - (b.shortcut === undefined ? 1 : 0) ||
      compareStrings(a.shortcut ?? '', b.shortcut ?? '') ||
      compareStrings(a.id, b.id),
  );
}
