// Where the renderer's main thread spent a measured span of a trace: busy vs waiting, trace
// events by self time, JavaScript functions by self time (from V8's sampling profiler), and
// the IndexedDB backend's work in the browser's storage service.

import type { TraceEvent } from './record-trace.ts';

export interface TraceSummary {
  windowMs: number;
  /** Main-thread time inside top-level tasks. */
  busyMs: number;
  events: { name: string; selfMs: number; count: number }[];
  /** Top-level tasks of 0.5 ms or more, in order: when (ms after the start), how long, and their heaviest parts. */
  tasks: { atMs: number; ms: number; parts: string }[];
  functions: { name: string; selfMs: number }[];
  indexedDb: { name: string; count: number; totalMs: number; maxMs: number }[];
}

interface Interval {
  name: string;
  start: number;
  end: number;
}

function markTime(events: readonly TraceEvent[], name: string, after = 0): number {
  const mark = events.find(
    (event) => event.cat.includes('blink.user_timing') && event.name === name && event.ts >= after,
  );
  if (!mark) throw new Error(`trace: no mark ${name}`);
  return mark.ts;
}

function mainThreadOf(events: readonly TraceEvent[], pid: number): number {
  const meta = events.find(
    (event) =>
      event.pid === pid &&
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      (event.args?.name as string) === 'CrRendererMain',
  );
  if (!meta) throw new Error('trace: no renderer main thread');
  return meta.tid;
}

/** Complete ('X') and begin/end ('B'/'E') events of one thread as intervals. */
function intervals(events: readonly TraceEvent[], pid: number, tid: number): Interval[] {
  const result: Interval[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    if (event.ph === 'X' && event.dur !== undefined)
      result.push({ name: event.name, start: event.ts, end: event.ts + event.dur });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      if (begin) result.push({ name: begin.name, start: begin.ts, end: event.ts });
    }
  }
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export function summariseTrace(
  events: readonly TraceEvent[],
  fromMark: string,
  toMark: string,
): TraceSummary {
  const from = markTime(events, fromMark);
  const to = markTime(events, toMark, from);
  const pid = events.find(
    (event) => event.cat.includes('blink.user_timing') && event.name === fromMark,
  )!.pid;
  const tid = mainThreadOf(events, pid);
  const clip = (interval: Interval) =>
    Math.max(0, Math.min(interval.end, to) - Math.max(interval.start, from));

  // Self time: each interval's clipped length minus its direct children's.
  const all = intervals(events, pid, tid).filter(
    (interval) => interval.end > from && interval.start < to,
  );
  const self = new Map<string, { selfMs: number; count: number }>();
  const stack: { interval: Interval; children: number }[] = [];
  const close = (entry: { interval: Interval; children: number }) => {
    const record = self.get(entry.interval.name) ?? { selfMs: 0, count: 0 };
    record.selfMs += (clip(entry.interval) - entry.children) / 1000;
    record.count++;
    self.set(entry.interval.name, record);
  };
  let busy = 0;
  const tasks: { interval: Interval; parts: Map<string, number> }[] = [];
  const closeAndAttribute = (entry: { interval: Interval; children: number }) => {
    close(entry);
    const parts = tasks[tasks.length - 1]!.parts;
    parts.set(
      entry.interval.name,
      (parts.get(entry.interval.name) ?? 0) + (clip(entry.interval) - entry.children) / 1000,
    );
  };
  for (const interval of all) {
    while (stack.length > 0 && stack[stack.length - 1]!.interval.end <= interval.start)
      closeAndAttribute(stack.pop()!);
    if (stack.length > 0) stack[stack.length - 1]!.children += clip(interval);
    else {
      busy += clip(interval);
      tasks.push({ interval, parts: new Map() });
    }
    stack.push({ interval, children: 0 });
  }
  while (stack.length > 0) closeAndAttribute(stack.pop()!);

  return {
    windowMs: (to - from) / 1000,
    busyMs: busy / 1000,
    events: [...self.entries()]
      .map(([name, record]) => ({ name, ...record }))
      .filter((record) => !TASK_NAMES.has(record.name))
      .sort((a, b) => b.selfMs - a.selfMs),
    tasks: tasks
      .filter((task) => clip(task.interval) >= 500)
      .map((task) => ({
        atMs: (Math.max(task.interval.start, from) - from) / 1000,
        ms: clip(task.interval) / 1000,
        parts: [...task.parts.entries()]
          .filter(([name, ms]) => !TASK_NAMES.has(name) && ms >= 0.3)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
          .join(', '),
      })),
    functions: profileFunctions(events, pid, tid, from, to).filter(
      (fn) => !['(program)', '(idle)', '(root)'].includes(fn.name),
    ),
    indexedDb: indexedDbWork(events, from, to),
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per JavaScript function from the V8 sampling profiler's chunks, inside [from, to]. */
function profileFunctions(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  from: number,
  to: number,
): { name: string; selfMs: number }[] {
  const nodes = new Map<number, ProfileNode>();
  const totals = new Map<string, number>();
  let time: number | null = null;
  let previous: { time: number; node: number } | null = null;
  // The main thread announces its profile; V8's profiler thread emits the chunks under its id.
  let profileId: string | undefined;
  for (const event of events) {
    if (event.pid !== pid) continue;
    const data = event.args?.data as
      | {
          startTime?: number;
          cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
          timeDeltas?: number[];
        }
      | undefined;
    if (event.name === 'Profile' && event.tid === tid && data?.startTime !== undefined) {
      profileId = event.id;
      time = data.startTime;
      previous = null;
    }
    if (
      event.name !== 'ProfileChunk' ||
      event.id !== profileId ||
      !data?.cpuProfile ||
      time === null
    )
      continue;
    for (const node of data.cpuProfile.nodes ?? []) nodes.set(node.id, node);
    const samples = data.cpuProfile.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      time += deltas[i] ?? 0;
      // V8 can deliver a sample out of order (a negative delta); such a slice counts for nothing.
      if (previous && previous.time >= from && time <= to && time > previous.time) {
        const frame = nodes.get(previous.node)?.callFrame;
        const name = frame
          ? `${frame.functionName || '(anonymous)'}${frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : ''}`
          : '?';
        totals.set(name, (totals.get(name) ?? 0) + (time - previous.time) / 1000);
      }
      previous = { time, node: samples[i]! };
    }
  }
  return [...totals.entries()]
    .map(([name, selfMs]) => ({ name, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

function indexedDbWork(
  events: readonly TraceEvent[],
  from: number,
  to: number,
): TraceSummary['indexedDb'] {
  const byName = new Map<string, { count: number; totalMs: number; maxMs: number }>();
  for (const event of events) {
    if (!event.cat.includes('IndexedDB') || event.ph !== 'X' || event.dur === undefined) continue;
    if (event.ts + event.dur < from || event.ts > to) continue;
    const record = byName.get(event.name) ?? { count: 0, totalMs: 0, maxMs: 0 };
    record.count++;
    record.totalMs += event.dur / 1000;
    record.maxMs = Math.max(record.maxMs, event.dur / 1000);
    byName.set(event.name, record);
  }
  return [...byName.entries()]
    .map(([name, record]) => ({ name, ...record }))
    .sort((a, b) => b.totalMs - a.totalMs);
}
