// The library worker: export, backup, import and agreement work on the library off the
// window's thread (issue 12, docs/long-work.md). IndexedDB works in a dedicated worker, so it
// opens the same database by name and reads, encodes, plans, writes and scores there; the window
// only shows progress and hands the result on. Dexie broadcasts every commit made here to the
// window (its `storagemutated` event goes through a BroadcastChannel), so live queries and
// useLiveRead see an import written here as they see any other write; the change hub is told by
// the window (use-import-flow.tsx), with the documents 'apply-import' answers.

import type { DatasetModel } from '../../app/formats/dataset/index.ts';
import type { ImportPlan } from '../../app/import/plan-types.ts';
import type { PickedFile } from '../../app/ipc/contract.ts';
import { scoreLibraryAgreement, type AgreementLibrary } from '../agreement/agreement-input.ts';
import { readAgreementLibrary } from '../agreement/read-agreement-library.ts';
import { MarginaliaDatabase } from '../db/database.ts';
import { applyImportPlan } from '../db/import-store.ts';
import { documentsTouchedBy } from '../import/documents-touched-by.ts';
import { planImportFile } from '../import/plan-import-file.ts';
import { backupContent, exportLibraryFile, readLibraryModel } from '../shell/export-dataset.ts';
import { previewOfPlan } from './import-plan-preview.ts';
import type {
  LongWorkJobs,
  LongWorkKind,
  LongWorkMessage,
  LongWorkPhase,
  LongWorkRequest,
} from './long-work-protocol.ts';

const databases = new Map<string, MarginaliaDatabase>();

function databaseNamed(name: string): MarginaliaDatabase {
  let db = databases.get(name);
  if (!db) databases.set(name, (db = new MarginaliaDatabase(name)));
  return db;
}

/** An import session's file and its last plan, kept between planning and writing. */
let importFile: PickedFile | null = null;
let importPlan: ImportPlan | null = null;
/** The whole library as 'read-library' read it ahead of an export. */
let readAhead: DatasetModel | null = null;
/** The agreement screen's library as last read, kept for scoring. */
let agreementLibrary: AgreementLibrary | null = null;

type Report = (phase: LongWorkPhase, done: number, total: number) => void;

function post(message: LongWorkMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function run(
  request: LongWorkRequest,
  report: Report,
): Promise<{ value: LongWorkJobs[LongWorkKind]['result']; transfer?: Transferable[] }> {
  const db = databaseNamed(request.databaseName);
  switch (request.kind) {
    case 'read-library': {
      report('reading', 0, 1);
      readAhead = await readLibraryModel(db);
      return { value: readAhead.documents.length };
    }
    case 'export': {
      const library = request.fromReadAhead ? (readAhead ?? undefined) : undefined;
      const { bytes, ...file } = await exportLibraryFile(
        db,
        request.request,
        request.now,
        report,
        library,
      );
      // Made here, the Blob's copy of the bytes is this thread's work, not the window's (0.1–0.7
      // s for 56 MB as measured, with the garbage collection of the window's copy after it).
      // (TextEncoder's and the zip writer's bytes are ArrayBuffer-backed, as a Blob wants.)
      return { value: { ...file, blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) } };
    }
    case 'backup':
      return { value: await backupContent(db, request.now, request.limits, report) };
    case 'plan-import': {
      if (request.file) importFile = request.file;
      if (!importFile) throw new Error('no file to plan: the first plan-import carries it');
      importPlan = null;
      const plan = await planImportFile(
        db,
        importFile,
        request.annotator,
        request.now,
        request.entityChoices,
        report,
      );
      if (!plan.ok) return { value: plan };
      importPlan = plan.value;
      return { value: { ok: true, value: previewOfPlan(plan.value) } };
    }
    case 'read-agreement': {
      report('reading', 0, 1);
      const library = await readAgreementLibrary(db);
      agreementLibrary = library;
      const { model, layers, documentCount } = library;
      return {
        value: {
          layers,
          documentCount,
          model: {
            documents: model.documents.map(({ id, title }) => ({ id, title })),
            labels: model.labels,
            annotators: model.annotators,
            ...(model.relationTypes ? { relationTypes: model.relationTypes } : {}),
          },
        },
      };
    }
    case 'score-agreement': {
      if (!agreementLibrary) throw new Error('no library to score: read it first');
      report('scoring', 0, 1);
      try {
        return {
          value: { ok: true, value: scoreLibraryAgreement(agreementLibrary, request.chosen) },
        };
      } catch (error) {
        // The library holds validated spans, so this is a bug; say so rather than show nothing.
        const message = error instanceof Error ? error.message : String(error);
        return { value: { ok: false, message } };
      }
    }
    case 'apply-import': {
      const plan = importPlan;
      if (!plan) throw new Error('no import plan to write: plan the file first');
      report('writing', 0, 1);
      const meta = { fileName: request.fileName, importedAt: request.importedAt };
      const written = await applyImportPlan(db, plan, meta);
      importPlan = null;
      importFile = null;
      return { value: { written, touched: documentsTouchedBy(plan) } };
    }
  }
}

self.onmessage = (event: MessageEvent<LongWorkRequest>) => {
  const report: Report = (phase, done, total) =>
    post({ kind: 'progress', progress: { phase, done, total } });
  run(event.data, report).then(
    ({ value, transfer }) => post({ kind: 'done', value }, transfer),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
};
