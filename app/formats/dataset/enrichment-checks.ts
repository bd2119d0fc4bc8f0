// The rules of entities, entity links, date values and publication dates (issue 8) that JSON
// Schema cannot express. The value grammar and the entity rules live in app/dates and
// app/entities, so the reader refuses exactly what the editor refuses.

import { checkPublishedAt, parseDateValue } from '../../dates/date-value.ts';
import { entityProblems } from '../../entities/check-entity.ts';
import { isEntityKind, type Entity } from '../../model/entity.ts';
import { ACTOR, DATE } from '../../model/labels.ts';
import { RECONCILED_ANNOTATOR } from '../../model/review.ts';
import { describeValue } from './describe-value.ts';
import { childPointer } from './json-pointer.ts';
import { arrayItems, checkReference, checkUnique, isRecord } from './semantic-helpers.ts';
import type { DatasetIssue } from './types.ts';

/**
 * The ids in /entities, reporting duplicates, blank names and bad aliases. A file without the
 * list has no entities (an `entity` link then dangles); undefined when the list is unusable.
 */
export function collectEntities(list: unknown, issues: DatasetIssue[]): Set<string> | undefined {
  if (list === undefined) return new Set();
  if (!Array.isArray(list)) return undefined;
  const seen = new Map<string, string>();
  for (const [entity, path] of arrayItems(list, '/entities')) {
    checkUnique(entity.id, path, 'id', seen, 'entity', issues);
    const { name, kind, aliases } = entity;
    // Kind and Wikidata id are the schema's to report; the rest only once its shape is right.
    if (typeof name !== 'string' || name === '' || typeof kind !== 'string' || !isEntityKind(kind))
      continue;
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string')) continue;
    for (const problem of entityProblems({ ...(entity as unknown as Entity), wikidata: undefined }))
      issues.push({
        path: childPointer(path, problem.field),
        message:
          problem.field === 'name'
            ? `expected a name with something besides spaces, found ${describeValue(name)}`
            : `expected aliases other than the name, each listed once, none empty or containing "|": ${problem.message}`,
      });
  }
  return new Set(seen.keys());
}

/**
 * An annotation's `entity`, `value` and `valueStatus`: where they may be and what they hold; and
 * the provenance of its entity and value, beside them only.
 */
export function checkAnnotationEnrichment(
  annotation: Record<string, unknown>,
  path: string,
  entityIds: Set<string> | undefined,
  issues: DatasetIssue[],
): void {
  const { label, entity, value, valueStatus } = annotation;
  if (entity !== undefined) {
    if (typeof label === 'string' && label !== ACTOR)
      issues.push({
        path: childPointer(path, 'entity'),
        message: `expected no entity on an annotation labelled ${JSON.stringify(label)} (only actor annotations link to entities), found ${describeValue(entity)}`,
      });
    else checkReference(entity, path, 'entity', entityIds, 'an entity in /entities', issues);
  }
  if (value !== undefined) {
    if (typeof label === 'string' && label !== DATE)
      issues.push({
        path: childPointer(path, 'value'),
        message: `expected no value on an annotation labelled ${JSON.stringify(label)} (only date annotations carry one), found ${describeValue(value)}`,
      });
    else if (typeof value === 'string' && value !== '') {
      const problem = valueProblem(value);
      if (problem !== undefined)
        issues.push({ path: childPointer(path, 'value'), message: problem });
    }
  }
  if (valueStatus !== undefined && value === undefined)
    issues.push({
      path: childPointer(path, 'valueStatus'),
      message: `expected "valueStatus" only with a "value", found ${describeValue(valueStatus)} without one`,
    });
  if (isRecord(annotation.provenance))
    checkEnrichmentProvenance(annotation, annotation.provenance, path, issues);
}

/**
 * How an entity link or a date value was decided sits only beside the link or value it explains,
 * and names compared annotators, never the reconciled layer. Whether the annotation may carry
 * provenance at all is review-checks.ts's rule (the reconciled layer's, and only there).
 */
function checkEnrichmentProvenance(
  annotation: Record<string, unknown>,
  provenance: Record<string, unknown>,
  path: string,
  issues: DatasetIssue[],
): void {
  for (const field of ['entity', 'value'] as const) {
    const decided = provenance[field];
    if (decided === undefined) continue;
    const decidedPath = childPointer(childPointer(path, 'provenance'), field);
    if (annotation[field] === undefined)
      issues.push({
        path: decidedPath,
        message: `expected how ${field === 'entity' ? 'an entity' : 'a value'} was decided only on an annotation with ${field === 'entity' ? 'an "entity"' : 'a "value"'}, found it on one without`,
      });
    if (!isRecord(decided) || !Array.isArray(decided.annotators)) continue;
    decided.annotators.forEach((id: unknown, i) => {
      if (id === RECONCILED_ANNOTATOR)
        issues.push({
          path: childPointer(childPointer(decidedPath, 'annotators'), i),
          message: `expected an annotator's layer, found the reconciled layer ("reconciled")`,
        });
    });
  }
}

function valueProblem(value: string): string | undefined {
  const parsed = parseDateValue(value);
  if (!parsed.ok) return parsed.message;
  // parseDateValue forgives surrounding spaces (a typed value); a file holds the value itself.
  if (parsed.value !== value)
    return `expected a date value without surrounding spaces, found ${describeValue(value)}`;
  return undefined;
}

/** A document's `publishedAt`, once the schema has seen it is shaped YYYY-MM-DD, is a real day. */
export function checkDocumentPublishedAt(
  document: Record<string, unknown>,
  documentPath: string,
  issues: DatasetIssue[],
): void {
  const { publishedAt } = document;
  if (typeof publishedAt !== 'string' || !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(publishedAt)) return;
  const problem = checkPublishedAt(publishedAt);
  if (problem !== null)
    issues.push({ path: childPointer(documentPath, 'publishedAt'), message: problem });
}
