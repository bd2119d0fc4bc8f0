// What one view of the timeline draws, computed once and painted twice over: by the screen's
// React SVG and by the SVG writer of the export. Only the claims overlapping the visible window
// are looked at (app/timeline/time-index.ts), laid out greedily into rows (each claim in the
// first row whose last entry ends before it starts, so entries never overlap); what does not
// fit in the rows the height allows is counted, and the density strip under the rows shows
// where every claim of the window starts, so a crowded month reads as a tall bar, not a blur.

import { describeDateValue } from '../dates/date-value.ts';
import { axisTicks, tickUnitFor, type TickUnit } from './axis-ticks.ts';
import { countStarting, claimsOverlapping, type TimeIndex } from './time-index.ts';
import {
  actorNames,
  documentWhere,
  type DatedClaim,
  type TimelineDocument,
} from './timeline-claims.ts';
import { TIMELINE_GEOMETRY as G } from './timeline-style.ts';
import { dayOfX, xOfDay, type TimeView } from './time-scale.ts';

export interface SceneTick {
  x: number;
  label: string;
  major: boolean;
}

export interface SceneEntry {
  /** Index into the time index's claims. */
  claim: number;
  /** The bar: the date's interval, clipped to the plot. */
  barX: number;
  barWidth: number;
  /** Where the text starts (pinned to the left edge when the bar began off-screen). */
  textX: number;
  /** The card behind the entry: from its bar's or text's start to the end of either. */
  cardX: number;
  cardWidth: number;
  /** The top of the entry's row. */
  y: number;
  /** The claim's text, truncated to fit; the full text is the claim's. */
  title: string;
  /** "Claimant · Document", truncated to fit. */
  detail: string;
  /** Whether the interval is longer than a day (drawn as a band, a day as a marker). */
  interval: boolean;
}

export interface DensityBin {
  x: number;
  width: number;
  count: number;
}

export interface TimelineScene {
  width: number;
  height: number;
  unit: TickUnit;
  ticks: SceneTick[];
  entries: SceneEntry[];
  density: DensityBin[];
  /** The largest bin count (the strip's scale). */
  densityMax: number;
  /** Claims overlapping the window, and how many of them the rows could not hold. */
  inView: number;
  hidden: number;
  /** The top of the density strip. */
  densityY: number;
}

/** How many rows fit in `height` px (at least two). */
export function rowsFitting(height: number): number {
  return Math.max(2, Math.floor((height - G.rowsTop - G.densityHeight - 8) / G.rowHeight));
}

/** Truncates `text` to `chars` characters with an ellipsis; code points are kept whole. */
export function truncate(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const points = [...text];
  if (points.length <= chars) return text;
  return `${points
    .slice(0, Math.max(1, chars - 1))
    .join('')
    .trimEnd()}…`;
}

/**
 * "Claimant · date · Document (source)": who said it, when and where; "No claimant" when nobody
 * is linked. The date is the value as a reader says it ("27 September 2020").
 */
export function entryDetail(claim: DatedClaim, document: TimelineDocument): string {
  const where = documentWhere(document);
  const who = actorNames(claim.claimants) || 'No claimant';
  return `${who} · ${describeDateValue(claim.dateValue)} · ${where}`;
}

export function buildScene(
  index: TimeIndex,
  documents: readonly TimelineDocument[],
  view: TimeView,
  width: number,
  height: number,
): TimelineScene {
  const from = dayOfX(view, 0);
  const to = dayOfX(view, width);
  const unit = tickUnitFor(view.pxPerDay);
  const ticks = axisTicks(from, to, unit).map((tick) => ({
    x: xOfDay(view, tick.day),
    label: tick.label,
    major: tick.major,
  }));

  const visible = claimsOverlapping(index, from, to);
  const rows = rowsFitting(height);
  const rowEnds = new Float64Array(rows).fill(-Infinity);
  // No row can take an entry starting before the smallest row end: such entries are skipped in
  // O(1), so a window of 100,000 claims costs a pass, not 100,000 scans of the rows.
  let earliestEnd = -Infinity;
  const entries: SceneEntry[] = [];
  const place = (i: number) => {
    const x = xOfDay(view, index.from[i]!);
    const barX = Math.max(x, -1);
    const barEnd = Math.min(Math.max(xOfDay(view, index.to[i]!), x + G.minBarWidth), width + 1);
    const labelRoom = Math.min(G.labelWidth, width - 18);
    // Text that would run off the right edge starts further left, ending at the edge.
    const textX = Math.max(8, Math.min(Math.max(x, 8), width - 10 - labelRoom));
    // Under a long bar the text may run as far as the bar does.
    const textRoom = Math.max(labelRoom, Math.min(barEnd, width - 10) - textX);
    const left = Math.min(barX, textX);
    if (left < earliestEnd) return;
    let row = 0;
    while (row < rows && rowEnds[row]! > left) row++;
    if (row === rows) return;
    const right = Math.max(barEnd, textX + textRoom);
    rowEnds[row] = right + G.entryGap;
    earliestEnd = Math.min(...rowEnds);
    const claim = index.claims[i]!;
    entries.push({
      claim: i,
      barX,
      barWidth: Math.max(barEnd - barX, 2),
      textX,
      cardX: left,
      cardWidth: right - left,
      y: G.rowsTop + row * G.rowHeight,
      title: truncate(claim.text, Math.floor(textRoom / G.titleCharWidth)),
      detail: truncate(
        entryDetail(claim, documents[claim.document]!),
        Math.floor(textRoom / G.detailCharWidth),
      ),
      interval: index.to[i]! - index.from[i]! > 1.001,
    });
  };
  // Claims whose interval spans most of the window ("2019" seen at the scale of days) say little
  // about where in it they belong: the rows go to the more precise ones first, the broad ones
  // take what is left (each pass by start, so rows never overlap).
  const broad = (to - from) / 2;
  const wide: number[] = [];
  for (const i of visible) {
    if (index.to[i]! - index.from[i]! > broad) wide.push(i);
    else place(i);
  }
  for (const i of wide) place(i);
  entries.sort((a, b) => a.claim - b.claim);

  const densityY = G.rowsTop + rows * G.rowHeight + 8;
  const density: DensityBin[] = [];
  let densityMax = 0;
  for (let x = 0; x < width; x += G.densityBin) {
    const count = countStarting(index, dayOfX(view, x), dayOfX(view, x + G.densityBin));
    if (count === 0) continue;
    density.push({ x, width: G.densityBin, count });
    densityMax = Math.max(densityMax, count);
  }
  return {
    width,
    height: densityY + G.densityHeight + 6,
    unit,
    ticks,
    entries,
    density,
    densityMax,
    inView: visible.length,
    hidden: visible.length - entries.length,
    densityY,
  };
}
