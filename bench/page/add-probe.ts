// Times "add one span": a selection made with Range + Selection in a visible paragraph, then
// the key press (sent by the harness through Playwright's keyboard). Measures from keydown to
// (a) the end of the app's keydown handling, (b) the first animation frame in which a
// highlight range for the new span is registered (the frame that draws it), (c) the frame
// after that, and (d) the 'marginalia:annotation-persisted' mark of the new annotation.

import { within } from './frames.ts';

const PERSISTED = 'marginalia:annotation-persisted';

export interface SelectedWords {
  quote: string;
  paragraph: number;
}

export interface AddTimings {
  keydownAt: number;
  /** A bubble-phase keydown listener on window added after the app's: its handler and the React render it triggers are done. */
  handledAt: number;
  /** The animation frame in which the new span's range was first seen in CSS.highlights. */
  paintedAt: number;
  nextFrameAt: number;
  persistedAt: number;
  annotationId: string;
}

interface Target {
  node: Text;
  start: number;
  end: number;
}

let target: Target | null = null;
let pending: Promise<AddTimings> | null = null;

function textNodeOf(element: Element): Text | null {
  return document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
}

/**
 * Selects one whole word (5–12 letters, between spaces or punctuation, so that snapping to
 * words changes nothing) in a paragraph that is entirely in view; `n` picks which one.
 */
export function selectWordsForAdd(n: number): SelectedWords {
  const scroller = document.querySelector('.document-scroll');
  if (!scroller) throw new Error('no open document');
  const view = scroller.getBoundingClientRect();
  const paragraphs = [...scroller.querySelectorAll('.doc-paragraph')];
  const visible: number[] = [];
  paragraphs.forEach((element, index) => {
    const box = element.getBoundingClientRect();
    if (box.top >= view.top && box.bottom <= view.bottom && element.textContent)
      visible.push(index);
  });
  if (visible.length === 0) throw new Error('no paragraph is entirely in view');
  const paragraph = visible[n % visible.length]!;
  const node = textNodeOf(paragraphs[paragraph]!)!;
  const words = [...node.data.matchAll(/(?<=^|\s)[A-Za-z]{5,12}(?=[\s,]|$)/g)];
  if (words.length === 0) throw new Error(`paragraph ${paragraph} has no plain word to select`);
  const word = words[(n * 7 + 3) % words.length]!;
  const range = new Range();
  range.setStart(node, word.index);
  range.setEnd(node, word.index + word[0].length);
  const selection = getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  target = { node, start: word.index, end: word.index + word[0].length };
  return { quote: word[0], paragraph };
}

function newRangeRegistered(known: Set<AbstractRange>, prefix: string): boolean {
  const { node, start, end } = target!;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith(prefix)) continue;
    for (const range of highlight) {
      if (known.has(range)) continue;
      if (
        range.startContainer === node &&
        range.startOffset === start &&
        range.endContainer === node &&
        range.endOffset === end
      )
        return true;
    }
  }
  return false;
}

/** Listens for the next keydown and what follows it. Call after selectWordsForAdd, before the key. */
export function armAddProbe(labelId: string, timeoutMs = 10_000): void {
  if (!target) throw new Error('selectWordsForAdd() was not called');
  const prefix = `mg-${labelId}-`;
  const known = new Set<AbstractRange>();
  for (const [, highlight] of CSS.highlights) for (const range of highlight) known.add(range);
  const timings: Partial<AddTimings> = {};

  let persistedResolved: Promise<void> = Promise.resolve();
  const painted = new Promise<void>((resolve, reject) => {
    const poll = () => {
      if (newRangeRegistered(known, prefix)) {
        timings.paintedAt = performance.now();
        performance.mark('bench:add-painted');
        // The next frame is asked for only once the write is in: a pending animation frame is
        // prioritised over IndexedDB's answer, so asking earlier would delay what we measure.
        void persistedResolved.then(() =>
          requestAnimationFrame(() => {
            timings.nextFrameAt = performance.now();
            performance.mark('bench:next-frame');
            resolve();
          }),
        );
      } else if (performance.now() - timings.keydownAt! > timeoutMs)
        reject(new Error('the new span was never registered in CSS.highlights'));
      else requestAnimationFrame(poll);
    };
    window.addEventListener(
      'keydown',
      () => {
        timings.keydownAt = performance.now();
        performance.mark('bench:keydown');
        requestAnimationFrame(poll);
      },
      { capture: true, once: true },
    );
  });
  window.addEventListener('keydown', () => (timings.handledAt = performance.now()), { once: true });

  const persisted = (persistedResolved = new Promise<void>((resolve) => {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName(PERSISTED)) {
        if (timings.keydownAt === undefined || entry.startTime < timings.keydownAt) continue;
        observer.disconnect();
        timings.persistedAt = entry.startTime;
        timings.annotationId = String((entry as PerformanceMark).detail);
        resolve();
      }
    });
    observer.observe({ type: 'mark' });
  }));

  pending = Promise.all([painted, persisted]).then(() => timings as AddTimings);
}

export function addTimings(timeoutMs = 15_000): Promise<AddTimings> {
  if (!pending) throw new Error('armAddProbe() was not called');
  return within(pending, timeoutMs, 'the added span was not painted and persisted');
}
