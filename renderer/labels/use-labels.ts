// The library's label set for every screen: read live from the database (whoever wrote it: the
// Labels screen, an undo, an import) once, at the top of the app, and handed down by context.
// Without a provider (a component rendered alone in a test) it is the built-in set, which is
// also what a library that never edited its labels holds.

import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext } from 'react';
import { BUILT_IN_LABELS, type Label } from '../../app/model/labels.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readLabels } from './label-store.ts';

export const LabelsContext = createContext<readonly Label[]>(BUILT_IN_LABELS);

/** The library's labels, live (from LabelsProvider). */
export function useLabels(): readonly Label[] {
  return useContext(LabelsContext);
}

/** Reads the label set live from `db`; the built-in set until the first read is done. */
export function useLiveLabels(db: MarginaliaDatabase): readonly Label[] {
  return useLiveQuery(() => readLabels(db), [db]) ?? BUILT_IN_LABELS;
}
