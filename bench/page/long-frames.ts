// The window's long frames while the app does long work (issue 12: "no frame longer than
// 100 ms"): Chromium's Long Animation Frames API reports every frame whose work took 50 ms or
// more, from the start of its first task to its paint, so a frame that froze the window for a
// moment is one entry whatever split its work. `longtask` entries (single tasks ≥ 50 ms) are
// kept too, for the rare task that ends without a frame (a hidden page).

interface LongFrameWatch {
  frames: number[];
  tasks: number[];
  /** What ran in frames over 100 ms: the scripts Chromium attributes them to, longest first. */
  culprits: string[];
  observers: PerformanceObserver[];
}

/** A Long Animation Frame's script attribution (not yet in TypeScript's DOM types). */
interface FrameScript {
  duration: number;
  invoker?: string;
  sourceFunctionName?: string;
  sourceURL?: string;
}

let watch: LongFrameWatch | null = null;

/** Starts recording long frames and long tasks from now on (a running watch is replaced). */
export function startLongFrameWatch(): void {
  stopObservers();
  const current: LongFrameWatch = { frames: [], tasks: [], culprits: [], observers: [] };
  const observe = (type: string, into: number[]) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record(current, entry, into);
    });
    observer.observe({ type, buffered: false });
    current.observers.push(observer);
  };
  observe('long-animation-frame', current.frames);
  observe('longtask', current.tasks);
  watch = current;
}

export interface LongFrameReport {
  /** The longest frame (or task, where no frame was reported) seen; 0 when none took 50 ms. */
  longestMs: number;
  /** Frames (or tasks) over 100 ms. */
  over100: number;
  /** Every long frame's duration, in the order they ended. */
  frames: number[];
  tasks: number[];
  /** `duration ms invoker (function @ file)` of the scripts in frames over 100 ms. */
  culprits: string[];
}

function record(watch: LongFrameWatch, entry: PerformanceEntry, into: number[]): void {
  into.push(entry.duration);
  if (entry.duration <= 100 || entry.entryType !== 'long-animation-frame') return;
  const scripts = ((entry as PerformanceEntry & { scripts?: FrameScript[] }).scripts ?? [])
    .filter((script) => script.duration >= 20)
    .sort((a, b) => b.duration - a.duration);
  watch.culprits.push(
    `frame ${entry.duration.toFixed(0)} ms: ` +
      (scripts
        .map(
          (script) =>
            `${script.duration.toFixed(0)} ms ${script.invoker ?? '?'} (${script.sourceFunctionName || 'anonymous'} @ ${(script.sourceURL ?? '').split('/').pop()})`,
        )
        .join('; ') || 'no script over 20 ms (style, layout, paint or GC)'),
  );
}

/** Stops the watch and reports what it saw; takes the entries still queued first. */
export function stopLongFrameWatch(): LongFrameReport {
  const current = watch;
  if (!current) throw new Error('no long-frame watch is running');
  for (const observer of current.observers) {
    const pending = observer.takeRecords();
    const into = pending[0]?.entryType === 'longtask' ? current.tasks : current.frames;
    for (const entry of pending) record(current, entry, into);
  }
  stopObservers();
  const measured = current.frames.length > 0 ? current.frames : current.tasks;
  return {
    longestMs: Math.max(0, ...measured, ...current.tasks),
    over100: Math.max(
      current.frames.filter((ms) => ms > 100).length,
      current.tasks.filter((ms) => ms > 100).length,
    ),
    frames: current.frames,
    tasks: current.tasks,
    culprits: current.culprits,
  };
}

function stopObservers(): void {
  for (const observer of watch?.observers ?? []) observer.disconnect();
  watch = null;
}
