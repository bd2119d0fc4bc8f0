// Planning an import: everything is decided and checked before anything is written, so that an
// import is all or nothing. The plan says what will be added, what the library already has
// (same ids: skipped, never overwritten, and listed when the content differs), which
// annotations were re-anchored or could not be placed (orphans, kept), how the file's entities
// match the library's, which relations come along, and what blocks it.

import type { Annotation } from '../model/annotation.ts';
import type { AnnotatorId } from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import type { BundleAnnotation, ImportBundle, ImportIssue } from './bundle.ts';
import { checkBundleAnnotation } from './check-bundle-annotation.ts';
import { describeImportPlan } from './describe-plan.ts';
import { capIssues } from './issues.ts';
import { planAnnotation, type PlannedAnnotation } from './plan-annotation.ts';
import { planAnnotators } from './plan-annotators.ts';
import { resolveDocuments } from './plan-documents.ts';
import { enrichmentOf } from './plan-enrichment.ts';
import { planEntities } from './plan-entities.ts';
import { planRelations, type RelationEndpoint } from './plan-relations.ts';
import { planReviews } from './plan-reviews.ts';
import type {
  ExistingAnnotation,
  ImportConflict,
  ImportOrphan,
  ImportPlan,
  LibrarySnapshot,
  PlanOptions,
  ReanchoredAnnotation,
} from './plan-types.ts';

/** Plans importing a decoded file into the library; pure, and never throws on bad input. */
export function planImport(
  bundle: ImportBundle,
  library: LibrarySnapshot,
  options: PlanOptions,
): ImportPlan {
  const issues: ImportIssue[] = [];
  const warnings = [...bundle.warnings];
  const resolved = resolveDocuments(bundle, library, issues);
  const knownLabels = new Set<string>([
    ...BUILT_IN_LABELS.map((label) => label.id),
    ...bundle.labels.map((label) => label.id),
  ]);
  const defaults = {
    annotator: options.fallbackAnnotator.id,
    importedAt: options.importedAt.toISOString(),
  };
  const entities = planEntities(bundle, library, options, warnings);
  const entityIds = {
    libraryIdOf: entities.libraryIdOf,
    inLibrary: new Set((library.entities ?? []).map((entity) => entity.id)),
  };
  // What became of each annotation the file names by id, for its relations (plan-relations.ts).
  const placed = new Map<string, RelationEndpoint>();
  const orphaned = new Set<string>();

  const firstSourceOfId = new Map<string, string>();
  const annotationsToAdd = new Map<string, Annotation>();
  const orphans = new Map<string, ImportOrphan>();
  const moved: ReanchoredAnnotation[] = [];
  const conflicts: ImportConflict[] = [];
  const usedAnnotators = new Set<AnnotatorId>();
  let presentAnnotations = 0;

  for (const incoming of bundle.annotations) {
    const shapeIssues = checkBundleAnnotation(incoming, bundle.documents.length);
    if (shapeIssues.length > 0) {
      issues.push(...shapeIssues);
      continue;
    }
    const document = resolved.documents[incoming.document]!;
    checkLabel(incoming, knownLabels, issues);
    checkUniqueId(incoming, firstSourceOfId, issues);

    const planned = planAnnotation(incoming, document, defaults, issues);
    const enrichment = enrichmentOf(incoming, entityIds, issues);
    Object.assign(planned.kind === 'placed' ? planned.annotation : planned.orphan, enrichment);
    const { id } = planned.kind === 'placed' ? planned.annotation : planned.orphan;
    if (incoming.id !== undefined && !placed.has(id) && !orphaned.has(id)) {
      if (planned.kind === 'placed') placed.set(id, endpointOf(planned.annotation));
      else orphaned.add(id);
    }
    if (library.annotationIds.has(id)) {
      // Same id as the library's: skipped, never overwritten, and shown if it differs.
      presentAnnotations++;
      const existing = library.annotations?.get(id);
      // Its relations link to the library's annotation, wherever this file would place it.
      if (existing !== undefined) placed.set(id, { id, ...pickEndpoint(existing) });
      const differences = existing === undefined ? [] : differencesFrom(existing, planned);
      if (differences.length > 0)
        conflicts.push({ source: incoming.source, kind: 'annotation', id, differences });
      continue;
    }
    if (annotationsToAdd.has(id) || orphans.has(id)) {
      // Only derived ids get here (a repeated id in the file is an issue): the same span, label
      // and annotator twice in one file is one annotation.
      warnings.push(
        `${incoming.source}: the same annotation as an earlier one in the file; imported once`,
      );
      continue;
    }
    if (planned.kind === 'placed') {
      annotationsToAdd.set(id, planned.annotation);
      usedAnnotators.add(planned.annotation.annotator);
      if (planned.reanchored !== undefined) moved.push(planned.reanchored);
    } else {
      orphans.set(id, planned.orphan);
      usedAnnotators.add(planned.orphan.annotator);
    }
  }

  const annotators = planAnnotators(
    bundle,
    usedAnnotators,
    options.fallbackAnnotator,
    library,
    issues,
  );
  const reviewsToAdd = planReviews(bundle, resolved.documents, library, warnings);
  const relations = planRelations(
    bundle,
    resolved.documents.map((document) => document.id),
    { placed, orphaned },
    library,
    defaults,
    issues,
    warnings,
  );
  const plan: ImportPlan = {
    format: bundle.format,
    documentsToAdd: resolved.documentsToAdd,
    annotationsToAdd: [...annotationsToAdd.values()],
    annotatorsToAdd: annotators.annotatorsToAdd,
    reviewsToAdd,
    labelsToAdd: labelsUsed(bundle, [...annotationsToAdd.values(), ...orphans.values()]),
    relationsToAdd: relations.relationsToAdd,
    entitiesToAdd: entities.entitiesToAdd,
    entityMatches: entities.entityMatches,
    alreadyPresent: {
      documents: resolved.alreadyPresent,
      annotations: presentAnnotations,
      annotators: annotators.alreadyPresent,
      relations: relations.alreadyPresent,
    },
    conflicts: [...annotators.conflicts, ...conflicts],
    orphans: [...orphans.values()],
    moved,
    issues: capIssues(issues),
    warnings,
    summary: [],
  };
  plan.summary = describeImportPlan(plan, entities);
  return plan;
}

function endpointOf(annotation: Annotation): RelationEndpoint {
  return { id: annotation.id, ...pickEndpoint(annotation) };
}

function pickEndpoint({
  documentId,
  label,
  annotator,
}: ExistingAnnotation): Omit<RelationEndpoint, 'id'> {
  return { documentId, label, annotator };
}

/** The file's own labels (not built-in ones) that what is added uses, each once. */
function labelsUsed(
  bundle: ImportBundle,
  added: readonly { label: string }[],
): ImportBundle['labels'] {
  const builtIn = new Set<string>(BUILT_IN_LABELS.map((label) => label.id));
  const used = new Set(added.map((annotation) => annotation.label));
  const labels = new Map<string, ImportBundle['labels'][number]>();
  for (const label of bundle.labels)
    if (used.has(label.id) && !builtIn.has(label.id) && !labels.has(label.id))
      labels.set(label.id, label);
  return [...labels.values()];
}

function checkLabel(
  incoming: BundleAnnotation,
  known: ReadonlySet<string>,
  issues: ImportIssue[],
): void {
  if (known.has(incoming.label)) return;
  const listed = [...known].slice(0, 8).map((id) => JSON.stringify(id));
  issues.push({
    path: incoming.source,
    message: `unknown label ${JSON.stringify(incoming.label)} (the file and the built-in set define ${listed.join(', ')}${known.size > listed.length ? ', …' : ''})`,
  });
}

function checkUniqueId(
  incoming: BundleAnnotation,
  firstSourceOfId: Map<string, string>,
  issues: ImportIssue[],
): void {
  if (incoming.id === undefined) return;
  const first = firstSourceOfId.get(incoming.id);
  if (first === undefined) firstSourceOfId.set(incoming.id, incoming.source);
  else
    issues.push({
      path: incoming.source,
      message: `duplicate annotation id ${JSON.stringify(incoming.id)} (also at ${first})`,
    });
}

/** What differs between the library's annotation and the file's of the same id, field by field. */
function differencesFrom(existing: ExistingAnnotation, planned: PlannedAnnotation): string[] {
  const incoming: Partial<ExistingAnnotation> =
    planned.kind === 'placed'
      ? planned.annotation
      : {
          label: planned.orphan.label,
          annotator: planned.orphan.annotator,
          note: planned.orphan.note,
          ...(planned.orphan.documentId === undefined
            ? {}
            : { documentId: planned.orphan.documentId }),
        };
  const differences: string[] = [];
  const compare = (field: keyof ExistingAnnotation) => {
    const value = incoming[field];
    if (value !== undefined && value !== existing[field])
      differences.push(
        `${field}: ${JSON.stringify(existing[field])} in the library, ${JSON.stringify(value)} in the file`,
      );
  };
  for (const field of ['documentId', 'start', 'end', 'label', 'annotator', 'note'] as const)
    compare(field);
  return differences;
}
