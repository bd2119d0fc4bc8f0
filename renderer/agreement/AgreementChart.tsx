import { useId } from 'react';
import type { Score } from '../../app/agreement/index.ts';
import { formatScore, type AgreementRow, type MeasureKey } from './agreement-rows.ts';

interface Series {
  key: MeasureKey;
  name: string;
  spoken: string;
  className: string;
  /** A colour of its own, for a series the stylesheet has no class for. */
  fill?: string;
}

interface Chart {
  scopes: readonly AgreementRow['scope'][];
  title: string;
  series: readonly Series[];
}

/**
 * What a chart draws, as bars on a 0–1 axis: the spans' measures overall and per label, or
 * the enrichment's (relations, entities, date values) overall and per relation type.
 */
const CHARTS: Record<'spans' | 'enrichment', Chart> = {
  spans: {
    scopes: ['overall', 'label'],
    title: 'Agreement by label',
    series: [
      { key: 'f1Overlap', name: 'F1 overlap', spoken: 'F1 overlap', className: 'bar-f1' },
      { key: 'krippendorffAlphaU', name: 'α_U', spoken: 'alpha-U', className: 'bar-alpha' },
    ],
  },
  enrichment: {
    scopes: ['overall', 'relationType'],
    title: 'Agreement on relations, entities and date values',
    series: [
      {
        key: 'relationF1Overlap',
        name: 'Relation F1',
        spoken: 'relation F1 overlap',
        className: 'bar-f1',
      },
      { key: 'entityAgreement', name: 'Entities', spoken: 'entities', className: 'bar-alpha' },
      {
        key: 'dateValueAgreement',
        name: 'Date values',
        spoken: 'date values',
        className: 'bar-date',
        fill: '#0d9488',
      },
    ],
  },
};

const WIDTH = 460;
const NAME_WIDTH = 96;
const VALUE_WIDTH = 66;
const PLOT = WIDTH - NAME_WIDTH - VALUE_WIDTH;
const LEGEND_HEIGHT = 26;
const BAR = 12;
const BAR_GAP = 3;
const AXIS_HEIGHT = 22;

/**
 * F1 overlap and α_U overall and per label (`spans`), or relation F1 overlap, entities and date
 * values overall and relation F1 overlap per relation type (`enrichment`), as horizontal bars.
 * An undefined value is an empty hatched bar marked "undefined", never a bar of 0; a measure
 * not computed for a scope draws nothing; a negative α_U (worse than chance) draws no bar and
 * prints its value.
 */
export function AgreementChart({
  rows,
  kind = 'spans',
}: {
  rows: readonly AgreementRow[];
  kind?: keyof typeof CHARTS;
}) {
  // useId's punctuation is not valid in url(#…) everywhere; letters and digits are.
  const hatchId = `hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const { scopes, title, series: bars } = CHARTS[kind];
  const groupHeight = bars.length * (BAR + BAR_GAP) + 14;
  const legendStep = bars.length > 2 ? 90 : 110;
  const groups = rows.filter((row) => scopes.includes(row.scope));
  const height = LEGEND_HEIGHT + groups.length * groupHeight + AXIS_HEIGHT;
  const plotBottom = LEGEND_HEIGHT + groups.length * groupHeight;
  const summary = groups
    .map(
      (row) =>
        `${row.name}: ${bars
          .filter(({ key }) => row.cells[key] !== undefined)
          .map(({ key, spoken: name }) => `${name} ${spoken(row.cells[key]?.score)}`)
          .join(', ')}`,
    )
    .join('; ');
  const label = `${title}, 0 to 1. ${summary}.`;

  return (
    <svg
      className="agreement-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
    >
      <title>{label}</title>
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        </pattern>
      </defs>
      <g className="chart-legend" aria-hidden>
        {bars.map((series, i) => (
          <g key={series.key} transform={`translate(${NAME_WIDTH + i * legendStep}, 6)`}>
            <rect width="12" height="12" rx="2" className={series.className} fill={series.fill} />
            <text x="18" y="10">
              {series.name.split('_')[0]}
              {series.name.includes('_') && (
                <tspan dy="3" fontSize="9">
                  {series.name.split('_')[1]}
                </tspan>
              )}
            </text>
          </g>
        ))}
        <g transform={`translate(${NAME_WIDTH + bars.length * legendStep}, 6)`}>
          <rect width="12" height="12" rx="2" className="bar-undefined" fill={`url(#${hatchId})`} />
          <text x="18" y="10">
            undefined
          </text>
        </g>
      </g>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick} aria-hidden>
          <line
            className="grid-line"
            x1={NAME_WIDTH + tick * PLOT}
            x2={NAME_WIDTH + tick * PLOT}
            y1={LEGEND_HEIGHT}
            y2={plotBottom}
          />
          <text
            className="axis-label"
            x={NAME_WIDTH + tick * PLOT}
            y={plotBottom + 15}
            textAnchor="middle"
          >
            {tick === 0 || tick === 1 ? String(tick) : tick.toFixed(2)}
          </text>
        </g>
      ))}
      {groups.map((row, g) => {
        const top = LEGEND_HEIGHT + g * groupHeight + 7;
        return (
          <g key={row.key} data-group={row.id ?? 'overall'} aria-hidden>
            {row.color && <circle cx="6" cy={top + BAR + 1} r="4" fill={row.color} />}
            <text
              className={`group-name ${row.scope === 'overall' ? 'overall' : ''}`}
              x={row.color ? 15 : 0}
              y={top + BAR + 5}
            >
              {row.name}
            </text>
            {bars.map((series, s) => {
              const y = top + s * (BAR + BAR_GAP);
              const cell = row.cells[series.key];
              if (cell === undefined) return null;
              const score = cell.score;
              if (score.value === null)
                return (
                  <g key={series.key} className="undefined-bar" data-measure={series.key}>
                    <rect
                      x={NAME_WIDTH}
                      y={y}
                      width={PLOT}
                      height={BAR}
                      rx="2"
                      className="bar-undefined"
                      fill={`url(#${hatchId})`}
                    />
                    <text
                      className="bar-value undefined"
                      x={WIDTH - VALUE_WIDTH + 6}
                      y={y + BAR - 2}
                    >
                      undefined
                    </text>
                  </g>
                );
              const width = Math.max(0, Math.min(1, score.value)) * PLOT;
              return (
                <g key={series.key} data-measure={series.key}>
                  <rect
                    x={NAME_WIDTH}
                    y={y}
                    width={PLOT}
                    height={BAR}
                    rx="2"
                    className="bar-track"
                  />
                  <rect
                    x={NAME_WIDTH}
                    y={y}
                    width={width}
                    height={BAR}
                    rx="2"
                    className={series.className}
                    fill={series.fill}
                  />
                  <text className="bar-value" x={WIDTH - VALUE_WIDTH + 6} y={y + BAR - 2}>
                    {formatScore(score.value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

function spoken(score: Score | undefined): string {
  return score === undefined || score.value === null ? 'undefined' : formatScore(score.value);
}
