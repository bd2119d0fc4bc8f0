import { Fragment, useState } from 'react';
import type { DocumentId } from '../../app/model/ids.ts';
import {
  MEASURES,
  formatScore,
  type AgreementRow,
  type Cells,
  type MeasureKey,
  type ScoreCell,
} from './agreement-rows.ts';
import { MeasureText } from './MeasureText.tsx';
import { explainReason } from './reason-explanations.ts';

const SECTIONS: { scope: AgreementRow['scope']; heading: string | null }[] = [
  { scope: 'overall', heading: null },
  { scope: 'label', heading: 'By label' },
  { scope: 'relationType', heading: 'By relation type' },
  { scope: 'document', heading: 'By document' },
];

/** Overall, per label, per relation type and per document, one column per measure; rows with several pairs expand to show them. */
export function AgreementTable({
  rows,
  onOpenDocument,
}: {
  rows: readonly AgreementRow[];
  onOpenDocument(id: DocumentId): void;
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  // Nine measures are wider than the space beside the charts: the table scrolls sideways, its
  // scope column staying in view.
  return (
    <div className="agreement-table-scroll">
      <table className="library-table agreement-table">
        <thead>
          <tr>
            <th>Scope</th>
            {MEASURES.map((measure) => (
              <th key={measure.key} className="numeric" scope="col">
                <MeasureText text={measure.name} />
                {measure.pairwise && <span className="column-hint">mean of pairs</span>}
              </th>
            ))}
          </tr>
        </thead>
        {SECTIONS.map(({ scope, heading }) => {
          const inSection = rows.filter((row) => row.scope === scope);
          if (inSection.length === 0) return null;
          return (
            <tbody key={scope} data-section={scope}>
              {heading && (
                <tr className="agreement-section">
                  <th colSpan={MEASURES.length + 1} scope="rowgroup">
                    {heading}
                  </th>
                </tr>
              )}
              {inSection.map((row) => {
                const open = expanded.has(row.key);
                return (
                  <Fragment key={row.key}>
                    <tr
                      className={`agreement-row agreement-${row.scope}`}
                      data-scope={row.scope}
                      data-id={row.id ?? undefined}
                    >
                      <th scope="row" className="scope-cell">
                        <ScopeName row={row} onOpenDocument={onOpenDocument} />
                        {row.pairs.length > 0 && (
                          <button
                            type="button"
                            className="pairs-toggle"
                            aria-expanded={open}
                            onClick={() => toggle(row.key)}
                          >
                            <span className="disclosure" aria-hidden>
                              {open ? '▾' : '▸'}
                            </span>
                            {row.pairs.length} pairs
                          </button>
                        )}
                      </th>
                      <ScoreCells cells={row.cells} missing={MISSING[row.scope]} />
                    </tr>
                    {open &&
                      row.pairs.map((pair) => (
                        <tr
                          key={pair.key}
                          className="agreement-pair"
                          data-scope="pair"
                          data-pair={pair.key}
                        >
                          <th scope="row" className="scope-cell pair-name">
                            {pair.name}
                          </th>
                          <ScoreCells cells={pair.cells} missing={pairMissing(row.scope)} />
                        </tr>
                      ))}
                  </Fragment>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function ScopeName({
  row,
  onOpenDocument,
}: {
  row: AgreementRow;
  onOpenDocument(id: DocumentId): void;
}) {
  if (row.scope === 'document')
    return (
      <>
        <button
          type="button"
          className="title-link"
          onClick={() => onOpenDocument(row.id as DocumentId)}
          title={row.name}
        >
          {row.name}
        </button>
        <span className="scope-detail">{row.detail}</span>
      </>
    );
  return (
    <span className="scope-name">
      {row.color && <span className="label-dot" style={{ background: row.color }} aria-hidden />}
      {row.name}
    </span>
  );
}

// Per label the kappas are not computed (they compare tokens across all labels), nor are the
// enrichment measures (a relation links two labels; entities and values belong to one each);
// per relation type only relation F1 is; and Fleiss' κ and α_U have no value per pair: an
// empty cell, not an undefined value.
type Missing = (measure: (typeof MEASURES)[number]) => string | undefined;
const PER_LABEL: Missing = ({ enrichment }) =>
  enrichment
    ? 'Not computed per label: relations, entities and date values are compared over all labels'
    : 'Not computed per label: the kappas compare every token over all labels';
const PER_RELATION_TYPE: Missing = () => 'Not computed per relation type: only relation F1 is';
const PER_PAIR = 'Not a pairwise measure: it compares all annotators at once';
const MISSING: Record<AgreementRow['scope'], Missing | null> = {
  overall: null,
  label: PER_LABEL,
  relationType: PER_RELATION_TYPE,
  document: null,
};

/** A pair's row lacks what its scope lacks, and the measures that compare all annotators at once. */
function pairMissing(scope: AgreementRow['scope']): Missing {
  return (measure) => (measure.pairwise ? MISSING[scope]?.(measure) : PER_PAIR);
}

function ScoreCells({ cells, missing }: { cells: Cells; missing: Missing | null }) {
  return MEASURES.map((measure) => (
    <ScoreTd
      key={measure.key}
      measure={measure.key}
      cell={cells[measure.key]}
      missing={missing?.(measure)}
    />
  ));
}

function ScoreTd({
  measure,
  cell,
  missing,
}: {
  measure: MeasureKey;
  cell: ScoreCell | undefined;
  missing: string | undefined;
}) {
  if (cell === undefined)
    return <td className="numeric not-applicable" data-measure={measure} title={missing} />;
  const { score, note, title } = cell;
  return (
    <td
      className="numeric score"
      data-measure={measure}
      data-value={score.value ?? 'null'}
      title={title}
    >
      {score.value === null ? (
        <>
          <span className="score-value score-undefined">—</span>
          <sup className="note-ref">{note}</sup>
        </>
      ) : (
        <span className="score-value">{formatScore(score.value)}</span>
      )}
    </td>
  );
}

/** The reasons behind the table's undefined values, numbered as its cells cite them. */
export function AgreementNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="agreement-notes" aria-label="Undefined values">
      <h2>Undefined values (—)</h2>
      <p className="muted">A ratio of 0/0 has no value; it is never shown as 0 or 1.</p>
      <ol>
        {notes.map((reason) => {
          const explanation = explainReason(reason);
          return (
            <li key={reason} data-reason={reason}>
              <strong>{reason}</strong>
              {explanation && (
                <span className="muted">
                  {' '}
                  — <MeasureText text={explanation} />
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
