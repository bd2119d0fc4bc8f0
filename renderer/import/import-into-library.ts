// Writes an import plan the analyst confirmed, then tells the open screens: an import (or a
// restore, which is one) writes past the change model, and a screen showing one of its documents
// must show what it wrote — and must not write its stale counts over the import's afterwards.

import type { ImportPlan } from '../../app/import/plan-types.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { applyImportPlan, type ImportWriteResult } from '../db/import-store.ts';

export async function importIntoLibrary(
  db: MarginaliaDatabase,
  plan: ImportPlan,
  meta: { fileName: string; importedAt: Date },
): Promise<ImportWriteResult> {
  const written = await applyImportPlan(db, plan, meta);
  await changeHubOf(db).announceWrites(documentsTouchedBy(plan));
  return written;
}

/** The library documents an import plan writes to (annotations, orphans or reviews). */
export function documentsTouchedBy(plan: ImportPlan): DocumentId[] {
  const ids = new Set<DocumentId>();
  for (const annotation of plan.annotationsToAdd) ids.add(annotation.documentId);
  for (const orphan of plan.orphans) if (orphan.documentId) ids.add(orphan.documentId);
  for (const review of plan.reviewsToAdd) ids.add(review.documentId);
  for (const relation of plan.relationsToAdd) ids.add(relation.documentId);
  return [...ids];
}
