// The agreement screen's data, read and scored in the library worker (renderer/long-work/): the
// comparable part of the library is read there (again a moment after any committed write to the
// tables it comes from, through useLiveRead) and kept, and the window gets its names and layer
// index only; the measures are scored there too. Scoring 100,000 spans takes a second or so,
// and reading them into the window was another long task: neither freezes the window now.

import { LIBRARY_MODEL_TABLES } from '../shell/export-dataset.ts';
import { useCallback, useEffect, useState } from 'react';
import type { AnnotatorId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { useLiveRead } from '../db/use-live-read.ts';
import { LibraryWorker } from '../long-work/library-worker.ts';
import type { AgreementLibrarySummary } from '../long-work/long-work-protocol.ts';
import type { AgreementOutcome } from './agreement-outcome.ts';

export type { AgreementOutcome } from './agreement-outcome.ts';

/** The library as the screen shows it, and the worker that holds its spans. */
export interface AgreementLibraryView {
  summary: AgreementLibrarySummary;
  worker: LibraryWorker;
}

/** The comparable part of the library, read in the worker; undefined while loading. */
export function useAgreementLibrary(db: MarginaliaDatabase): AgreementLibraryView | undefined {
  // One worker per screen: it keeps the spans it read, for the scoring that follows. It starts
  // on its first job, and again after being stopped.
  const [worker] = useState(() => new LibraryWorker());
  useEffect(() => () => worker.terminate(), [worker]);
  const read = useCallback(
    async (database: MarginaliaDatabase): Promise<AgreementLibraryView> => ({
      summary: await worker.run('read-agreement', { databaseName: database.name }),
      worker,
    }),
    [worker],
  );
  return useLiveRead(db, LIBRARY_MODEL_TABLES, read);
}

export interface AgreementComputation {
  /** The latest outcome, possibly of earlier inputs while `computing`; null before the first. */
  outcome: AgreementOutcome | null;
  computing: boolean;
}

interface Computed {
  view: AgreementLibraryView;
  chosen: ReadonlySet<AnnotatorId>;
  outcome: AgreementOutcome;
}

/** The agreement among `chosen` (a stable set: a new set means new inputs). */
export function useAgreement(
  db: MarginaliaDatabase,
  view: AgreementLibraryView | undefined,
  chosen: ReadonlySet<AnnotatorId>,
): AgreementComputation {
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    if (view === undefined) return;
    let live = true;
    view.worker.run('score-agreement', { databaseName: db.name, chosen }).then(
      (outcome) => live && setComputed({ view, chosen, outcome }),
      (error: unknown) =>
        live &&
        setComputed({
          view,
          chosen,
          outcome: { ok: false, message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      live = false;
    };
  }, [db, view, chosen]);

  const current = computed !== null && computed.view === view && computed.chosen === chosen;
  return { outcome: computed?.outcome ?? null, computing: view !== undefined && !current };
}
