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
  // Issue 9: the same review with 6,000 relations and 2,000 entity links per side, reopened
  // after "Accept all agreed" so that every reconciled annotation's enrichment is compared.
  {
    kind: 'at-most',
    label: 'enriched review open ≤ 500 ms',
    metric: 'review-enriched/painted',
    limit: 500,
  },
  { kind: 'at-most', label: 'heap ≤ 150 MB', metric: 'heap/document', limit: 150 },
  // The CLI issue: 1,000 documents, 100,000 annotations per annotator, 2 annotators.
  // Issue 12: a hostile dataset is refused quickly, with its first problems listed.
  {
    kind: 'at-most',
    label: 'hostile dataset refused ≤ 3 s',
    metric: 'hostile/dataset-refusal',
    limit: 3000,
  },
  // Issue 12: JSONL past the import's bounds is refused before the work it bounds.
  {
    kind: 'at-most',
    label: 'JSONL of 200,001 documents refused ≤ 1 s',
    metric: 'hostile/jsonl-records',
    limit: 1000,
  },
  {
    kind: 'at-most',
    label: 'JSONL of 1,000,001 annotations refused ≤ 3 s',
    metric: 'hostile/jsonl-annotations',
    limit: 3000,
  },
  // Issue 12: hostile documents are converted off the window's thread, which stays responsive.
  {
    kind: 'at-most',
    label: 'hostile documents: longest task < 100 ms',
    metric: 'hostile-import/longest-task',
    limit: 100,
  },
  { kind: 'at-most', label: 'cli agree ≤ 2 s', metric: 'cli/agree', limit: 2000 },
  { kind: 'at-most', label: 'cli merge ≤ 2 s', metric: 'cli/merge', limit: 2000 },
  // Issue 9: the merge also reconciling 30,000 relations, 10,000 entity links and ~11,000 date
  // values per annotator, against the spans-only merge of the same run.
  {
    kind: 'ratio-at-most',
    label: 'cli merge enriched ≤ 1.3 × spans only',
    metric: 'cli/merge-enriched',
    over: 'cli/merge',
    limit: 1.3,
  },
  // The import issue: the same 1,000 documents and 100,000 annotations through the app's UI.
  { kind: 'at-most', label: 'import ≤ 2 s', metric: 'import/imported', limit: 2000 },
  { kind: 'at-most', label: 'export ≤ 1 s', metric: 'import/export', limit: 1000 },
  // Issue 12: import and export run off the window's thread; no frame of the window meanwhile
  // takes over 100 ms (the longest frame seen, from the Long Animation Frames API).
  {
    kind: 'at-most',
    label: 'import: longest frame ≤ 100 ms',
    metric: 'import/import-longest-frame',
    limit: 100,
  },
  {
    kind: 'at-most',
    label: 'export: longest frame ≤ 100 ms',
    metric: 'import/export-longest-frame',
    limit: 100,
  },
  { kind: 'at-most', label: 'heap after import ≤ 300 MB', metric: 'import/heap', limit: 300 },
  {
    kind: 'at-most',
    label: 'add after import → persisted ≤ 10 ms',
    metric: 'import/add-persisted',
    limit: 10,
  },
  // Issue 8 (relations, entities, date values). The enriched open against the plain open of the
  // same document in the same run (alternating): "no slower than today's".
  {
    kind: 'at-most',
    label: 'enriched open ≤ 300 ms',
    metric: 'open-enriched/painted',
    limit: 300,
  },
  {
    kind: 'ratio-at-most',
    label: 'enriched open ≤ 1.0 × plain open',
    metric: 'open-enriched/painted',
    over: 'open-enriched/plain-painted',
    limit: 1,
  },
  { kind: 'at-most', label: 'link → persisted ≤ 17 ms', metric: 'link/persisted', limit: 17 },
  {
    kind: 'at-most',
    label: 'link → connectors drawn ≤ 17 ms',
    metric: 'link/connectors',
    limit: 17,
  },
  {
    kind: 'at-most',
    label: 'link → connector frame ≤ 17 ms',
    metric: 'link/connectors-frame',
    limit: 17,
  },
  // The list updated: the frame after the DOM shows the options for the new text.
  {
    kind: 'at-most',
    label: 'entity search: key → list ≤ 16 ms',
    metric: 'entity-search/frame',
    limit: 16,
  },
  // The same 1,000 documents and 100,000 annotations with 30,000 relations and 5,000 entities,
  // against the spans-only file, both imported and exported in the same run (alternating).
  {
    kind: 'ratio-at-most',
    label: 'enriched import ≤ 1.3 × spans only',
    metric: 'import-enriched/imported',
    over: 'import-enriched/plain-imported',
    limit: 1.3,
  },
  {
    kind: 'ratio-at-most',
    label: 'enriched export ≤ 1.3 × spans only',
    metric: 'import-enriched/export',
    over: 'import-enriched/plain-export',
    limit: 1.3,
  },
  // Issue 9: `marginalia agree` on the same 2 × 100,000 annotations with 30,000 relations per
  // annotator, entity links and date values, against spans alone in the same run: the command,
  // and the agreement alone (parsing aside).
  {
    kind: 'ratio-at-most',
    label: 'enriched agree ≤ 1.3 × spans only',
    metric: 'agree-enriched/enriched',
    over: 'agree-enriched/plain',
    limit: 1.3,
  },
  {
    kind: 'ratio-at-most',
    label: 'enriched agreement alone ≤ 1.3 × spans only',
    metric: 'agree-enriched/enriched-score',
    over: 'agree-enriched/plain-score',
    limit: 1.3,
  },
  // Issue 10, search: 1,000 documents, 35 MB of text; a keystroke's first results and all its
  // counts painted; 1,000 hits tagged (committed and painted).
  {
    kind: 'at-most',
    label: 'search first results ≤ 100 ms',
    metric: 'search/first-frame',
    limit: 100,
  },
  {
    kind: 'at-most',
    label: 'search all counts ≤ 500 ms',
    metric: 'search/counts-frame',
    limit: 500,
  },
  {
    kind: 'at-most',
    label: 'annotate 1,000 hits → persisted ≤ 1 s',
    metric: 'search/tag-persisted',
    limit: 1000,
  },
  {
    kind: 'at-most',
    label: 'annotate 1,000 hits → painted ≤ 1 s',
    metric: 'search/tag-painted',
    limit: 1000,
  },
  // Issue 10: suggestions are found after the first paint, so opening stays as fast.
  {
    kind: 'at-most',
    label: 'open with suggestions ≤ 300 ms',
    metric: 'suggestions/painted',
    limit: 300,
  },
  // Issue 10: the timeline of 100,000 claims across 1,000 documents.
  { kind: 'at-most', label: 'timeline open ≤ 500 ms', metric: 'timeline/painted', limit: 500 },
  { kind: 'at-most', label: 'timeline zoom ≤ 50 ms', metric: 'timeline/zoom', limit: 50 },
  { kind: 'at-most', label: 'timeline filter ≤ 50 ms', metric: 'timeline/filter', limit: 50 },
  // Issue 11: a 200-page two-column PDF through "Import documents", progress shown meanwhile.
  {
    kind: 'at-most',
    label: 'PDF import (200 pages) ≤ 5 s',
    metric: 'pdf-import/imported',
    limit: 5000,
  },
];

export interface TargetResult {
  kind: Target['kind'];
  label: string;
  metric: string;
  /** A ratio's denominator: the metric whose p50 divides this one's. */
  over?: string;
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
      ...(target.kind === 'ratio-at-most' ? { over: target.over } : {}),
      value,
      limit: target.limit,
      pass: value === null ? null : value <= target.limit,
    };
  });
}
