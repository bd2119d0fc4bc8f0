// Installs the application menu; its commands go to the focused window as IPC messages.

import { app, BrowserWindow, dialog, Menu } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../app/ipc/contract.ts';
import { buildMenuTemplate } from './menu-template.ts';
import { isDevelopment } from './window.ts';

function sendToFocusedWindow(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function showAbout(): void {
  const owner = BrowserWindow.getFocusedWindow();
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `Annotation workbench for analysts.\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
    buttons: ['OK'],
  };
  void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options));
}

/** Builds and installs the application menu for this platform. */
export function setupMenu(): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDevelopment: isDevelopment(),
    appName: app.getName(),
    send: sendToFocusedWindow,
    showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
