// A scored agreement as plain-text tables, for `marginalia agree` without --json. An undefined
// value prints as "n/a [k]", and note k at the end says why ("no spans by either annotator"),
// so a reader never mistakes a missing value for a bad one.

import { countOf } from '../formats/dataset/describe-value.ts';
import type { AnnotatorId, DocumentId, LabelId } from '../model/ids.ts';
import type { ScoredAgreement, ScoredMeasures } from './agreement-types.ts';
import type { Score } from './score.ts';

/** Names to show beside ids; any may be missing. */
export interface AgreementNames {
  titles?: ReadonlyMap<DocumentId, string>;
  labelNames?: ReadonlyMap<LabelId, string>;
  annotatorNames?: ReadonlyMap<AnnotatorId, string>;
}

/** The readable report: overall, by label, by document, then the reasons for undefined values. */
export function formatAgreement(scored: ScoredAgreement, names: AgreementNames = {}): string {
  const reasons: string[] = [];
  const show = (score: Score): string => {
    if (score.value !== null) return score.value.toFixed(3);
    let k = reasons.indexOf(score.reason);
    if (k < 0) k = reasons.push(score.reason) - 1;
    return `n/a [${k + 1}]`;
  };

  const annotators = new Set<AnnotatorId>();
  for (const document of scored.documents.values())
    for (const rater of document.raters) annotators.add(rater);
  const lines = [
    `Agreement over ${countOf(scored.documents.size, 'document')}, ${countOf(annotators.size, 'annotator')}, ${countOf(scored.labels.size, 'label')}`,
    '',
    'Overall (kappas and F1 pool all documents; alpha-U is the mean of the documents’ values)',
    ...measureLines(scored.overall, show),
  ];

  if (scored.labels.size > 0) {
    const manyPairs = scored.overall.f1Exact.pairs.size > 1;
    lines.push('', `By label${manyPairs ? ' (F1: mean over pairs of annotators)' : ''}`);
    const rows = [...scored.labels].map(([id, measures]) => [
      withName(id, names.labelNames?.get(id)),
      show(measures.krippendorffAlphaU),
      show(measures.f1Exact.mean),
      show(measures.f1Overlap.mean),
    ]);
    lines.push(...table(['label', 'alpha-U', 'F1 exact', 'F1 overlap'], rows));
  }

  for (const [id, document] of scored.documents) {
    const title = names.titles?.get(id);
    const raters = document.raters.map((rater) =>
      withName(rater, names.annotatorNames?.get(rater)),
    );
    lines.push(
      '',
      title === undefined ? `Document ${id}` : `Document “${title}” (${id})`,
      `  annotators: ${raters.length === 0 ? 'none' : raters.join(', ')}`,
      ...measureLines(document, show),
    );
  }

  if (reasons.length > 0) {
    lines.push('', 'Undefined values (n/a)');
    reasons.forEach((reason, k) => lines.push(`  [${k + 1}] ${reason}`));
  }
  return `${lines.join('\n')}\n`;
}

function measureLines(measures: ScoredMeasures, show: (score: Score) => string): string[] {
  const lines = table(
    ['', ''],
    [
      ["Fleiss' kappa", show(measures.fleissKappa)],
      ["Krippendorff's alpha-U", show(measures.krippendorffAlphaU)],
    ],
    false,
  );
  const keys = [...measures.cohenKappa.pairs.keys()];
  if (keys.length === 0)
    return [...lines, `  pairwise measures: ${show(measures.cohenKappa.mean)}`];
  const rows = keys.map((key) => [
    key,
    show(measures.cohenKappa.pairs.get(key)!),
    show(measures.f1Exact.pairs.get(key)!),
    show(measures.f1Overlap.pairs.get(key)!),
  ]);
  if (keys.length > 1)
    rows.push([
      'mean',
      show(measures.cohenKappa.mean),
      show(measures.f1Exact.mean),
      show(measures.f1Overlap.mean),
    ]);
  return [...lines, '', ...table(['annotators', "Cohen's kappa", 'F1 exact', 'F1 overlap'], rows)];
}

/** Rows under a header, columns padded to their widest cell, indented by two spaces. */
function table(header: string[], rows: string[][], withHeader = true): string[] {
  const all = withHeader ? [header, ...rows] : rows;
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column]!))));
  return all.map(
    (row) =>
      `  ${row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - width(cell) + 3),
        )
        .join('')}`,
  );
}

/** Display width in code points (close enough for ids and names in a terminal). */
function width(text: string): number {
  return [...text].length;
}

function withName(id: string, name: string | undefined): string {
  return name === undefined || name === id ? id : `${id} (${name})`;
}
