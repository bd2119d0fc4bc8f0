// Export as the analyst runs it: the dialog, the export in the library worker with its progress
// and Cancel, and the notice. While the analyst chooses a format, the worker already reads the
// library (the longer half of an export: 0.6 s of 1.1 s on the bench library), so Export only
// encodes it; a write to the library meanwhile (another tab) makes the export read it again.

import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { LibraryWorker, LongWorkCancelled } from '../long-work/library-worker.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { useAppServices } from './app-services.ts';
import type { ExportRequest } from './export-dataset.ts';
import { exportLibrary } from './export-library.ts';
import { ExportDialog, type RunningExport } from './ExportDialog.tsx';

/** A worker that has read (or is reading) the library, and whether the library changed since. */
interface ReadAhead {
  worker: LibraryWorker;
  stale: boolean;
}

function startReadAhead(db: MarginaliaDatabase): ReadAhead {
  const readAhead: ReadAhead = { worker: new LibraryWorker(), stale: false };
  // A failed read leaves nothing kept: the export then reads for itself.
  readAhead.worker.run('read-library', { databaseName: db.name }).catch(() => {
    readAhead.stale = true;
  });
  return readAhead;
}

export function ExportFlow({ onClose }: { onClose(): void }) {
  const { db, platform, notify } = useAppServices();
  const [running, setRunning] = useState<(RunningExport & { controller: AbortController }) | null>(
    null,
  );
  const readAhead = useRef<ReadAhead | null>(null);

  useEffect(() => {
    readAhead.current = startReadAhead(db);
    const prefix = `idb://${db.name}/`;
    const onMutated = (parts: ObservabilitySet) => {
      if (readAhead.current && Object.keys(parts).some((part) => part.startsWith(prefix)))
        readAhead.current.stale = true;
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    return () => {
      Dexie.on.storagemutated.unsubscribe(onMutated);
      readAhead.current?.worker.terminate();
      readAhead.current = null;
    };
  }, [db]);

  const runExport = async (request: ExportRequest) => {
    const controller = new AbortController();
    setRunning({ progress: null, controller });
    const ahead = readAhead.current!;
    try {
      const { result, documents, annotations } = await exportLibrary(db, platform, request, {
        worker: ahead.worker,
        // The whole library as read ahead, unless something wrote to it since.
        fromReadAhead: !ahead.stale && request.documentIds === undefined,
        signal: controller.signal,
        onProgress: (progress) => setRunning({ progress, controller }),
      });
      onClose();
      if (result.status === 'saved')
        notify({
          kind: 'success',
          title: 'Exported',
          details: [
            `${countOf(documents, 'document')}, ${countOf(annotations, 'annotation')} → ${result.path}`,
          ],
        });
      else if (result.status === 'failed')
        notify({ kind: 'error', title: 'Export failed', details: [result.message] });
    } catch (error) {
      if (error instanceof LongWorkCancelled) {
        // The dialog stays open, as it was before Export; the cancelled worker took its read
        // with it, so a fresh one reads again.
        readAhead.current = startReadAhead(db);
        return;
      }
      onClose();
      notify({
        kind: 'error',
        title: 'Export failed',
        details: [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setRunning(null);
    }
  };

  return (
    <ExportDialog
      running={running}
      onExport={(request) => void runExport(request)}
      onCancel={() => (running ? running.controller.abort() : onClose())}
    />
  );
}
