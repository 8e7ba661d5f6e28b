import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate } from '../../../main/electron/menu';
import type { AppMenuOptions } from '../../../main/electron/menu';
import { shellStrings } from '../../../main/electron/menu-strings';

const MENU_STRINGS = shellStrings('zh-Hans');

const options = (overrides: Partial<AppMenuOptions> = {}): AppMenuOptions => ({
  platform: 'linux',
  strings: MENU_STRINGS,
  isDev: false,
  recentFiles: [],
  onOpen: vi.fn(),
  onExport: vi.fn(),
  onAbout: vi.fn(),
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

  it('offers 导出 (CmdOrCtrl+E) and 关于 on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const onExport = vi.fn();
      const onAbout = vi.fn();
      const template = appMenuTemplate(options({ platform, onExport, onAbout }));
      const exportItem = byLabel(submenu(byLabel(template, MENU_STRINGS.file)), MENU_STRINGS.exportOpinions);
      expect(exportItem?.accelerator, platform).toBe('CmdOrCtrl+E');
      (exportItem?.click as () => void)();
      expect(onExport, platform).toHaveBeenCalledOnce();
      const aboutItems = template.flatMap(submenu).filter((item) => item.label === MENU_STRINGS.about);
      expect(aboutItems, platform).toHaveLength(1);
      (aboutItems[0]?.click as () => void)();
      expect(onAbout, platform).toHaveBeenCalledOnce();
    }
  });

  it('speaks the UI language', () => {
    const labels = (locale: 'zh-Hans' | 'zh-Hant' | 'en') => appMenuTemplate(options({ strings: shellStrings(locale) })).map((item) => item.label);
    expect(labels('zh-Hans')).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels('zh-Hant')).toEqual(['檔案', '編輯', '檢視', '說明']);
    expect(labels('en')).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});
