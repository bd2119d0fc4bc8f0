// What the import dialog shows of a plan, made where the plan is (the library worker): its
// summary lines, the entity matches to confirm, and the first few orphans and conflicts.

import type { ImportPlan } from '../../app/import/plan-types.ts';
import type { ImportPlanPreview } from './long-work-protocol.ts';

/** Up to this many orphans and conflicts are listed one by one in the dialog. */
export const LISTED_IN_PREVIEW = 8;

export function previewOfPlan(plan: ImportPlan): ImportPlanPreview {
  return {
    summary: plan.summary,
    entityMatches: plan.entityMatches,
    orphans: plan.orphans.slice(0, LISTED_IN_PREVIEW),
    orphanCount: plan.orphans.length,
    conflicts: plan.conflicts.slice(0, LISTED_IN_PREVIEW),
    conflictCount: plan.conflicts.length,
    nothingNew:
      plan.documentsToAdd.length === 0 &&
      plan.annotationsToAdd.length === 0 &&
      plan.orphans.length === 0 &&
      plan.annotatorsToAdd.length === 0 &&
      plan.reviewsToAdd.length === 0 &&
      plan.relationsToAdd.length === 0 &&
      plan.entitiesToAdd.length === 0,
  };
}
