// Runs every consistency check over the layers of a library or a dataset file. Each annotator's
// layer is checked on its own: a colleague tagging "Pompeo" differently is a disagreement for the
// review, not an inconsistency of either layer.

import type { DatasetModel } from '../formats/dataset/to-model.ts';
import type { Annotation } from '../model/annotation.ts';
import type { AnnotatorId, DocumentId, EntityId, LabelId } from '../model/ids.ts';
import { labelName as builtInLabelName } from '../model/labels.ts';
import type { Relation } from '../model/relation.ts';
import { compareLocations, groupBy, type CheckedLayer } from './checked-layer.ts';
import { findEntityMismatches } from './entity-mismatches.ts';
import { FINDING_KINDS, type Finding, type FindingKind } from './finding.ts';
import { findIncompleteAnnotations } from './incomplete-annotations.ts';
import { findLabelMismatches } from './label-mismatches.ts';
import { findMissedOccurrences } from './missed-occurrences.ts';

export interface CheckOptions {
  /** The layers to check; every annotator with an annotation when absent. */
  annotators?: readonly AnnotatorId[];
  /**
   * At most this many missed occurrences per layer are listed, the rest counted in `omitted`
   * (the Checks screen's bound); all of them when absent.
   */
  missedOccurrenceLimit?: number;
}

/**
 * How many missed occurrences the Checks screen lists per layer: a library where common phrases
 * were tagged has millions, which would take the renderer's memory and no analyst reads.
 */
export const LISTED_MISSED_OCCURRENCES = 5000;

export interface CheckReport {
  /** By kind (FINDING_KINDS order), then layer, then place. */
  findings: Finding[];
  /** Findings past a limit: counted, not listed. */
  omitted: Record<FindingKind, number>;
}

/** The layers a model holds: annotators with at least one annotation, in the model's order. */
export function layersOf(model: Pick<DatasetModel, 'annotations' | 'annotators'>): AnnotatorId[] {
  const present = new Set(model.annotations.map((annotation) => annotation.annotator));
  const listed = model.annotators.map((annotator) => annotator.id).filter((id) => present.has(id));
  // A file may hold annotations of an annotator it does not list; check those too.
  return [...listed, ...[...present].filter((id) => !listed.includes(id))];
}

/** The findings, by kind (FINDING_KINDS order), then layer, then place. */
export function checkLayers(model: DatasetModel, options: CheckOptions = {}): Finding[] {
  return checkLibrary(model, options).findings;
}

/** The findings and what a limit left out. */
export function checkLibrary(model: DatasetModel, options: CheckOptions = {}): CheckReport {
  const wanted = options.annotators ?? layersOf(model);
  const annotationsOf = groupBy(model.annotations, (a) => a.annotator);
  const relationsOf = groupBy(model.relations ?? [], (r) => r.annotator);
  const labels = new Map(model.labels.map((label) => [label.id, label.name]));
  const entities = new Map((model.entities ?? []).map((entity) => [entity.id, entity.name]));
  const documentOrder = new Map<DocumentId, number>(model.documents.map((d, i) => [d.id, i]));
  const byPlace = (a: Finding, b: Finding) =>
    compareLocations(documentOrder, a.locations[0]!, b.locations[0]!);

  // Per kind, the findings of each layer in turn. Missed occurrences come in order already
  // (documents in library order, places in each): sorting hundreds of thousands is not free.
  const byKind = new Map<FindingKind, Finding[]>(FINDING_KINDS.map((kind) => [kind, []]));
  const omitted = countByKind([]);
  const add = (found: Iterable<Finding>) => {
    for (const finding of found) byKind.get(finding.kind)!.push(finding);
  };
  for (const annotator of wanted) {
    const layer: CheckedLayer = {
      annotator,
      annotations: annotationsOf.get(annotator) ?? ([] as Annotation[]),
      relations: relationsOf.get(annotator) ?? ([] as Relation[]),
      documents: model.documents,
      labelName: (id: LabelId) => labels.get(id) ?? builtInLabelName(id),
      entityName: (id: EntityId) => entities.get(id) ?? id,
    };
    if (layer.annotations.length === 0) continue;
    const missed = findMissedOccurrences(layer, options.missedOccurrenceLimit);
    add(missed.findings);
    omitted['missed-occurrence'] += missed.omitted;
    add(
      [
        ...findLabelMismatches(layer),
        ...findEntityMismatches(layer),
        ...findIncompleteAnnotations(layer),
      ].sort(byPlace),
    );
  }
  const findings: Finding[] = [];
  for (const kind of FINDING_KINDS) for (const finding of byKind.get(kind)!) findings.push(finding);
  return { findings, omitted };
}

/** How many findings of each kind (every kind present, zero when none). */
export function countByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<
    FindingKind,
    number
  >;
  for (const finding of findings) counts[finding.kind]++;
  return counts;
}
