// Times "link the armed candidate": with a claim selected and linking armed (its key pressed, the
// Claimant combobox focused with its candidates listed), the key that completes the link (Enter)
// is pressed by the harness through Playwright's keyboard. Measures from that keydown
// (capture-phase listener on window, so before the app's handlers) to
//   (a) the change hub's 'marginalia:annotation-persisted' mark whose detail is the new
//       relation's id (renderer/changes/change-hub.ts: the write committed to IndexedDB),
//   (b) the connector layer's 'marginalia:connectors-painted' mark after which a connector for
//       that relation is in the SVG (renderer/document-view/connector-layer.ts: drawn), and
//   (c) the animation frame after (b): the frame that draws the connector on screen.
// performance.mark is wrapped (as in open-probe.ts) so that the SVG is read in the very call
// that set the mark, before anything else can change it.

import { within } from './frames.ts';

const PERSISTED = 'marginalia:annotation-persisted';
const CONNECTORS = 'marginalia:connectors-painted';

export interface LinkTimings {
  keydownAt: number;
  /** The app's keydown handling (a bubble-phase listener on window, added after the app's). */
  handledAt: number;
  persistedAt: number;
  connectorsAt: number;
  connectorsFrameAt: number;
  /** The id the persisted mark carried: the new relation's. */
  relationId: string;
  /** Connectors drawn at (b). */
  connectorsDrawn: number;
}

interface ConnectorsMark {
  at: number;
  ids: Set<string>;
  frame: Promise<number>;
}

let pending: Promise<LinkTimings> | null = null;
/** Puts the page's own performance.mark back (after a probe that timed out, too). */
let restoreMark: (() => void) | null = null;

function drawnRelationIds(): Set<string> {
  return new Set(
    [...document.querySelectorAll('.connector-layer .connector[data-relation-id]')].map((element) =>
      element.getAttribute('data-relation-id')!,
    ),
  );
}

/** Listens for the next keydown and the marks that follow it. Call just before the key. */
export function armLinkProbe(): void {
  restoreMark?.();
  const timings: Partial<LinkTimings> = {};
  const marks: ConnectorsMark[] = [];
  const original = performance.mark;
  const mark = original.bind(performance);
  restoreMark = () => {
    performance.mark = original;
    restoreMark = null;
  };
  let keydown = false;
  window.addEventListener(
    'keydown',
    () => {
      keydown = true;
      timings.keydownAt = performance.now();
      mark('bench:keydown');
    },
    { capture: true, once: true },
  );
  window.addEventListener('keydown', () => (timings.handledAt = performance.now()), { once: true });

  pending = new Promise<LinkTimings>((resolve, reject) => {
    let persistedId: string | null = null;
    const finish = async () => {
      if (persistedId === null) return;
      const found = marks.find((entry) => entry.ids.has(persistedId!));
      if (!found) return;
      restoreMark?.();
      timings.connectorsAt = found.at;
      timings.connectorsDrawn = found.ids.size;
      timings.connectorsFrameAt = await found.frame;
      resolve(timings as LinkTimings);
    };
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      const entry = mark(name, options);
      if (!keydown) return entry;
      if (name === CONNECTORS) {
        marks.push({
          at: entry.startTime,
          ids: drawnRelationIds(),
          frame: new Promise((done) => requestAnimationFrame(() => done(performance.now()))),
        });
        void finish();
      } else if (name === PERSISTED && persistedId === null) {
        persistedId = String(entry.detail);
        timings.persistedAt = entry.startTime;
        timings.relationId = persistedId;
        void finish().catch(reject);
      }
      return entry;
    };
  });
}

export function linkTimings(timeoutMs = 15_000): Promise<LinkTimings> {
  if (!pending) throw new Error('armLinkProbe() was not called');
  return within(pending, timeoutMs, 'the link was not persisted with its connector drawn').finally(
    () => {
      // A timed-out probe must not leave performance.mark wrapped.
      restoreMark?.();
      pending = null;
    },
  );
}

/**
 * Scrolls the side panel's (virtualised) annotation list so that the row after `headers` group
 * headers and `items` annotation rows is rendered, near the middle: rows are laid out at their
 * estimated sizes (renderer/annotations/AnnotationList.tsx: 34 px a header, 50 px an item).
 */
export function revealListRow(headers: number, items: number): number {
  const list = document.querySelector('.annotation-list');
  if (!list) throw new Error('no annotation list');
  list.scrollTop = Math.max(0, headers * 34 + items * 50 - list.clientHeight / 2);
  return list.scrollTop;
}
