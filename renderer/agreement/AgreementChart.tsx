import { useId } from 'react';
import type { Score } from '../../app/agreement/index.ts';
import { formatScore, type AgreementRow, type MeasureKey } from './agreement-rows.ts';

/** The two measures drawn, as bars on a 0–1 axis. */
const SERIES: { key: MeasureKey; name: string; spoken: string; className: string }[] = [
  { key: 'f1Overlap', name: 'F1 overlap', spoken: 'F1 overlap', className: 'bar-f1' },
  { key: 'krippendorffAlphaU', name: 'α_U', spoken: 'alpha-U', className: 'bar-alpha' },
];

const WIDTH = 460;
const NAME_WIDTH = 96;
const VALUE_WIDTH = 66;
const PLOT = WIDTH - NAME_WIDTH - VALUE_WIDTH;
const LEGEND_HEIGHT = 26;
const BAR = 12;
const BAR_GAP = 3;
const GROUP = SERIES.length * (BAR + BAR_GAP) + 14;
const AXIS_HEIGHT = 22;

/**
 * F1 overlap and α_U overall and per label, as horizontal bars. An undefined value is an empty
 * hatched bar marked "undefined", never a bar of 0; a negative α_U (worse than chance) draws no
 * bar and prints its value.
 */
export function AgreementChart({ rows }: { rows: readonly AgreementRow[] }) {
  // useId's punctuation is not valid in url(#…) everywhere; letters and digits are.
  const hatchId = `hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const groups = rows.filter((row) => row.scope === 'overall' || row.scope === 'label');
  const height = LEGEND_HEIGHT + groups.length * GROUP + AXIS_HEIGHT;
  const plotBottom = LEGEND_HEIGHT + groups.length * GROUP;
  const summary = groups
    .map((row) => `${row.name}: ${SERIES.map(({ key, spoken: name }) => `${name} ${spoken(row.cells[key]?.score)}`).join(', ')}`)
    .join('; ');
  const label = `Agreement by label, 0 to 1. ${summary}.`;

  return (
    <svg className="agreement-chart" role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      <title>{label}</title>
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        </pattern>
      </defs>
      <g className="chart-legend" aria-hidden>
        {SERIES.map((series, i) => (
          <g key={series.key} transform={`translate(${NAME_WIDTH + i * 110}, 6)`}>
            <rect width="12" height="12" rx="2" className={series.className} />
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
        <g transform={`translate(${NAME_WIDTH + SERIES.length * 110}, 6)`}>
          <rect width="12" height="12" rx="2" className="bar-undefined" fill={`url(#${hatchId})`} />
          <text x="18" y="10">
            undefined
          </text>
        </g>
      </g>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick} aria-hidden>
          <line className="grid-line" x1={NAME_WIDTH + tick * PLOT} x2={NAME_WIDTH + tick * PLOT} y1={LEGEND_HEIGHT} y2={plotBottom} />
          <text className="axis-label" x={NAME_WIDTH + tick * PLOT} y={plotBottom + 15} textAnchor="middle">
            {tick === 0 || tick === 1 ? String(tick) : tick.toFixed(2)}
          </text>
        </g>
      ))}
      {groups.map((row, g) => {
        const top = LEGEND_HEIGHT + g * GROUP + 7;
        return (
          <g key={row.key} data-group={row.id ?? 'overall'} aria-hidden>
            {row.color && <circle cx="6" cy={top + BAR + 1} r="4" fill={row.color} />}
            <text className={`group-name ${row.scope === 'overall' ? 'overall' : ''}`} x={row.color ? 15 : 0} y={top + BAR + 5}>
              {row.name}
            </text>
            {SERIES.map((series, s) => {
              const y = top + s * (BAR + BAR_GAP);
              const score = row.cells[series.key]?.score;
              if (score === undefined || score.value === null)
                return (
                  <g key={series.key} className="undefined-bar" data-measure={series.key}>
                    <rect x={NAME_WIDTH} y={y} width={PLOT} height={BAR} rx="2" className="bar-undefined" fill={`url(#${hatchId})`} />
                    <text className="bar-value undefined" x={WIDTH - VALUE_WIDTH + 6} y={y + BAR - 2}>
                      undefined
                    </text>
                  </g>
                );
              const width = Math.max(0, Math.min(1, score.value)) * PLOT;
              return (
                <g key={series.key} data-measure={series.key}>
                  <rect x={NAME_WIDTH} y={y} width={PLOT} height={BAR} rx="2" className="bar-track" />
                  <rect x={NAME_WIDTH} y={y} width={width} height={BAR} rx="2" className={series.className} />
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
