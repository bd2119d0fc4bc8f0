// Times typing into the Entity combobox of an actor's details (renderer/entities/EntityField.tsx
// and EntityCombobox.tsx): the harness types one character through Playwright's keyboard; the
// probe measures from its keydown (capture-phase listener on window, before the app's) to
//   (a) the moment the DOM shows the list for the new text: the input holds it and the listbox's
//       last option reads “Create entity “<text>”” (the combobox always ends its list with that
//       option, so it tells this render from the previous keystroke's), checked on every DOM
//       mutation of the combobox and after the input event's own work (React's render), and
//   (b) the animation frame after (a): the frame that shows the updated list.
// Also the search index alone: app/entities EntitySearch over the same entities, the same
// queries, timed call by call in the page with no UI (what the field's search costs).

import { EntitySearch } from '../../app/entities/entity-search.ts';
import type { Entity } from '../../app/model/entity.ts';
import { within } from './frames.ts';

export interface EntityKeyTimings {
  keydownAt: number;
  /** The DOM shows the options for the new text. */
  listedAt: number;
  /** The animation frame after listedAt. */
  frameAt: number;
  /** Options listed at listedAt (the entities found plus “Create entity”). */
  options: number;
}

let pending: Promise<EntityKeyTimings> | null = null;

function comboboxOf(input: HTMLInputElement): HTMLElement {
  return input.closest<HTMLElement>('.entity-combobox') ?? input.parentElement!;
}

/** Listens for the next keydown in the Entity field; `expected` is the input's text after it. */
export function armEntityKeyProbe(expected: string, timeoutMs = 10_000): void {
  const input = document.querySelector<HTMLInputElement>('input.entity-input');
  if (!input) throw new Error('no Entity field');
  const combobox = comboboxOf(input);
  const wanted = `Create entity “${expected.trim()}”`;
  const timings: Partial<EntityKeyTimings> = {};
  let observer: MutationObserver | null = null;
  let onInput: (() => void) | null = null;
  pending = new Promise<EntityKeyTimings>((resolve, reject) => {
    let done = false;
    const check = () => {
      if (done || timings.keydownAt === undefined) return;
      const options = combobox.querySelectorAll('[role="listbox"] [role="option"]');
      const last = options[options.length - 1];
      if (input.value !== expected || last?.textContent !== wanted) {
        if (performance.now() - timings.keydownAt > timeoutMs)
          reject(new Error(`the Entity list never showed “${expected}”`));
        return;
      }
      done = true;
      timings.listedAt = performance.now();
      timings.options = options.length;
      performance.mark('bench:entity-listed');
      observer?.disconnect();
      window.removeEventListener('input', onInput!);
      requestAnimationFrame(() => {
        timings.frameAt = performance.now();
        resolve(timings as EntityKeyTimings);
      });
    };
    observer = new MutationObserver(check);
    observer.observe(combobox, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    // A keystroke that leaves the list as it was (a trailing space) mutates nothing in it: the
    // check then runs after the input event's listeners and the microtasks they queued (React
    // flushes a discrete event's render in one).
    onInput = () => queueMicrotask(check);
    window.addEventListener('input', onInput);
    window.addEventListener(
      'keydown',
      () => {
        timings.keydownAt = performance.now();
        performance.mark('bench:keydown');
      },
      { capture: true, once: true },
    );
  });
}

export function entityKeyTimings(timeoutMs = 15_000): Promise<EntityKeyTimings> {
  if (!pending) throw new Error('armEntityKeyProbe() was not called');
  return within(pending, timeoutMs, 'the Entity list was not updated');
}

/**
 * EntitySearch alone: indexes `entities` (timed), runs every query once to warm up, then times
 * each query's search (the field asks for 8 hits). Returns the ms of the build and of each query.
 */
export function timeEntitySearch(
  entities: Entity[],
  queries: string[],
  limit = 8,
): { buildMs: number; ms: number[]; hits: number[] } {
  const started = performance.now();
  const search = new EntitySearch(entities);
  const buildMs = performance.now() - started;
  for (const query of queries) search.search(query, limit);
  const ms: number[] = [];
  const hits: number[] = [];
  for (const query of queries) {
    const at = performance.now();
    hits.push(search.search(query, limit).length);
    ms.push(performance.now() - at);
  }
  return { buildMs, ms, hits };
}
