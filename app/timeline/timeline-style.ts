// How the timeline is drawn, in one place: the screen's SVG and the exported SVG and PNG use
// these sizes and colours as presentation attributes, so an exported picture needs no style
// sheet and looks like the screen. Fonts are system families only: nothing to fetch or embed.

export const TIMELINE_STYLE = {
  fontFamily: "'Inter', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif",
  background: '#fffdf8',
  ink: '#1e293b',
  inkSoft: '#475569',
  muted: '#64748b',
  grid: '#ece7dc',
  gridMajor: '#d6cfc0',
  axisBand: '#f4f1ea',
  /** The claim label's colour (app/model/labels.ts), for bars and markers. */
  claim: '#f2b705',
  claimStroke: '#b45309',
  /** An interval's bar: the claim colour, lighter, so a point stands out against it. */
  intervalFill: '#fde68a',
  density: '#d6b25e',
  cardFill: '#ffffff',
  cardStroke: '#e7e1d4',
} as const;

/** Geometry in px. */
export const TIMELINE_GEOMETRY = {
  /** The band of tick labels at the top. */
  axisHeight: 30,
  /** Space between the axis and the first row. */
  rowsTop: 40,
  rowHeight: 50,
  /** The bar showing the date's interval, at the top of an entry. */
  barHeight: 6,
  /** A day at wide zoom is still this wide. */
  minBarWidth: 8,
  /** The text of an entry: its claim, and under it claimant and document. */
  titleSize: 12.5,
  detailSize: 11,
  /** What one character of each takes on average, to truncate without measuring. */
  titleCharWidth: 7.1,
  detailCharWidth: 6.4,
  /** The widest an entry's text runs, and the room kept between entries of a row. */
  labelWidth: 280,
  entryGap: 12,
  /** The density strip at the bottom: how many claims start per bin. */
  densityHeight: 30,
  densityBin: 6,
} as const;
