// The agreement screen's data, read and scored in the library worker (renderer/long-work/): the
// comparable part of the library is read there (again a moment after any committed write to the
// tables it comes from, as useLiveRead does) and kept, and the window gets its names and layer
// index only; the measures are scored there too. Scoring 100,000 spans takes a second or so,
// and reading them into the window was another long task: neither freezes the window now.

import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { AnnotatorId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { LibraryWorker } from '../long-work/library-worker.ts';
import type { AgreementLibrarySummary } from '../long-work/long-work-protocol.ts';
import type { AgreementOutcome } from './agreement-outcome.ts';

export type { AgreementOutcome } from './agreement-outcome.ts';

/** The tables read-agreement-library.ts reads (through readLibraryModel and the layer index). */
const TABLES_READ = [
  'documents',
  'texts',
  'layers',
  'edits',
  'relationLayers',
  'annotators',
  'reviews',
  'entities',
  'labels',
];

/** How long after the last committed write the library is read again. */
const QUIET_MS = 120;

/** The library as the screen shows it, and the worker that holds its spans. */
export interface AgreementLibraryView {
  summary: AgreementLibrarySummary;
  worker: LibraryWorker;
}

/** The comparable part of the library, read in the worker; undefined while loading. */
export function useAgreementLibrary(db: MarginaliaDatabase): AgreementLibraryView | undefined {
  const [view, setView] = useState<AgreementLibraryView>();
  useEffect(() => {
    const worker = new LibraryWorker();
    let live = true;
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readNow = () => {
      const generation = ++latest;
      worker.run('read-agreement', { databaseName: db.name }).then(
        (summary) => {
          if (live && generation === latest) setView({ summary, worker });
        },
        () => undefined,
      );
    };
    const prefixes = TABLES_READ.map((table) => `idb://${db.name}/${table}/`);
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix))))
        return;
      clearTimeout(timer);
      timer = setTimeout(readNow, QUIET_MS);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    readNow();
    return () => {
      live = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
      worker.terminate();
    };
  }, [db]);
  return view;
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
