// The agreement screen's data: the comparable part of the library read as one snapshot (again
// whenever an import or an edit writes layers), and the measures scored off the click path.
// Scoring is synchronous and takes a second or so at 100,000 annotations, so it waits for the
// "Computing…" state to be painted first; a newer request cancels an older one not started.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { AnnotatorId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { scoreLibraryAgreement, type AgreementLibrary, type LibraryAgreement } from './agreement-input.ts';
import { readAgreementLibrary } from './read-agreement-library.ts';

/** The library as the agreement screen needs it (readAgreementLibrary); undefined while loading. */
export function useAgreementLibrary(db: MarginaliaDatabase): AgreementLibrary | undefined {
  return useLiveQuery(() => readAgreementLibrary(db), [db]);
}

export type AgreementOutcome = { ok: true; value: LibraryAgreement } | { ok: false; message: string };

export interface AgreementComputation {
  /** The latest outcome, possibly of earlier inputs while `computing`; null before the first. */
  outcome: AgreementOutcome | null;
  computing: boolean;
}

interface Computed {
  library: AgreementLibrary;
  chosen: ReadonlySet<AnnotatorId>;
  outcome: AgreementOutcome;
}

/** The agreement among `chosen` (a stable set: a new set means new inputs). */
export function useAgreement(library: AgreementLibrary | undefined, chosen: ReadonlySet<AnnotatorId>): AgreementComputation {
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    if (library === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      let outcome: AgreementOutcome;
      try {
        outcome = { ok: true, value: scoreLibraryAgreement(library, chosen) };
      } catch (error) {
        // The library holds validated spans, so this is a bug; say so rather than show nothing.
        outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      setComputed({ library, chosen, outcome });
    };
    // A timeout alone may run before the next frame; after a frame, "Computing…" is on screen.
    const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [library, chosen]);

  const current = computed !== null && computed.library === library && computed.chosen === chosen;
  return { outcome: computed?.outcome ?? null, computing: library !== undefined && !current };
}
