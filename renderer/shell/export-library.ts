// Export as the analyst runs it: the library worker reads and encodes (export-dataset.ts), the
// window shows its progress and hands the bytes to the platform (a save dialog in Electron, a
// download in the browser). Before issue 12 all of it ran in the window: 6.4 s with the window
// frozen on the bench library.

import { EXPORT_FORMATS } from '../../app/formats/export.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import {
  runInLibraryWorker,
  type LibraryWorker,
  type LongWorkOptions,
} from '../long-work/library-worker.ts';
import type { Platform } from '../platform/platform.ts';
import type { ExportRequest } from './export-dataset.ts';

export async function exportLibrary(
  db: MarginaliaDatabase,
  platform: Platform,
  request: ExportRequest,
  options: LongWorkOptions & {
    now?: Date;
    /** A worker to run in (one that read the library ahead); else one of its own. */
    worker?: LibraryWorker;
    /** Encode the library that worker read ahead instead of reading it again. */
    fromReadAhead?: boolean;
  } = {},
) {
  const now = options.now ?? new Date();
  const job = {
    databaseName: db.name,
    request,
    now,
    fromReadAhead: options.fromReadAhead ?? false,
  };
  const file = await (options.worker
    ? options.worker.run('export', job, options)
    : runInLibraryWorker('export', job, options));
  const info = EXPORT_FORMATS.find((format) => format.id === request.format)!;
  const day = now.toISOString().slice(0, 10);
  const stem = `marginalia-${request.format}${request.layers === 'reconciled' ? '-reconciled' : ''}`;
  const result = await platform.saveFile({
    suggestedName: `${stem}-${day}.${file.extension}`,
    content: file.blob,
    filters: [{ name: info.name, extensions: [file.extension] }],
  });
  return { result, documents: file.documents, annotations: file.annotations };
}
