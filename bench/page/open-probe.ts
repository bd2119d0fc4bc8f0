// Times "open a document": from the click on its title in the library to the frame the app
// marks as painted (renderer/document-view/DocumentPane.tsx marks 'marginalia:document-painted'
// in the first animation frame after the text and its highlights are ready), and on to the
// frame after that, by which time the painted frame has been produced. Opening the review
// screen is timed the same way, to its 'marginalia:review-painted' mark (ReviewPane.tsx).

import { within } from './frames.ts';

export type PaintedMark = 'marginalia:document-painted' | 'marginalia:review-painted';

export interface OpenTimings {
  /** performance.now() in a capture-phase click listener on window. */
  clickAt: number;
  /** The app's mark (the frame that draws the document starts). */
  paintedAt: number;
  /** The next animation frame after the mark (that frame has been drawn). */
  nextFrameAt: number;
  /** How many ranges the app had registered in CSS.highlights at the mark. */
  ranges: number;
}

let pending: Promise<OpenTimings> | null = null;

/** Counts the ranges in the app's highlights (names mg-*). */
export function registeredRanges(prefix = 'mg-'): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith(prefix)) count += highlight.size;
  return count;
}

let armedMark: PaintedMark = 'marginalia:document-painted';

/** Listens for the next click and the next `painted` mark. Call before clicking. */
export function armOpenProbe(painted: PaintedMark = 'marginalia:document-painted'): void {
  armedMark = painted;
  const timings: Partial<OpenTimings> = {};
  window.addEventListener(
    'click',
    () => {
      timings.clickAt = performance.now();
      // Where the measured span starts in a trace (bench/trace).
      performance.mark('bench:click');
    },
    { capture: true, once: true },
  );
  pending = new Promise((resolve) => {
    const mark = performance.mark.bind(performance);
    // Wrapping mark() (rather than a PerformanceObserver, which reports late) lets the probe
    // ask for the very next frame from inside the frame that set the mark.
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      const entry = mark(name, options);
      if (name === painted) {
        performance.mark = mark;
        timings.paintedAt = entry.startTime;
        timings.ranges = registeredRanges();
        requestAnimationFrame(() => {
          timings.nextFrameAt = performance.now();
          mark('bench:next-frame');
          resolve(timings as OpenTimings);
        });
      }
      return entry;
    };
  });
}

/** Resolves once the document armed for has been painted. */
export function openTimings(timeoutMs = 30_000): Promise<OpenTimings> {
  if (!pending) throw new Error('armOpenProbe() was not called');
  return within(pending, timeoutMs, `no '${armedMark}' mark`);
}
