// The import flow shared by the toolbar, File → Import…, drag and drop and backup restore:
// documents (.txt, .md, .html, .docx, .pdf) go straight into the library; annotation files (.json, .jsonl)
// are planned, shown in the import dialog one at a time, and written only when confirmed.
// Annotation files are read, planned and written in the library worker (renderer/long-work/),
// which keeps the plan between the two: the window shows the phases, and Cancel while planning
// terminates the worker (nothing is written before the analyst confirms).

import { useCallback, useState, type ReactNode } from 'react';
import type { ImportRefusal } from '../../app/import/read-import-file.ts';
import {
  isImportDataFile,
  type OpenDocumentsResult,
  type PickedFile,
} from '../../app/ipc/contract.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { Result } from '../../app/result.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { LibraryWorker, LongWorkCancelled } from '../long-work/library-worker.ts';
import type { ImportPlanPreview, LongWorkProgress } from '../long-work/long-work-protocol.ts';
import { LongWorkStatus } from '../long-work/LongWorkStatus.tsx';
import type { Notice } from '../shell/app-services.ts';
import {
  describeImport,
  describeImportProgress,
  importPickedFiles,
  type ImportProgress,
} from '../shell/import-documents.ts';
import { ImportDialog } from './ImportDialog.tsx';
import './import-progress.css';
import { countOf } from '../../app/formats/dataset/describe-value.ts';

/** A file planned and waiting for the analyst: its worker keeps the file and the plan. */
interface PendingImport {
  fileName: string;
  session: LibraryWorker;
  plan: Result<ImportPlanPreview, ImportRefusal>;
}

/** A file being read and planned in the worker. */
interface ImportWork {
  fileName: string;
  progress: LongWorkProgress | null;
  cancel: () => void;
}

/** The file's bytes, handed to the worker rather than copied when they are a buffer of their own. */
function transferableBytes(file: PickedFile): Transferable[] {
  const { bytes } = file;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

export function useImportFlow(
  db: MarginaliaDatabase,
  annotator: Annotator | null,
  notify: (notice: Omit<Notice, 'id'>) => void,
  /** Told after the worker wrote an import (the backup scheduler does not see its writes). */
  onWrittenElsewhere: () => void = () => {},
) {
  const [queue, setQueue] = useState<PickedFile[]>([]);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const [work, setWork] = useState<ImportWork | null>(null);

  const planNext = useCallback(
    async (files: PickedFile[]): Promise<void> => {
      const [next, ...rest] = files;
      setQueue(rest);
      if (!next || !annotator) return setPending(null);
      setPending(null);
      const session = new LibraryWorker();
      const controller = new AbortController();
      const cancel = () => controller.abort();
      setWork({ fileName: next.name, progress: null, cancel });
      try {
        const plan = await session.run(
          'plan-import',
          { databaseName: db.name, file: next, annotator, now: new Date() },
          {
            signal: controller.signal,
            onProgress: (progress) => setWork({ fileName: next.name, progress, cancel }),
            transfer: transferableBytes(next),
          },
        );
        setWork(null);
        setPending({ fileName: next.name, session, plan });
      } catch (error) {
        setWork(null);
        session.terminate();
        if (!(error instanceof LongWorkCancelled))
          notify({
            kind: 'error',
            title: `Cannot import ${next.name}`,
            details: [error instanceof Error ? error.message : String(error)],
          });
        await planNext(rest);
      }
    },
    [db, annotator, notify],
  );

  /** Imports whatever was picked or dropped. */
  const importFiles = useCallback(
    async (picked: Promise<OpenDocumentsResult>) => {
      try {
        const result = await picked;
        // Annotation files go through the import dialog; everything else is a document.
        const annotationFiles = result.files.filter((file) => isImportDataFile(file.name));
        const documents = {
          files: result.files.filter((file) => !isImportDataFile(file.name)),
          refused: result.refused,
        };
        if (documents.files.length > 0 || documents.refused.length > 0) {
          try {
            notify(describeImport(await importPickedFiles(db, documents, setProgress)));
          } finally {
            setProgress(null);
          }
        }
        if (annotationFiles.length > 0) await planNext(annotationFiles);
      } catch (error) {
        notify({
          kind: 'error',
          title: 'Import failed',
          details: [error instanceof Error ? error.message : String(error)],
        });
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

  const workStatus: ReactNode = work && (
    <LongWorkStatus
      className="floating"
      what={`Importing ${work.fileName}`}
      progress={work.progress}
      onCancel={work.cancel}
    />
  );

  const pendingDialog: ReactNode = pending && (
    <ImportDialog
      key={pending.fileName + queue.length}
      fileName={pending.fileName}
      plan={pending.plan}
      onClose={() => {
        pending.session.terminate();
        void planNext(queue);
      }}
      onChooseEntities={async (choices) => {
        if (!annotator) return;
        const plan = await pending.session.run('plan-import', {
          databaseName: db.name,
          annotator,
          now: new Date(),
          entityChoices: choices,
        });
        setPending({ ...pending, plan });
      }}
      onConfirm={async () => {
        const { fileName, session } = pending;
        // The dialog says "Importing…" meanwhile; the write is one transaction, not cancelled.
        const applied = await session.run('apply-import', {
          databaseName: db.name,
          fileName,
          importedAt: new Date(),
        });
        session.terminate();
        // The worker wrote past the change model: the open screens of those documents read again.
        await changeHubOf(db).announceWrites(applied.touched);
        onWrittenElsewhere();
        const written = applied.written;
        notify({
          kind: 'success',
          title: `Imported ${fileName}`,
          details: [
            `${countOf(written.documents, 'new document')}, ${countOf(written.annotations, 'annotation')}` +
              (written.orphans > 0
                ? `, ${countOf(written.orphans, 'orphan')} kept (could not be placed: see the document’s side panel)`
                : ''),
            ...(written.labels > 0
              ? [`${countOf(written.labels, 'new label')} in your label set (see Labels)`]
              : []),
          ],
        });
        await planNext(queue);
      }}
    />
  );

  const dialog: ReactNode = (
    <>
      {progressBar}
      {workStatus}
      {pendingDialog}
    </>
  );

  return { importFiles, dialog };
}
