// The timeline of claims (issue 10): claims placed by their date values, filtered, laid out and
// written as SVG and CSV. Pure: the screen (renderer/timeline) reads the library and draws.
export {
  axisTicks,
  describeTickUnit,
  tickUnitFor,
  type AxisTick,
  type TickUnit,
} from './axis-ticks.ts';
export { dateValueSpan, spanDays } from './date-span.ts';
export { buildTimeIndex, claimsOverlapping, countStarting, type TimeIndex } from './time-index.ts';
export * from './time-scale.ts';
export * from './timeline-claims.ts';
export { encodeTimelineCsv, TIMELINE_CSV_COLUMNS } from './timeline-csv.ts';
export * from './timeline-filter.ts';
export * from './timeline-scene.ts';
export { TIMELINE_GEOMETRY, TIMELINE_STYLE } from './timeline-style.ts';
export { writeTimelineSvg } from './timeline-svg.ts';
