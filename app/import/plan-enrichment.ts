// An incoming annotation's entity link and date value, as the library will hold them: the
// entity remapped to the id the library knows it by (plan-entities.ts), the value checked
// against the one grammar (app/dates). The dataset reader has refused a file breaking these
// rules already; other decoders (W3C, JSONL) are held to them here, so no format can bring an
// entity on a claim or a value nobody can read.

import { parseDateValue } from '../dates/date-value.ts';
import type { Annotation } from '../model/annotation.ts';
import { VALUE_STATUSES } from '../model/date-value.ts';
import type { EntityId } from '../model/ids.ts';
import { ACTOR, DATE } from '../model/labels.ts';
import type { BundleAnnotation, ImportIssue } from './bundle.ts';

export type Enrichment = Pick<Annotation, 'entity' | 'value' | 'valueStatus'>;

/** Where the file's entity ids lead: the plan's remapping and the library's own ids. */
export interface EntityIds {
  libraryIdOf: ReadonlyMap<EntityId, EntityId>;
  inLibrary: ReadonlySet<EntityId>;
}

/** The fields to set on the annotation (none when it has none); problems go to `issues`. */
export function enrichmentOf(
  incoming: BundleAnnotation,
  entities: EntityIds,
  issues: ImportIssue[],
): Enrichment {
  const { entity, value, valueStatus, label, source: path } = incoming;
  const enrichment: Enrichment = {};
  if (entity !== undefined) {
    // A link to an entity the file does not list may still name one of the library's.
    const id =
      entities.libraryIdOf.get(entity) ?? (entities.inLibrary.has(entity) ? entity : undefined);
    if (label !== ACTOR)
      issues.push({
        path,
        message: `entity: expected none on an annotation labelled ${JSON.stringify(label)} (only actor annotations link to entities), found ${JSON.stringify(entity)}`,
      });
    else if (id === undefined)
      issues.push({
        path,
        message: `entity: expected the id of an entity the file or the library lists, found ${JSON.stringify(entity)}`,
      });
    else enrichment.entity = id;
  }
  if (value !== undefined) {
    const parsed = parseDateValue(value);
    if (label !== DATE)
      issues.push({
        path,
        message: `value: expected none on an annotation labelled ${JSON.stringify(label)} (only date annotations carry one), found ${JSON.stringify(value)}`,
      });
    else if (!parsed.ok) issues.push({ path, message: `value: ${parsed.message}` });
    else enrichment.value = parsed.value;
  }
  if (valueStatus !== undefined) {
    if (!VALUE_STATUSES.includes(valueStatus))
      issues.push({
        path,
        message: `valueStatus: expected "suggested" or "confirmed", found ${JSON.stringify(valueStatus)}`,
      });
    else if (value === undefined)
      issues.push({
        path,
        message: `valueStatus: expected only with a value, found ${JSON.stringify(valueStatus)} without one`,
      });
    else if (enrichment.value !== undefined) enrichment.valueStatus = valueStatus;
  }
  return enrichment;
}
