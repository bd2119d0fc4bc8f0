// Reads one annotation file the analyst chose into an import plan, against the documents of
// the library it names. Nothing is written here: the plan goes to the import dialog first.
// The app runs this in the library worker (renderer/long-work/), which reports the phases.

import {
  decodeImportUpload,
  planDecodedImport,
  referencedDocumentIds,
  type ImportRefusal,
} from '../../app/import/read-import-file.ts';
import type { ImportPlan } from '../../app/import/plan-types.ts';
import type { PickedFile } from '../../app/ipc/contract.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { err, type Result } from '../../app/result.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readLibrarySnapshot } from '../db/import-store.ts';

/** Told as each phase starts: `done` of `total` phases behind. */
export type PlanProgress = (
  phase: 'checking' | 'reading' | 'planning',
  done: number,
  total: number,
) => void;

export async function planImportFile(
  db: MarginaliaDatabase,
  file: PickedFile,
  annotator: Annotator,
  now = new Date(),
  /** The analyst's answers to offered entity matches (see PlanOptions.entityChoices). */
  entityChoices?: ReadonlyMap<EntityId, EntityId | 'new'>,
  report: PlanProgress = () => {},
): Promise<Result<ImportPlan, ImportRefusal>> {
  report('checking', 0, 3);
  const decoded = decodeImportUpload(file.name, file.bytes);
  if (!decoded.ok) return err(decoded.error);
  report('reading', 1, 3);
  const library = await readLibrarySnapshot(db, referencedDocumentIds(decoded.value));
  report('planning', 2, 3);
  return planDecodedImport(file.name, decoded.value, library, {
    importedAt: now,
    fallbackAnnotator: annotator,
    ...(entityChoices ? { entityChoices } : {}),
  });
}
