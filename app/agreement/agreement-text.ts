// A scored agreement as plain-text tables, for `marginalia agree` without --json. An undefined
// value prints as "n/a [k]", and note k at the end says why ("no spans by either annotator"),
// so a reader never mistakes a missing value for a bad one. The enrichment measures (relations,
// entities, date values) get tables of their own, printed only when the input has enrichment:
// spans alone print exactly as before.

import { countOf } from '../formats/dataset/describe-value.ts';
import type { AnnotatorId, DocumentId, LabelId, RelationTypeId } from '../model/ids.ts';
import type { ScoredAgreement, ScoredMeasures } from './agreement-types.ts';
import type { Score } from './score.ts';

/** Names to show beside ids; any may be missing. */
export interface AgreementNames {
  titles?: ReadonlyMap<DocumentId, string>;
  labelNames?: ReadonlyMap<LabelId, string>;
  annotatorNames?: ReadonlyMap<AnnotatorId, string>;
  relationTypeNames?: ReadonlyMap<RelationTypeId, string>;
}

/**
 * The readable report: overall, by label, by relation type, by document, then the reasons for
 * undefined values.
 */
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
  const { relations, entityLinks, dateValues } = scored.enrichment;
  const enriched = relations + entityLinks + dateValues > 0;
  const lines = [
    `Agreement over ${countOf(scored.documents.size, 'document')}, ${countOf(annotators.size, 'annotator')}, ${countOf(scored.labels.size, 'label')}`,
    ...(enriched
      ? [
          `Compared: ${countOf(relations, 'relation')}, ${countOf(entityLinks, 'entity link')}, ${countOf(dateValues, 'date value')}`,
        ]
      : []),
    '',
    'Overall (kappas and F1 pool all documents; alpha-U is the mean of the documents’ values)',
    ...measureLines(scored.overall, show, enriched),
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

  if (scored.relationTypes.size > 0) {
    const manyPairs = scored.overall.relationF1Exact.pairs.size > 1;
    lines.push('', `By relation type${manyPairs ? ' (mean over pairs of annotators)' : ''}`);
    const rows = [...scored.relationTypes].map(([id, measures]) => [
      withName(id, names.relationTypeNames?.get(id)),
      show(measures.relationF1Exact.mean),
      show(measures.relationF1Overlap.mean),
    ]);
    lines.push(...table(['relation type', 'relation F1 exact', 'relation F1 overlap'], rows));
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
      ...measureLines(document, show, enriched),
    );
  }

  if (reasons.length > 0) {
    lines.push('', 'Undefined values (n/a)');
    reasons.forEach((reason, k) => lines.push(`  [${k + 1}] ${reason}`));
  }
  return `${lines.join('\n')}\n`;
}

function measureLines(
  measures: ScoredMeasures,
  show: (score: Score) => string,
  enriched: boolean,
): string[] {
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
  const spans = pairTable(measures, keys, show, ['cohenKappa', 'f1Exact', 'f1Overlap']);
  lines.push('', ...table(['annotators', "Cohen's kappa", 'F1 exact', 'F1 overlap'], spans));
  if (!enriched) return lines;
  const enrichment = pairTable(measures, keys, show, [
    'relationF1Exact',
    'relationF1Overlap',
    'entityAgreement',
    'dateValueAgreement',
  ]);
  const header = ['annotators', 'relation F1 exact', 'relation F1 overlap', 'entities', 'dates'];
  return [...lines, '', ...table(header, enrichment)];
}

type PairwiseKey =
  | 'cohenKappa'
  | 'f1Exact'
  | 'f1Overlap'
  | 'relationF1Exact'
  | 'relationF1Overlap'
  | 'entityAgreement'
  | 'dateValueAgreement';

/** A row per pair of annotators with `measures`' values, and their means when there are several. */
function pairTable(
  measures: ScoredMeasures,
  keys: string[],
  show: (score: Score) => string,
  columns: PairwiseKey[],
): string[][] {
  const rows = keys.map((key) => [key, ...columns.map((c) => show(measures[c].pairs.get(key)!))]);
  if (keys.length > 1) rows.push(['mean', ...columns.map((c) => show(measures[c].mean))]);
  return rows;
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
