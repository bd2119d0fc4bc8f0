// What a view of the timeline shows, in words: its time range for the footer, and the caption
// an exported picture carries (range, counts and the filters applied), so that a picture pasted
// into a report says what it is.

import { dayFromNumber, MONTH_NAMES } from '../../app/dates/calendar.ts';
import { dayOfX, type TimeView } from '../../app/timeline/time-scale.ts';
import type { TimelineClaims } from '../../app/timeline/timeline-claims.ts';
import type { TimelineFilter } from '../../app/timeline/timeline-filter.ts';
import type { TimelineScene } from '../../app/timeline/timeline-scene.ts';

function describeDay(day: number): string {
  const date = dayFromNumber(Math.floor(day));
  return `${date.day} ${MONTH_NAMES[date.month - 1]!.slice(0, 3)} ${date.year}`;
}

/** "26 Sep 2020 – 14 Nov 2020". */
export function describeRange(view: TimeView, width: number): string {
  return `${describeDay(view.start)} – ${describeDay(dayOfX(view, width))}`;
}

/** The caption of an exported picture. */
export function describeTimeline(
  claims: TimelineClaims,
  filter: TimelineFilter,
  view: TimeView,
  width: number,
  scene: TimelineScene,
): string {
  const names = new Map<string, string>();
  for (const claim of [...claims.dated, ...claims.undated])
    for (const actor of [...claim.claimants, ...claim.targets])
      if (actor.entity !== undefined) names.set(actor.entity, actor.name);
  const annotators = new Map(claims.annotators.map((annotator) => [annotator.id, annotator.name]));
  const parts = [
    `Claims, ${describeRange(view, width)}`,
    `${scene.inView.toLocaleString('en')} in view`,
  ];
  if (filter.claimant) parts.push(`claimant ${names.get(filter.claimant) ?? filter.claimant}`);
  if (filter.target) parts.push(`target ${names.get(filter.target) ?? filter.target}`);
  if (filter.document)
    parts.push(
      `in “${claims.documents.find((document) => document.id === filter.document)?.title ?? filter.document}”`,
    );
  if (filter.publishedFrom || filter.publishedTo)
    parts.push(`published ${filter.publishedFrom || '…'} to ${filter.publishedTo || '…'}`);
  if (filter.layer) parts.push(`layer ${annotators.get(filter.layer) ?? filter.layer}`);
  return parts.join(' · ');
}
