// Writes an import plan the analyst confirmed, then tells the open screens: an import (or a
// restore, which is one) writes past the change model, and a screen showing one of its documents
// must show what it wrote — and must not write its stale counts over the import's afterwards.
// The app writes imports in the library worker (renderer/long-work/import-session.ts), which
// announces the same way; this in-thread form is the one the tests of the hub and the store use.

import type { ImportPlan } from '../../app/import/plan-types.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { applyImportPlan, type ImportWriteResult } from '../db/import-store.ts';
import { documentsTouchedBy } from './documents-touched-by.ts';

export async function importIntoLibrary(
  db: MarginaliaDatabase,
  plan: ImportPlan,
  meta: { fileName: string; importedAt: Date },
): Promise<ImportWriteResult> {
  const written = await applyImportPlan(db, plan, meta);
  await changeHubOf(db).announceWrites(documentsTouchedBy(plan));
  return written;
}
