// The run's results as JSON (for bench/results/latest.json and anyone comparing runs) and as
// a table for people: p50, p95, range and the verdict against each target.

import type { TargetResult } from '../targets.ts';
import type { Metric } from './scenario.ts';
import type { Summary } from './statistics.ts';

export interface BenchReport {
  generatedAt: string;
  environment: Record<string, unknown>;
  document: Record<string, unknown>;
  scenarios: Record<
    string,
    {
      description: string;
      seconds: number;
      details?: Record<string, unknown>;
      metrics: (Omit<Metric, 'samples'> & { summary: Summary; samples: number[] })[];
    }
  >;
  targets: TargetResult[];
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Pretty JSON with arrays of numbers kept on one line. */
export function reportJson(report: BenchReport): string {
  const text = JSON.stringify(
    report,
    (_key, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? round(value, 2) : value,
    2,
  );
  return text.replace(
    /\[\s+(-?[\d.]+(?:,\s+-?[\d.]+)*)\s+\]/g,
    (_match, numbers: string) => `[${numbers.split(/,\s+/).join(', ')}]`,
  );
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  return unit === 'count' ? String(Math.round(value)) : value.toFixed(1);
}

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ');
}

export function reportTable(report: BenchReport): string {
  const header = ['metric', 'unit', 'p50', 'p95', 'min', 'max', 'n', 'target (p50)', 'result'];
  const rows: string[][] = [];
  const targetsByMetric = new Map<string, TargetResult[]>();
  for (const target of report.targets)
    targetsByMetric.set(target.metric, [...(targetsByMetric.get(target.metric) ?? []), target]);
  const verdict = (target: TargetResult) =>
    target.pass === null ? 'n/a' : target.pass ? 'PASS' : 'FAIL';
  for (const scenario of Object.values(report.scenarios)) {
    for (const metric of scenario.metrics) {
      const { summary, unit } = metric;
      const targets = targetsByMetric.get(metric.id) ?? [];
      const direct = targets.find((target) => target.kind === 'at-most');
      rows.push([
        metric.label,
        unit,
        format(summary.median, unit),
        summary.n > 1 ? format(summary.p95, unit) : '',
        summary.n > 1 ? format(summary.min, unit) : '',
        summary.n > 1 ? format(summary.max, unit) : '',
        String(summary.n),
        direct ? `≤ ${direct.limit}` : '',
        direct ? verdict(direct) : '',
      ]);
      for (const ratio of targets.filter((target) => target.kind === 'ratio-at-most'))
        rows.push([
          `  ÷ ${ratio.over?.split('/')[1] ?? ''} (${ratio.label})`,
          '×',
          ratio.value === null ? '–' : ratio.value.toFixed(2),
          '',
          '',
          '',
          '',
          `≤ ${ratio.limit}`,
          verdict(ratio),
        ]);
    }
  }
  const widths = header.map((_, i) =>
    Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)),
  );
  return [
    pad(header, widths),
    widths.map((width) => '─'.repeat(width)).join('  '),
    ...rows.map((row) => pad(row, widths)),
  ].join('\n');
}
