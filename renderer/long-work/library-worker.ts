// The window's side of the library worker (library.worker.ts): starts it, sends one request at
// a time, passes its progress on, and resolves with its answer. Cancelling terminates the
// worker, which is the only way to stop synchronous work (a parse, an encode) midway; an
// IndexedDB transaction it had open is aborted with it, so a cancelled job leaves the library as
// it was.

import type {
  LongWorkJobs,
  LongWorkKind,
  LongWorkMessage,
  LongWorkProgress,
} from './long-work-protocol.ts';

export interface LongWorkOptions {
  onProgress?(progress: LongWorkProgress): void;
  /** Aborting terminates the worker; the job's promise rejects with a LongWorkCancelled. */
  signal?: AbortSignal;
  /** Buffers of the request handed to the worker rather than copied (the caller loses them). */
  transfer?: Transferable[];
}

/** The job was cancelled by the analyst: not an error to show. */
export class LongWorkCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'LongWorkCancelled';
  }
}

export class LibraryWorker {
  private worker: Worker | null = null;
  /** Jobs run one after another, in the order asked: the worker answers one request at a time. */
  private queue: Promise<unknown> = Promise.resolve();

  /** Runs one job once those asked before it are done. */
  run<K extends LongWorkKind>(
    kind: K,
    request: LongWorkJobs[K]['request'],
    options: LongWorkOptions = {},
  ): Promise<LongWorkJobs[K]['result']> {
    const job = this.queue.then(() => this.runNow(kind, request, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private runNow<K extends LongWorkKind>(
    kind: K,
    request: LongWorkJobs[K]['request'],
    options: LongWorkOptions,
  ): Promise<LongWorkJobs[K]['result']> {
    if (options.signal?.aborted) return Promise.reject(new LongWorkCancelled());
    const worker = (this.worker ??= startWorker());
    return new Promise<LongWorkJobs[K]['result']>((resolve, reject) => {
      const finish = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        options.signal?.removeEventListener('abort', onAbort);
      };
      const onMessage = (event: MessageEvent<LongWorkMessage<K>>) => {
        const message = event.data;
        if (message.kind === 'progress') return options.onProgress?.(message.progress);
        finish();
        if (message.kind === 'done') resolve(message.value);
        else reject(new Error(message.message));
      };
      // A worker that fails to load or throws outside a job (a bug) says so here.
      const onError = (event: ErrorEvent) => {
        finish();
        this.terminate();
        reject(new Error(event.message || 'The library worker stopped'));
      };
      const onAbort = () => {
        finish();
        this.terminate();
        reject(new LongWorkCancelled());
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      options.signal?.addEventListener('abort', onAbort);
      worker.postMessage({ kind, ...request }, { transfer: options.transfer ?? [] });
    });
  }

  /** Stops the worker and whatever it is doing; the next job starts a fresh one. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** One job in a worker of its own, terminated when done. */
export async function runInLibraryWorker<K extends LongWorkKind>(
  kind: K,
  request: LongWorkJobs[K]['request'],
  options: LongWorkOptions = {},
): Promise<LongWorkJobs[K]['result']> {
  const worker = new LibraryWorker();
  try {
    return await worker.run(kind, request, options);
  } finally {
    worker.terminate();
  }
}

function startWorker(): Worker {
  // Vite bundles the worker as a module file of the build (assets/library.worker-*.js), served
  // from the app's own origin: the CSP's worker-src 'self' allows it, and nothing else.
  return new Worker(new URL('./library.worker.ts', import.meta.url), {
    type: 'module',
    name: 'marginalia-library',
  });
}
