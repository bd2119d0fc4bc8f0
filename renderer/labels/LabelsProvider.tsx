import { useEffect, useMemo, type ReactNode } from 'react';
import type { MarginaliaDatabase } from '../db/database.ts';
import { labelStyleSheet, setStyledLabels } from './label-style.ts';
import { LabelsContext, useLiveLabels } from './use-labels.ts';

/** Keeps the library's labels live for the screens below it, and their colours in one style sheet. */
export function LabelsProvider({ db, children }: { db: MarginaliaDatabase; children: ReactNode }) {
  const labels = useLiveLabels(db);
  const css = useMemo(() => labelStyleSheet(labels), [labels]);
  useEffect(() => setStyledLabels(labels), [labels]);
  return (
    <LabelsContext.Provider value={labels}>
      <style data-testid="label-styles">{css}</style>
      {children}
    </LabelsContext.Provider>
  );
}
