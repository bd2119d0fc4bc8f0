// The floor page (bench/floor.html, filled by bench/page/floor.ts): the same text as bare <p>
// elements and the same spans as CSS highlights near the viewport, with nothing of the app.

import type { Page } from 'playwright-core';
import type { BenchDocument } from '../fixture/bench-document.ts';
import { BENCH_LABELS } from '../fixture/spans.ts';
import type { FloorData, FloorTimings } from '../page/floor.ts';
import { callProbe } from './page-probes.ts';

/** The document as the floor page takes it: the text and flat [start, end, label] triples. */
export function floorDataOf(document: BenchDocument): FloorData {
  return {
    text: document.text,
    spans: document.spans.flatMap((span) => [
      span.start,
      span.end,
      BENCH_LABELS.indexOf(span.label),
    ]),
    labels: [...BENCH_LABELS],
  };
}

/** A fresh load of the floor page with the data handed over, settled: ready to be timed. */
export async function loadFloorPage(page: Page, floorUrl: string, data: FloorData): Promise<void> {
  await page.goto(floorUrl);
  await callProbe(page, 'loadFloorData', data);
  await callProbe(page, 'settle');
}

/** Builds the floor page (the timed part) on a fresh load. */
export async function renderFloorPage(
  page: Page,
  floorUrl: string,
  data: FloorData,
): Promise<FloorTimings> {
  await loadFloorPage(page, floorUrl, data);
  return callProbe(page, 'renderFloor');
}
