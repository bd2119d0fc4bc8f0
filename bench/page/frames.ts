// Waiting on the browser's own clock: frames and idle time.

/** Resolves in the next animation frame, with performance.now() as the callback ran. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** Resolves when the main thread is idle (or after `timeout` ms, whichever is first). */
export function idle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout }));
}

/** Two frames and an idle period: what has been scheduled has run and been painted. */
export async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await idle();
}

/** Rejects with `message` when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
