// A scored agreement as the rows the screen shows: overall, per label, per relation type, per
// document, each with its pairs of annotators. An undefined value keeps its reason, numbered as a note in order of
// first appearance, the way `marginalia agree` prints "n/a [k]" (app/agreement/agreement-text.ts).

import type { AnnotatorPair, ScoredAgreement, ScoredPairwise } from '../../app/agreement/index.ts';
import type { Score } from '../../app/agreement/index.ts';
import type { AnnotatorId, DocumentId, LabelId, RelationTypeId } from '../../app/model/ids.ts';
import { relationTypeName } from '../../app/model/relation.ts';

export type MeasureKey =
  | 'cohenKappa'
  | 'fleissKappa'
  | 'krippendorffAlphaU'
  | 'f1Exact'
  | 'f1Overlap'
  | 'relationF1Exact'
  | 'relationF1Overlap'
  | 'entityAgreement'
  | 'dateValueAgreement';

/**
 * The table's columns, in order; `pairwise` measures have a value per pair of annotators, and
 * `enrichment` ones compare relations, entity links and date values rather than spans.
 */
export const MEASURES: readonly {
  key: MeasureKey;
  name: string;
  pairwise: boolean;
  enrichment: boolean;
}[] = [
  { key: 'cohenKappa', name: 'Cohen’s κ', pairwise: true, enrichment: false },
  { key: 'fleissKappa', name: 'Fleiss’ κ', pairwise: false, enrichment: false },
  { key: 'krippendorffAlphaU', name: 'Krippendorff’s α_U', pairwise: false, enrichment: false },
  { key: 'f1Exact', name: 'F1 exact', pairwise: true, enrichment: false },
  { key: 'f1Overlap', name: 'F1 overlap', pairwise: true, enrichment: false },
  { key: 'relationF1Exact', name: 'Relation F1 exact', pairwise: true, enrichment: true },
  { key: 'relationF1Overlap', name: 'Relation F1 overlap', pairwise: true, enrichment: true },
  { key: 'entityAgreement', name: 'Entities', pairwise: true, enrichment: true },
  { key: 'dateValueAgreement', name: 'Date values', pairwise: true, enrichment: true },
];

export interface ScoreCell {
  score: Score;
  /** The reason's note number (1-based) when the score is undefined. */
  note: number | null;
  /** Hover text: the pairs behind a pairwise value, the reason behind an undefined one. */
  title: string;
}

export type Cells = Partial<Record<MeasureKey, ScoreCell>>;

export interface PairRow {
  key: AnnotatorPair;
  name: string;
  cells: Cells;
}

export interface AgreementRow {
  key: string;
  scope: 'overall' | 'label' | 'relationType' | 'document';
  /** The label, relation type or document id; null for the overall row. */
  id: string | null;
  name: string;
  /** A second line: a document's raters. */
  detail: string;
  color: string | null;
  cells: Cells;
  pairs: PairRow[];
}

export interface AgreementView {
  rows: AgreementRow[];
  /** Each distinct reason for an undefined value, note k at index k - 1. */
  notes: string[];
}

export interface AgreementNames {
  titles: ReadonlyMap<DocumentId, string>;
  labels: ReadonlyMap<LabelId, { name: string; color: string }>;
  annotators: ReadonlyMap<AnnotatorId, string>;
  /** Relation type names; a type missing here shows its built-in name, or its id. */
  relationTypes?: ReadonlyMap<RelationTypeId, string>;
}

type PairwiseMeasures = Partial<Record<MeasureKey, ScoredPairwise | Score>>;

/** The rows of `scored`, with names for ids and every undefined value's reason as a note. */
export function agreementView(scored: ScoredAgreement, names: AgreementNames): AgreementView {
  const notes: string[] = [];
  const noteOf = (score: Score): number | null => {
    if (score.value !== null) return null;
    const at = notes.indexOf(score.reason);
    return at >= 0 ? at + 1 : notes.push(score.reason);
  };
  const nameOfAnnotator = (id: string) => names.annotators.get(id as AnnotatorId) ?? id;
  const pairName = (key: AnnotatorPair) =>
    splitPair(key, names.annotators).map(nameOfAnnotator).join(' – ');

  const cellsOf = (measures: PairwiseMeasures): Cells => {
    const cells: Cells = {};
    for (const { key } of MEASURES) {
      const measure = measures[key];
      if (measure === undefined) continue;
      if (!('pairs' in measure)) {
        cells[key] = { score: measure, note: noteOf(measure), title: titleOf(measure) };
        continue;
      }
      // The mean of one pair is that pair's value, and its reason says more than "no pair has a value".
      const only = measure.pairs.size === 1 ? [...measure.pairs.values()][0]! : null;
      const score = only ?? measure.mean;
      const lines = [...measure.pairs].map(
        ([pair, pairScore]) => `${pairName(pair)}: ${showScore(pairScore)}`,
      );
      const head =
        only !== null ? '' : `Mean over ${measure.pairs.size} pairs: ${showScore(score)}\n`;
      cells[key] = {
        score,
        note: noteOf(score),
        title: lines.length === 0 ? titleOf(score) : head + lines.join('\n'),
      };
    }
    return cells;
  };
  const pairRowsOf = (
    measures: PairwiseMeasures,
    pairs: Iterable<AnnotatorPair>,
  ): (() => PairRow[]) => {
    const keys = [...pairs];
    // Pairs are listed only where there are several; their notes come after the rows' notes.
    return () =>
      keys.length < 2
        ? []
        : keys.map((pair) => {
            const only: PairwiseMeasures = {};
            for (const { key, pairwise } of MEASURES) {
              const measure = measures[key];
              if (pairwise && measure !== undefined && 'pairs' in measure)
                only[key] = measure.pairs.get(pair)!;
            }
            return { key: pair, name: pairName(pair), cells: cellsOf(only) };
          });
  };

  const pending: { row: Omit<AgreementRow, 'pairs'>; pairs: () => PairRow[] }[] = [];
  const overall = scored.overall;
  pending.push({
    row: {
      key: 'overall',
      scope: 'overall',
      id: null,
      name: 'Overall',
      detail: '',
      color: null,
      cells: cellsOf(overall),
    },
    pairs: pairRowsOf(overall, overall.cohenKappa.pairs.keys()),
  });
  for (const [id, measures] of scored.labels) {
    const label = names.labels.get(id);
    pending.push({
      row: {
        key: `label:${id}`,
        scope: 'label',
        id,
        name: label?.name ?? id,
        detail: '',
        color: label?.color ?? null,
        cells: cellsOf(measures),
      },
      pairs: pairRowsOf(measures, measures.f1Exact.pairs.keys()),
    });
  }
  for (const [id, measures] of scored.relationTypes) {
    const name = names.relationTypes?.get(id) ?? relationTypeName(id);
    pending.push({
      row: {
        key: `relationType:${id}`,
        scope: 'relationType',
        id,
        name,
        detail: '',
        color: null,
        cells: cellsOf(measures),
      },
      pairs: pairRowsOf(measures, measures.relationF1Exact.pairs.keys()),
    });
  }
  const title = (id: DocumentId) => names.titles.get(id) ?? id;
  const documents = [...scored.documents].sort(([a], [b]) =>
    TITLE_ORDER.compare(title(a), title(b)),
  );
  for (const [id, measures] of documents) {
    pending.push({
      row: {
        key: `document:${id}`,
        scope: 'document',
        id,
        name: title(id),
        detail: measures.raters.map(nameOfAnnotator).join(', '),
        color: null,
        cells: cellsOf(measures),
      },
      pairs: pairRowsOf(measures, measures.cohenKappa.pairs.keys()),
    });
  }
  const rows = pending.map(({ row, pairs }) => ({ ...row, pairs: pairs() }));
  return { rows, notes };
}

/** Documents by title as a reader sorts them: "Report 2" before "Report 10". */
const TITLE_ORDER = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A value as the table and the CLI print it: three decimals, with a real minus sign. */
export function formatScore(value: number): string {
  return value.toFixed(3).replace('-', '−');
}

function showScore(score: Score): string {
  return score.value === null ? `undefined (${score.reason})` : formatScore(score.value);
}

function titleOf(score: Score): string {
  return score.value === null ? `Undefined: ${score.reason}` : formatScore(score.value);
}

/** The two annotator ids of a pair key; ids may themselves hold "|", so known ids are tried first. */
function splitPair(key: AnnotatorPair, known: ReadonlyMap<AnnotatorId, string>): [string, string] {
  for (const id of known.keys()) {
    if (key.startsWith(`${id}|`) && known.has(key.slice(id.length + 1) as AnnotatorId))
      return [id, key.slice(id.length + 1)];
  }
  const bar = key.indexOf('|');
  return [key.slice(0, bar), key.slice(bar + 1)];
}
