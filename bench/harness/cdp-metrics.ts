// Numbers Chromium keeps about the renderer, read over the DevTools protocol.

import { summarise } from './statistics.ts';
import type { CDPSession } from 'playwright-core';

const MB = 1024 * 1024;

export interface HeapUsage {
  /** V8's JavaScript heap in use after a full GC, in MB (2^20 bytes). */
  jsHeapMB: number;
  /** Blink's garbage-collected heap (DOM, layout objects) in use, in MB; 0 if not reported. */
  blinkHeapMB: number;
  /** DOM nodes alive in the renderer. */
  nodes: number;
}

/** A full garbage collection in the page's renderer, now rather than when V8 would choose. */
export async function collectGarbage(cdp: CDPSession): Promise<void> {
  await cdp.send('HeapProfiler.collectGarbage');
}

/** Forces a full garbage collection first, so the figure is what is retained. */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapUsage> {
  await collectGarbage(cdp);
  await collectGarbage(cdp);
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  const metrics = await performanceMetrics(cdp);
  return {
    jsHeapMB: usage.usedSize / MB,
    blinkHeapMB: (usage.embedderHeapUsedSize ?? 0) / MB,
    nodes: metrics.Nodes ?? 0,
  };
}

/** Performance.getMetrics as name → value (durations in seconds, counts as counts). */
export async function performanceMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/** Main-thread time between two metric snapshots, in ms, by kind. */
export function mainThreadBreakdown(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const ms = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  const task = ms('TaskDuration');
  const script = ms('ScriptDuration');
  const style = ms('RecalcStyleDuration');
  const layout = ms('LayoutDuration');
  return { task, script, style, layout, other: task - script - style - layout };
}

/** The median of each kind over several runs' breakdowns, in whole ms. */
export function medianBreakdown(
  breakdowns: readonly Record<string, number>[],
): Record<string, number> {
  return Object.fromEntries(
    Object.keys(breakdowns[0] ?? {}).map((kind) => [
      kind,
      Math.round(summarise(breakdowns.map((breakdown) => breakdown[kind]!)).median),
    ]),
  );
}
