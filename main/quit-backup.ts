// The last backup before the app goes away. Quitting (before-quit) or closing the window (its
// `close` event) is held back once: main sends 'prepare-quit', the renderer writes a backup
// and calls quitReady, and then the exit goes ahead. A timeout bounds the wait, so a hung or
// never-loaded renderer cannot keep the app from quitting. Electron-free, so tests drive it.
//
// The window's `close` matters as much as before-quit: on Windows and Linux closing the last
// window quits the app, and by the time before-quit fires the window (and its data) is gone.

/** How long the renderer has to write its quit backup. */
export const QUIT_BACKUP_TIMEOUT_MS = 5000;

/** The part of an Electron event the flow needs. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface QuitBackupPorts {
  /** Sends 'prepare-quit' to the window; false when there is no live window to ask. */
  askRenderer(): boolean;
  /** Quits for real (app.quit()); before-quit comes again and is let through. */
  quit(): void;
  setTimer(callback: () => void, milliseconds: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface QuitBackup {
  /** From app's before-quit. */
  beforeQuit(event: PreventableEvent): void;
  /** From the window's close; `close` closes it for real once the backup is done. */
  beforeWindowClose(event: PreventableEvent, close: () => void): void;
  /** The renderer's quitReady; ignored unless an exit is waiting for it. */
  rendererReady(): void;
  /** A new window opened: its work will need a backup of its own on the next exit. */
  windowOpened(): void;
}

/** The quit-backup state machine: idle → waiting (exits held) → done (exits let through). */
export function createQuitBackup(
  ports: QuitBackupPorts,
  timeoutMs = QUIT_BACKUP_TIMEOUT_MS,
): QuitBackup {
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let timer: unknown;
  let quitRequested = false;
  let pendingCloses: (() => void)[] = [];

  function finish(): void {
    if (state !== 'waiting') return;
    state = 'done';
    ports.clearTimer(timer);
    const closes = pendingCloses;
    pendingCloses = [];
    // Quitting closes the window too, so a requested quit makes a pending close redundant.
    if (quitRequested) ports.quit();
    else for (const close of closes) close();
    quitRequested = false;
  }

  /** True when the exit must wait (and was prevented). */
  function hold(event: PreventableEvent): boolean {
    if (state === 'done') return false;
    if (state === 'idle') {
      if (!ports.askRenderer()) return false;
      state = 'waiting';
      timer = ports.setTimer(finish, timeoutMs);
    }
    // Waiting already (a second Cmd+Q, or a close after a quit): still held, still bounded.
    event.preventDefault();
    return true;
  }

  return {
    beforeQuit(event) {
      if (hold(event)) quitRequested = true;
    },
    beforeWindowClose(event, close) {
      if (hold(event)) pendingCloses.push(close);
    },
    rendererReady: finish,
    windowOpened() {
      if (state === 'done') state = 'idle';
    },
  };
}
