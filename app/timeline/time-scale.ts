// The timeline's horizontal scale: time is a day number (days since 1970-01-01, fractional within
// a day, app/dates/calendar.ts), drawn at `pxPerDay`. A view is a left edge and a zoom; zooming
// keeps the day under the pointer where it is, as maps and every timeline tool do.

/** What the axis shows: its left edge (a day number) and its zoom. */
export interface TimeView {
  /** The day number at the left edge of the plot. */
  start: number;
  pxPerDay: number;
}

/** A century across a wide window at the widest (decades are readable), a day 480 px at the closest. */
export const MIN_PX_PER_DAY = 0.02;
export const MAX_PX_PER_DAY = 480;

/** One press of + or −, or one notch of the wheel, zooms by this factor. */
export const ZOOM_STEP = 1.5;

export function clampZoom(pxPerDay: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, pxPerDay));
}

export function xOfDay(view: TimeView, day: number): number {
  return (day - view.start) * view.pxPerDay;
}

export function dayOfX(view: TimeView, x: number): number {
  return view.start + x / view.pxPerDay;
}

/** The view zoomed by `factor` around the point `x` px from the left edge (which stays put). */
export function zoomView(view: TimeView, factor: number, x: number): TimeView {
  const pxPerDay = clampZoom(view.pxPerDay * factor);
  const anchor = dayOfX(view, x);
  return { start: anchor - x / pxPerDay, pxPerDay };
}

export function panView(view: TimeView, dx: number): TimeView {
  return { start: view.start - dx / view.pxPerDay, pxPerDay: view.pxPerDay };
}

/**
 * The view showing [from, to) across `width` px with a margin either side, so that the first
 * and last entries are not glued to the edges. An empty range (one day) gets a week around it.
 */
export function fitView(from: number, to: number, width: number): TimeView {
  const span = Math.max(to - from, 7);
  const margin = span * 0.04;
  const pxPerDay = clampZoom(width / (span + 2 * margin));
  const middle = (from + to) / 2;
  return { start: middle - width / pxPerDay / 2, pxPerDay };
}
