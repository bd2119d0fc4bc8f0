// Times the timeline (issue 10): from an analyst's action (the click on the Timeline tab, a key
// that zooms, a filter chosen) to the frame the screen marks as painted
// (renderer/timeline/TimelineChart.tsx marks 'marginalia:timeline-painted' in the first
// animation frame after it rendered a scene), and on to the frame after that.

import { within } from './frames.ts';

export type TimelineTrigger = 'click' | 'keydown' | 'input';

export interface TimelineTimings {
  /** performance.now() in a capture-phase listener for the trigger, on window. */
  triggerAt: number;
  paintedAt: number;
  nextFrameAt: number;
  /** Entries drawn and claims in the visible window, as the mark reports them. */
  entries: number;
  inView: number;
  /** The screen's marks before the painted one (library read, claims built), by name. */
  steps: Record<string, number>;
}

let pending: Promise<TimelineTimings> | null = null;

/** Listens for the next `trigger` event and the next painted mark after it. */
export function armTimelineProbe(trigger: TimelineTrigger): void {
  const timings: Partial<TimelineTimings> = { steps: {} };
  window.addEventListener(trigger, () => (timings.triggerAt = performance.now()), {
    capture: true,
    once: true,
  });
  pending = new Promise((resolve) => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      const entry = mark(name, options);
      if (name.startsWith('marginalia:timeline-') && timings.triggerAt !== undefined)
        timings.steps![name.slice('marginalia:timeline-'.length)] = entry.startTime;
      if (name === 'marginalia:timeline-painted' && timings.triggerAt !== undefined) {
        performance.mark = mark;
        const detail = options?.detail as { entries: number; inView: number } | undefined;
        timings.paintedAt = entry.startTime;
        timings.entries = detail?.entries ?? 0;
        timings.inView = detail?.inView ?? 0;
        requestAnimationFrame(() => {
          timings.nextFrameAt = performance.now();
          resolve(timings as TimelineTimings);
        });
      }
      return entry;
    };
  });
}

/** Resolves once the timeline armed for has painted. */
export function timelineTimings(timeoutMs = 30_000): Promise<TimelineTimings> {
  if (!pending) throw new Error('armTimelineProbe() was not called');
  return within(pending, timeoutMs, "no 'marginalia:timeline-painted' mark");
}
