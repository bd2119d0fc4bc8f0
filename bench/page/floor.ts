// The floor: what showing the same text and highlights costs with nothing but the browser.
// The text becomes bare <p> elements (content-visibility: auto, as the app's paragraphs), and
// the ranges of paragraphs within 600 px of the viewport (the app's margin) are registered
// with the CSS Custom Highlight API, one Highlight per label. No IndexedDB, React or Lexical.

import { nextFrame } from './frames.ts';

export interface FloorData {
  text: string;
  /** UTF-16 [start, end, label] triples, sorted by start. */
  spans: number[];
  labels: string[];
}

export interface FloorTimings {
  startedAt: number;
  /** The first animation frame after the content and highlights are in place. */
  paintedAt: number;
  /** The frame after that (the first one has been drawn). */
  nextFrameAt: number;
  paragraphs: number;
  ranges: number;
}

const NEAR_VIEWPORT_PX = 600;
let data: FloorData | null = null;

/** Hands the text and spans to the page, outside the timed part. */
export function loadFloorData(floorData: FloorData): void {
  data = floorData;
}

/** First index in sorted `starts` whose value is ≥ `value`. */
function lowerBound(values: ArrayLike<number>, value: number, stride = 1): number {
  let low = 0;
  let high = values.length / stride;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid * stride]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export async function renderFloor(): Promise<FloorTimings> {
  if (!data) throw new Error('loadFloorData() was not called');
  const { text, spans, labels } = data;
  const startedAt = performance.now();
  performance.mark('bench:floor-start');

  const lines = text.split('\n');
  const starts = new Array<number>(lines.length);
  const fragment = document.createDocumentFragment();
  const elements: HTMLParagraphElement[] = [];
  let position = 0;
  for (const [i, line] of lines.entries()) {
    starts[i] = position;
    position += line.length + 1;
    const element = document.createElement('p');
    element.textContent = line;
    elements.push(element);
    fragment.append(element);
  }
  const scroller = document.querySelector('.floor-scroll')!;
  scroller.querySelector('.floor-text')!.append(fragment);

  // Paragraphs near the viewport, found as the app finds them (binary search on their boxes).
  const view = scroller.getBoundingClientRect();
  let first = 0;
  let high = elements.length - 1;
  while (first < high) {
    const mid = (first + high) >>> 1;
    if (elements[mid]!.getBoundingClientRect().bottom < view.top - NEAR_VIEWPORT_PX)
      first = mid + 1;
    else high = mid;
  }
  const highlights = labels.map((label) => {
    const highlight = new Highlight();
    CSS.highlights.set(`floor-${label}`, highlight);
    return highlight;
  });
  let ranges = 0;
  for (let p = first; p < elements.length; p++) {
    const element = elements[p]!;
    if (element.getBoundingClientRect().top > view.bottom + NEAR_VIEWPORT_PX) break;
    const node = element.firstChild as Text;
    const paragraphStart = starts[p]!;
    const paragraphEnd = paragraphStart + lines[p]!.length;
    for (
      let s = lowerBound(spans, paragraphStart, 3);
      s * 3 < spans.length && spans[s * 3]! < paragraphEnd;
      s++
    ) {
      const range = new Range();
      range.setStart(node, spans[s * 3]! - paragraphStart);
      range.setEnd(node, Math.min(spans[s * 3 + 1]!, paragraphEnd) - paragraphStart);
      highlights[spans[s * 3 + 2]!]!.add(range);
      ranges++;
    }
  }

  const paintedAt = await nextFrame();
  performance.mark('bench:floor-painted');
  const nextFrameAt = await nextFrame();
  performance.mark('bench:floor-next-frame');
  return { startedAt, paintedAt, nextFrameAt, paragraphs: elements.length, ranges };
}
