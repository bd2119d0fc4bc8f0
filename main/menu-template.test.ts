import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../app/ipc/contract.ts';
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template.ts';

function build(overrides: Partial<MenuTemplateOptions> = {}) {
  const sent: MenuCommand[] = [];
  let aboutShown = 0;
  const template = buildMenuTemplate({
    platform: 'linux',
    isDevelopment: false,
    appName: 'Marginalia',
    send: (command) => sent.push(command),
    showAbout: () => aboutShown++,
    ...overrides,
  });
  return { template, sent, aboutShown: () => aboutShown };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function byLabel(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help menus off macOS', () => {
    expect(build().template.map((menu) => menu.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Window',
      '&Help',
    ]);
  });

  it.each([
    ['Import…', 'import-file', 'CmdOrCtrl+Shift+O'],
    ['Import Documents…', 'import-documents', 'CmdOrCtrl+O'],
    ['Export Dataset…', 'export-dataset', 'CmdOrCtrl+E'],
    ['Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Redo', 'redo', 'Ctrl+Shift+Z'],
    ['Library', 'show-library', 'CmdOrCtrl+L'],
    ['Search Library…', 'show-search', 'CmdOrCtrl+Shift+F'],
    ['Next Annotation', 'next-annotation', 'F8'],
    ['Previous Annotation', 'previous-annotation', 'Shift+F8'],
  ] as const)('%s sends %s to the renderer (%s)', (label, command, accelerator) => {
    const { template, sent } = build();
    const item = byLabel(template, label);
    expect(item.accelerator).toBe(accelerator);
    expect(item.role).toBeUndefined();
    click(item);
    expect(sent).toEqual([command]);
  });

  it('offers Restore from Backup… in File, without a shortcut', () => {
    const { template, sent } = build();
    const item = byLabel(template, 'Restore from Backup…');
    expect(item.accelerator).toBeUndefined();
    click(item);
    expect(sent).toEqual(['restore-backup']);
  });

  it.each(['linux', 'darwin'] as const)(
    'orders the File menu on %s: imports, export, restore',
    (platform) => {
      const { template } = build({ platform });
      const file = template.find((menu) => menu.label === '&File')
        ?.submenu as MenuItemConstructorOptions[];
      expect(file.slice(0, 5).map((item) => item.label ?? item.type)).toEqual([
        'Import…',
        'Import Documents…',
        'Export Dataset…',
        'separator',
        'Restore from Backup…',
      ]);
    },
  );

  it('never puts the quit handshake in a menu', () => {
    const sent: MenuCommand[] = [];
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const { template, sent: fromPlatform } = build({ platform, isDevelopment: true });
      for (const item of items(template)) if (typeof item.click === 'function') click(item);
      sent.push(...fromPlatform);
    }
    expect(sent).not.toContain('prepare-quit');
  });

  it('leaves the Undo and Redo keys to the page, which knows whether a text field has focus', () => {
    const { template } = build();
    expect(byLabel(template, 'Undo').registerAccelerator).toBe(false);
    expect(byLabel(template, 'Redo').registerAccelerator).toBe(false);
    expect(byLabel(template, 'Library').registerAccelerator).toBeUndefined();
  });

  it('keeps Undo and Redo ours, not the text field roles', () => {
    const roles = items(build().template).map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('offers Reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      items(build({ isDevelopment }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts About, Settings and Quit in the app menu on macOS', () => {
    const { template, sent, aboutShown } = build({ platform: 'darwin' });
    const [appMenu] = template;
    expect(appMenu.label).toBe('Marginalia');
    const appItems = appMenu.submenu as MenuItemConstructorOptions[];
    expect(appItems.map((item) => item.role ?? item.label)).toEqual(
      expect.arrayContaining(['About Marginalia', 'Settings…', 'quit']),
    );
    click(byLabel(template, 'About Marginalia'));
    click(byLabel(template, 'Settings…'));
    expect(aboutShown()).toBe(1);
    expect(sent).toEqual(['open-settings']);
    expect(byLabel(template, 'Redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('puts Settings in File and About in Help elsewhere', () => {
    const { template, sent, aboutShown } = build({ platform: 'win32' });
    const file = template[0].submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.label)).toContain('Settings…');
    click(byLabel(template, 'Settings…'));
    click(byLabel(template, 'About Marginalia'));
    expect(sent).toEqual(['open-settings']);
    expect(aboutShown()).toBe(1);
  });
});
