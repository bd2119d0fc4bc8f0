import { describe, expect, it } from 'vitest';
import { createQuitBackup, QUIT_BACKUP_TIMEOUT_MS, type PreventableEvent } from './quit-backup.ts';

/** A fake Electron around the state machine: a window that may exist, a clock we advance. */
function harness({ window = true } = {}) {
  const log: string[] = [];
  let now = 0;
  let timers: { id: number; at: number; callback: () => void }[] = [];
  let nextTimer = 1;
  const quitBackup = createQuitBackup({
    askRenderer() {
      if (!window) return false;
      log.push('send prepare-quit');
      return true;
    },
    quit: () => log.push('quit'),
    setTimer(callback, milliseconds) {
      const id = nextTimer++;
      timers.push({ id, at: now + milliseconds, callback });
      return id;
    },
    clearTimer(handle) {
      timers = timers.filter((timer) => timer.id !== handle);
    },
  });
  const event = (name: string): PreventableEvent & { prevented: boolean } => {
    const result = {
      prevented: false,
      preventDefault() {
        result.prevented = true;
        log.push(`prevent ${name}`);
      },
    };
    return result;
  };
  const advance = (milliseconds: number) => {
    now += milliseconds;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.callback();
  };
  return { quitBackup, log, event, advance, pendingTimers: () => timers.length };
}

describe('createQuitBackup', () => {
  it('holds the quit, asks the renderer, and quits once the renderer is ready', () => {
    const { quitBackup, log, event, pendingTimers } = harness();
    const first = event('before-quit');
    quitBackup.beforeQuit(first);
    expect(first.prevented).toBe(true);
    expect(log).toEqual(['send prepare-quit', 'prevent before-quit']);

    quitBackup.rendererReady();
    expect(log.at(-1)).toBe('quit');
    expect(pendingTimers()).toBe(0);

    // app.quit() emits before-quit again: this time it goes through.
    const second = event('before-quit');
    quitBackup.beforeQuit(second);
    expect(second.prevented).toBe(false);
    expect(log).toEqual(['send prepare-quit', 'prevent before-quit', 'quit']);
  });

  it('quits anyway after the timeout when the renderer never answers', () => {
    const { quitBackup, log, event, advance } = harness();
    quitBackup.beforeQuit(event('before-quit'));
    advance(QUIT_BACKUP_TIMEOUT_MS - 1);
    expect(log).not.toContain('quit');
    advance(1);
    expect(log.filter((entry) => entry === 'quit')).toHaveLength(1);
    // A late answer changes nothing.
    quitBackup.rendererReady();
    expect(log.filter((entry) => entry === 'quit')).toHaveLength(1);
  });

  it('lets the quit through at once when there is no window to back up', () => {
    const { quitBackup, log, event, pendingTimers } = harness({ window: false });
    const quit = event('before-quit');
    quitBackup.beforeQuit(quit);
    expect(quit.prevented).toBe(false);
    expect(log).toEqual([]);
    expect(pendingTimers()).toBe(0);
  });

  it('ignores a quitReady nobody asked for', () => {
    const { quitBackup, log, event } = harness();
    quitBackup.rendererReady();
    expect(log).toEqual([]);
    quitBackup.beforeQuit(event('before-quit'));
    expect(log).toEqual(['send prepare-quit', 'prevent before-quit']);
  });

  it('asks once when quit is pressed again while waiting, and keeps holding', () => {
    const { quitBackup, log, event, advance } = harness();
    quitBackup.beforeQuit(event('before-quit'));
    advance(2000);
    const again = event('before-quit');
    quitBackup.beforeQuit(again);
    expect(again.prevented).toBe(true);
    expect(log.filter((entry) => entry === 'send prepare-quit')).toHaveLength(1);
    // The deadline is the first request's, not reset by the second.
    advance(QUIT_BACKUP_TIMEOUT_MS - 2000);
    expect(log.filter((entry) => entry === 'quit')).toHaveLength(1);
  });

  it('holds closing the window the same way, then closes it for real', () => {
    const { quitBackup, log, event } = harness();
    const close = event('close');
    quitBackup.beforeWindowClose(close, () => log.push('close window'));
    expect(close.prevented).toBe(true);
    quitBackup.rendererReady();
    expect(log).toEqual(['send prepare-quit', 'prevent close', 'close window']);

    // window.close() emits close again, then (off macOS) the app quits: both go through.
    const closeAgain = event('close');
    quitBackup.beforeWindowClose(closeAgain, () => log.push('close window twice'));
    const quit = event('before-quit');
    quitBackup.beforeQuit(quit);
    expect([closeAgain.prevented, quit.prevented]).toEqual([false, false]);
    expect(log).toEqual(['send prepare-quit', 'prevent close', 'close window']);
  });

  it('quits rather than just closing when both were asked for while waiting', () => {
    const { quitBackup, log, event } = harness();
    quitBackup.beforeWindowClose(event('close'), () => log.push('close window'));
    quitBackup.beforeQuit(event('before-quit'));
    quitBackup.rendererReady();
    expect(log).toEqual(['send prepare-quit', 'prevent close', 'prevent before-quit', 'quit']);
  });

  it('backs up again for a window opened after the last one closed (macOS)', () => {
    const { quitBackup, log, event } = harness();
    quitBackup.beforeWindowClose(event('close'), () => log.push('close window'));
    quitBackup.rendererReady();
    quitBackup.windowOpened();
    const quit = event('before-quit');
    quitBackup.beforeQuit(quit);
    expect(quit.prevented).toBe(true);
    expect(log.filter((entry) => entry === 'send prepare-quit')).toHaveLength(2);
  });

  it('does not forget a quit in progress when a window opens meanwhile', () => {
    const { quitBackup, log, event } = harness();
    quitBackup.beforeQuit(event('before-quit'));
    quitBackup.windowOpened();
    quitBackup.rendererReady();
    expect(log.at(-1)).toBe('quit');
  });
});
