// The Checks screen's data: the library read as one snapshot (again whenever anything writes to
// it: an edit through the change hub, a fix made here, an import or a restore; see
// renderer/db/use-live-read.ts), the analyst's dismissals, and the findings of one layer
// computed off the click path: checking runs after "Checking…" has been painted.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import {
  checkLibrary,
  LISTED_MISSED_OCCURRENCES,
  type Finding,
  type FindingKind,
} from '../../app/checks/index.ts';
import type { DatasetModel } from '../../app/formats/dataset/to-model.ts';
import type { Dismissal } from '../../app/model/dismissal.ts';
import type { AnnotatorId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readDismissals } from '../db/dismissal-store.ts';
import { LIBRARY_MODEL_TABLES, readLibraryModel } from '../shell/export-dataset.ts';
import { useLiveRead } from '../db/use-live-read.ts';

export interface CheckFindings {
  /** The library the findings were computed from; undefined while it is first read. */
  model: DatasetModel | undefined;
  /** The layer's findings, dismissed ones included; null before the first computation. */
  findings: Finding[] | null;
  /** Findings past the screen's bound, per kind: counted, not listed. */
  omitted: Record<FindingKind, number> | null;
  /** The analyst's dismissals of findings, by key. */
  dismissals: ReadonlyMap<string, Dismissal>;
  /** True while the findings shown are of an older snapshot (or none yet). */
  checking: boolean;
}

interface Computed {
  model: DatasetModel;
  layer: AnnotatorId;
  findings: Finding[];
  omitted: Record<FindingKind, number>;
}

export function useCheckFindings(
  db: MarginaliaDatabase,
  analyst: AnnotatorId,
  layer: AnnotatorId,
): CheckFindings {
  const model = useLiveRead(db, LIBRARY_MODEL_TABLES, readLibraryModel);
  const dismissalList = useLiveQuery(() => readDismissals(db, 'check', analyst), [db, analyst]);
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    if (model === undefined) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () =>
      setComputed({
        model,
        layer,
        ...checkLibrary(model, {
          annotators: [layer],
          missedOccurrenceLimit: LISTED_MISSED_OCCURRENCES,
        }),
      });
    // A timeout alone may run before the next frame; after a frame, "Checking…" is on screen.
    const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [model, layer]);

  const [dismissals, setDismissals] = useState<ReadonlyMap<string, Dismissal>>(new Map());
  useEffect(() => {
    if (dismissalList)
      setDismissals(new Map(dismissalList.map((dismissal) => [dismissal.key, dismissal])));
  }, [dismissalList]);

  const current = computed !== null && computed.model === model && computed.layer === layer;
  return {
    model: computed?.model ?? model,
    findings: computed !== null && computed.layer === layer ? computed.findings : null,
    omitted: computed !== null && computed.layer === layer ? computed.omitted : null,
    dismissals,
    checking: !current,
  };
}
