// The targets of the performance issue, checked against every run's medians (p50).

import type { Summary } from './harness/statistics.ts';

export type Target =
  | { kind: 'at-most'; label: string; metric: string; limit: number }
  | { kind: 'ratio-at-most'; label: string; metric: string; over: string; limit: number };

export const TARGETS: readonly Target[] = [
  { kind: 'at-most', label: 'open ≤ 300 ms', metric: 'open/painted', limit: 300 },
  // Like for like: both to the second frame after their content is ready. The app's mark is
  // the first such frame, whose own style, layout and paint come after it; the floor does
  // most of its work in that frame, so mark ÷ first frame would compare different things.
  {
    kind: 'ratio-at-most',
    label: 'open ≤ 2.5 × floor',
    metric: 'open/next-frame',
    over: 'open/floor-next-frame',
    limit: 2.5,
  },
  { kind: 'at-most', label: 'add → painted ≤ 17 ms', metric: 'add/painted', limit: 17 },
  { kind: 'at-most', label: 'add → persisted ≤ 10 ms', metric: 'add/persisted', limit: 10 },
  // The review issue: a 1 MB document with 10,000 annotations per side.
  { kind: 'at-most', label: 'review open ≤ 500 ms', metric: 'review/painted', limit: 500 },
  { kind: 'at-most', label: 'heap ≤ 150 MB', metric: 'heap/document', limit: 150 },
  // The CLI issue: 1,000 documents, 100,000 annotations per annotator, 2 annotators.
  { kind: 'at-most', label: 'cli agree ≤ 2 s', metric: 'cli/agree', limit: 2000 },
  { kind: 'at-most', label: 'cli merge ≤ 2 s', metric: 'cli/merge', limit: 2000 },
  // The import issue: the same 1,000 documents and 100,000 annotations through the app's UI.
  { kind: 'at-most', label: 'import ≤ 2 s', metric: 'import/imported', limit: 2000 },
  { kind: 'at-most', label: 'export ≤ 1 s', metric: 'import/export', limit: 1000 },
  { kind: 'at-most', label: 'heap after import ≤ 300 MB', metric: 'import/heap', limit: 300 },
  {
    kind: 'at-most',
    label: 'add after import → persisted ≤ 10 ms',
    metric: 'import/add-persisted',
    limit: 10,
  },
];

export interface TargetResult {
  kind: Target['kind'];
  label: string;
  metric: string;
  /** The p50 (or the ratio of p50s); null when a scenario did not run. */
  value: number | null;
  limit: number;
  pass: boolean | null;
}

export function checkTargets(summaries: ReadonlyMap<string, Summary>): TargetResult[] {
  return TARGETS.map((target) => {
    const median = summaries.get(target.metric)?.median;
    const over = target.kind === 'ratio-at-most' ? summaries.get(target.over)?.median : 1;
    const value = median === undefined || over === undefined ? null : median / over;
    return {
      kind: target.kind,
      label: target.label,
      metric: target.metric,
      value,
      limit: target.limit,
      pass: value === null ? null : value <= target.limit,
    };
  });
}
