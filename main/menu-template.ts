// The application menu as data, built without Electron so tests can read it. Items that act on
// annotations send a MenuCommand to the renderer instead of using Electron roles: undo and redo
// are the annotation store's, not the text field's.

import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../app/ipc/contract.ts';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Adds Reload and Toggle Developer Tools. */
  isDevelopment: boolean;
  appName: string;
  /** Delivers a command to the focused window's renderer. */
  send(command: MenuCommand): void;
  showAbout(): void;
}

/** The menu for `platform`: macOS gets the app menu and keeps Quit/About there. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { platform, isDevelopment, appName, send } = options;
  const isMac = platform === 'darwin';
  const command = (
    label: string,
    menuCommand: MenuCommand,
    accelerator?: string,
    keyHandledByRenderer = false,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    // Shown in the menu, but the key itself goes to the page: the renderer undoes annotations,
    // and leaves Ctrl+Z to a text field that has focus (its own native undo).
    ...(keyHandledByRenderer ? { registerAccelerator: false } : {}),
    click: () => send(menuCommand),
  });
  const about: MenuItemConstructorOptions = {
    label: `About ${appName}`,
    click: () => options.showAbout(),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      command('Settings…', 'open-settings', 'CmdOrCtrl+,'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Import…', 'import-file', 'CmdOrCtrl+Shift+O'),
      command('Import Documents…', 'import-documents', 'CmdOrCtrl+O'),
      command('Export Dataset…', 'export-dataset', 'CmdOrCtrl+E'),
      { type: 'separator' },
      command('Restore from Backup…', 'restore-backup'),
      ...(isMac
        ? [{ type: 'separator' } as const, { role: 'close' } as const]
        : [
            { type: 'separator' } as const,
            command('Settings…', 'open-settings', 'Ctrl+,'),
            { type: 'separator' } as const,
            { role: 'quit' } as const,
          ]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z', true),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Shift+Z', true),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Library', 'show-library', 'CmdOrCtrl+L'),
      command('Search Library…', 'show-search', 'CmdOrCtrl+Shift+F', true),
      command('Checks', 'show-checks'),
      command('Timeline', 'show-timeline'),
      command('Labels', 'show-labels'),
      { type: 'separator' },
      command('Next Annotation', 'next-annotation', 'F8'),
      command('Previous Annotation', 'previous-annotation', 'Shift+F8'),
      { type: 'separator' },
      ...(isDevelopment
        ? [
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: '&Window',
    role: 'windowMenu',
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: isMac ? [] : [about],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
