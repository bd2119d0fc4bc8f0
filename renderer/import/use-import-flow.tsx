// The import flow shared by the toolbar, File → Import…, drag and drop and backup restore:
// documents (.txt, .md, .html, .docx, .pdf) go straight into the library; annotation files (.json, .jsonl)
// are planned, shown in the import dialog one at a time, and written only when confirmed.

import { useCallback, useState, type ReactNode } from 'react';
import type { ImportPlan } from '../../app/import/plan-types.ts';
import type { ImportRefusal } from '../../app/import/read-import-file.ts';
import { isImportDataFile, type OpenDocumentsResult, type PickedFile } from '../../app/ipc/contract.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { Result } from '../../app/result.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { importIntoLibrary } from './import-into-library.ts';
import type { Notice } from '../shell/app-services.ts';
import { describeImport, describeImportProgress, importPickedFiles, type ImportProgress } from '../shell/import-documents.ts';
import { ImportDialog } from './ImportDialog.tsx';
import './import-progress.css';
import { planImportFile } from './plan-import-file.ts';
import { countOf } from '../../app/formats/dataset/describe-value.ts';

interface PendingImport {
  file: PickedFile;
  plan: Result<ImportPlan, ImportRefusal>;
}

export function useImportFlow(db: MarginaliaDatabase, annotator: Annotator | null, notify: (notice: Omit<Notice, 'id'>) => void) {
  const [queue, setQueue] = useState<PickedFile[]>([]);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const planNext = useCallback(
    async (files: PickedFile[]) => {
      const [next, ...rest] = files;
      setQueue(rest);
      if (!next || !annotator) return setPending(null);
      setPending({ file: next, plan: await planImportFile(db, next, annotator) });
    },
    [db, annotator],
  );

  /** Imports whatever was picked or dropped. */
  const importFiles = useCallback(
    async (picked: Promise<OpenDocumentsResult>) => {
      try {
        const result = await picked;
        // Annotation files go through the import dialog; everything else is a document.
        const annotationFiles = result.files.filter((file) => isImportDataFile(file.name));
        const documents = { files: result.files.filter((file) => !isImportDataFile(file.name)), refused: result.refused };
        if (documents.files.length > 0 || documents.refused.length > 0) {
          try {
            notify(describeImport(await importPickedFiles(db, documents, setProgress)));
          } finally {
            setProgress(null);
          }
        }
        if (annotationFiles.length > 0) await planNext(annotationFiles);
      } catch (error) {
        notify({ kind: 'error', title: 'Import failed', details: [error instanceof Error ? error.message : String(error)] });
      }
    },
    [db, notify, planNext],
  );

  const progressBar: ReactNode = progress && (
    <div className="import-progress" role="status" aria-label="Import progress">
      <span>{describeImportProgress(progress)}</span>
      <progress
        max={progress.pages?.total ?? progress.fileCount}
        value={progress.pages?.done ?? progress.fileIndex}
      />
    </div>
  );

  const pendingDialog: ReactNode = pending && (
    <ImportDialog
      key={pending.file.name + queue.length}
      fileName={pending.file.name}
      plan={pending.plan}
      onClose={() => void planNext(queue)}
      onChooseEntities={async (choices) => {
        if (!annotator) return;
        setPending({ file: pending.file, plan: await planImportFile(db, pending.file, annotator, new Date(), choices) });
      }}
      onConfirm={async (plan) => {
        const written = await importIntoLibrary(db, plan, { fileName: pending.file.name, importedAt: new Date() });
        notify({
          kind: 'success',
          title: `Imported ${pending.file.name}`,
          details: [
            `${countOf(written.documents, 'new document')}, ${countOf(written.annotations, 'annotation')}` +
              (written.orphans > 0 ? `, ${countOf(written.orphans, 'orphan')} kept (could not be placed: see the document’s side panel)` : ''),
            ...(written.labels > 0 ? [`${countOf(written.labels, 'new label')} in your label set (see Labels)`] : []),
          ],
        });
        await planNext(queue);
      }}
    />
  );

  const dialog: ReactNode = (
    <>
      {progressBar}
      {pendingDialog}
    </>
  );

  return { importFiles, dialog };
}
