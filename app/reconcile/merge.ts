// Merging dataset files for review without the UI (`marginalia merge`), typically one file per
// annotator: every annotator's layer is kept, agreements become unanimous reconciled
// annotations, and every other span group stays open in the document's review. The output is
// the same whatever order the files come in (except `exportedAt`), and merging a merged file
// again changes nothing. docs/reconciliation.md describes the rules; in short:
//
// - Documents are their ids (hashes of their texts). An annotation is (document, annotator, id):
//   the same one in two files is kept once, the most recently updated version winning. One id
//   used for different annotations (hand-made files numbering "ann-1"…) is renamed, in every
//   file's references too, to an id derived from document, annotator and old id.
// - Annotator names, label colours and document titles that differ between files are settled
//   by a fixed preference, never by file order.
// - Existing reconciled layers are united; see merge-document.ts for how their decisions count.

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
import { contentId } from './content-id.ts';
import { mergeDocument, type DocumentCopy, type IdMap, type MergeIssue } from './merge-document.ts';

export type { MergeIssue } from './merge-document.ts';

export interface MergedDatasets {
  dataset: DatasetV1;
  /** Ids that named different annotations in different places and were renamed. */
  renamedIds: string[];
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

  const ids = mapIds(copies);
  const issues: MergeIssue[] = [];
  const documents = [...copies.entries()]
    .map(([id, ofDocument]) => ({ title: preferredTitle(ofDocument), id, ofDocument }))
    .sort((a, b) => compareStrings(a.title, b.title) || compareStrings(a.id, b.id))
    .map(({ title, ofDocument }) => {
      const merged = mergeDocument(ofDocument, ids, now);
      issues.push(...merged.issues);
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
      documents,
    },
    renamedIds: [...ids.renamed].sort(compareStrings),
  });
}

/**
 * Annotation ids across all files: an id held by one (document, annotator) keeps its value;
 * one held by several is renamed for each of them. Dataset-wide, because the format wants ids
 * unique across the whole file.
 */
function mapIds(copies: ReadonlyMap<DocumentId, DocumentCopy[]>): IdMap {
  // Owners are numbered, (document, annotator) pair by pair, so that the map of every id holds
  // small integers rather than 200,000 objects the garbage collector would have to copy.
  const owner = new Map<string, number>();
  const renamed = new Set<string>();
  let owners = 0;
  for (const ofDocument of copies.values()) {
    const ownerOf = new Map<AnnotatorId, number>();
    for (const { document: copy } of ofDocument) {
      for (const { id, annotator } of copy.annotations) {
        let code = ownerOf.get(annotator);
        if (code === undefined) ownerOf.set(annotator, (code = owners++));
        const first = owner.get(id);
        if (first === undefined) owner.set(id, code);
        else if (first !== code) renamed.add(id);
      }
    }
  }
  return {
    renamed,
    finalId: (document, annotator, id) =>
      renamed.has(id) ? contentId(RENAMED_NAMESPACE, [document, annotator, id]) : id,
  };
}

const RENAMED_NAMESPACE = 'marginalia/merge-renamed-id/v1';

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

/** The candidate whose key (compared element by element) is smallest. */
function preferred<T>(candidates: readonly T[], key: (candidate: T) => (string | number)[]): T {
  let best = candidates[0] as T;
  let bestKey = key(best);
  for (const candidate of candidates.slice(1)) {
    const candidateKey = key(candidate);
    if (compareKeys(candidateKey, bestKey) < 0) [best, bestKey] = [candidate, candidateKey];
  }
  return best;
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : compareStrings(String(x), String(y));
    if (order !== 0) return order;
  }
  return 0;
}
