/**
 * The application menu as a plain template (index.ts builds it), so its shape is unit-tested
 * without Electron. Dev-only entries (reload, DevTools) are absent from a packaged app.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { ShellStrings } from './menu-strings';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** In the UI's language (settings.locale). */
  strings: ShellStrings;
  isDev: boolean;
  /** Most recent first. */
  recentFiles: readonly string[];
  onOpen(): void;
  onExport(): void;
  onAbout(): void;
  onOpenRecent(path: string): void;
  onClearRecent(): void;
}

export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const S = options.strings;

  const recent: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: S.recentEmpty, enabled: false }]
      : options.recentFiles.map((path) => ({
          // Both the name and the folder: two reports are often both called 政府工作报告.docx.
          label: `${basename(path)} — ${path}`,
          click: () => options.onOpenRecent(path),
        }));
  recent.push({ type: 'separator' }, { label: S.clearRecent, enabled: options.recentFiles.length > 0, click: options.onClearRecent });

  const file: MenuItemConstructorOptions = {
    label: S.file,
    submenu: [
      { label: S.openOrImport, accelerator: 'CmdOrCtrl+O', click: options.onOpen },
      { label: S.recent, submenu: recent },
      { type: 'separator' },
      { label: S.exportOpinions, accelerator: 'CmdOrCtrl+E', click: options.onExport },
      // On macOS "quit" lives in the application menu.
      ...(isMac ? [] : [{ type: 'separator' as const }, { label: S.quit, role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: S.edit,
    submenu: [
      { label: S.undo, role: 'undo' },
      { label: S.redo, role: 'redo' },
      { type: 'separator' },
      { label: S.cut, role: 'cut' },
      { label: S.copy, role: 'copy' },
      { label: S.paste, role: 'paste' },
      { label: S.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: S.view,
    submenu: [
      ...(options.isDev
        ? [
            { label: S.reload, role: 'reload' as const },
            { label: S.forceReload, role: 'forceReload' as const },
            { label: S.toggleDevTools, role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]
        : []),
      { label: S.resetZoom, role: 'resetZoom' },
      { label: S.zoomIn, role: 'zoomIn' },
      { label: S.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: S.toggleFullScreen, role: 'togglefullscreen' },
    ],
  };

  const about: MenuItemConstructorOptions = { label: S.about, click: options.onAbout };

  return [
    // macOS: the application menu, named after the app, holds 关于 and 退出 as its users expect.
    ...(isMac
      ? [
          {
            role: 'appMenu' as const,
            submenu: [about, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'hideOthers' as const }, { role: 'unhide' as const }, { type: 'separator' as const }, { label: S.quit, role: 'quit' as const }],
          },
        ]
      : []),
    file,
    edit,
    view,
    ...(isMac ? [{ label: S.window, role: 'windowMenu' as const }] : []),
    ...(isMac ? [] : [{ label: S.help, role: 'help' as const, submenu: [about] }]),
  ];
}
