// Shared by the importers' decoders: how many issues one file reports.

import { MAX_DATASET_ISSUES } from '../formats/dataset/index.ts';
import type { ImportIssue } from './bundle.ts';

/** The issues, cut after the same number as dataset files with one line saying how many more. */
export function capIssues(issues: ImportIssue[]): ImportIssue[] {
  if (issues.length <= MAX_DATASET_ISSUES) return issues;
  const more = issues.length - MAX_DATASET_ISSUES;
  return [
    ...issues.slice(0, MAX_DATASET_ISSUES),
    { path: '', message: `…and ${more} more issue${more === 1 ? '' : 's'} not shown` },
  ];
}
