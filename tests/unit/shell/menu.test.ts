import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../../main/electron/menu';
import type { AppMenuOptions } from '../../../main/electron/menu';
import { MENU_STRINGS } from '../../../main/electron/menu-strings';

const options = (overrides: Partial<AppMenuOptions> = {}): AppMenuOptions => ({
  platform: 'linux',
  isDev: false,
  recentFiles: [],
  onOpen: vi.fn(),
  onOpenRecent: vi.fn(),
  onClearRecent: vi.fn(),
  ...overrides,
});

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const allRoles = (items: MenuItemConstructorOptions[]): string[] => items.flatMap((item) => [item.role ?? '', ...allRoles(submenu(item))]).filter(Boolean);

describe('application menu', () => {
  it('opens and imports with CmdOrCtrl+O', () => {
    const onOpen = vi.fn();
    const file = byLabel(appMenuTemplate(options({ onOpen })), MENU_STRINGS.file);
    const open = byLabel(submenu(file), MENU_STRINGS.openOrImport);
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(onOpen).toHaveBeenCalled();
  });

  it('lists recent files and opens the one clicked', () => {
    const onOpenRecent = vi.fn();
    const template = appMenuTemplate(options({ recentFiles: ['/r/a.docx', '/r/b.txt'], onOpenRecent }));
    const recent = submenu(byLabel(submenu(byLabel(template, MENU_STRINGS.file)), MENU_STRINGS.recent));
    expect(recent[0]?.label).toContain('a.docx');
    (recent[1]?.click as () => void)();
    expect(onOpenRecent).toHaveBeenCalledWith('/r/b.txt');
    expect(byLabel(recent, MENU_STRINGS.clearRecent)?.enabled).toBe(true);
  });

  it('has no reload or DevTools when packaged', () => {
    expect(allRoles(appMenuTemplate(options({ isDev: false })))).not.toContain('toggleDevTools');
    expect(allRoles(appMenuTemplate(options({ isDev: false })))).not.toContain('reload');
    expect(allRoles(appMenuTemplate(options({ isDev: true })))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts quit in the file menu except on macOS', () => {
    expect(allRoles(appMenuTemplate(options({ platform: 'win32' })))).toContain('quit');
    const mac = appMenuTemplate(options({ platform: 'darwin' }));
    expect(mac[0]?.role).toBe('appMenu');
    expect(allRoles(submenu(byLabel(mac, MENU_STRINGS.file)))).not.toContain('quit');
  });
});
