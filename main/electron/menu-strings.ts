/**
 * The Electron shell's own words (menus and dialogs) in each UI language. The renderer's
 * locale files cover everything else; these live here because the menu is built in main.
 */
import type { Locale } from '../api/contract';

export const WINDOW_TITLE = '审议';

const zhHans = {
  file: '文件',
  openOrImport: '打开/导入…',
  exportOpinions: '导出…',
  recent: '最近打开',
  recentEmpty: '（无）',
  clearRecent: '清除列表',
  quit: '退出',

  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',

  view: '视图',
  reload: '重新加载',
  forceReload: '强制重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '切换全屏',

  window: '窗口',
  help: '帮助',
  about: '关于审议',

  openTitle: '打开或导入报告',
  openButton: '打开',
  reportFiles: '报告文件',
  allFiles: '所有文件',
  importFailed: '无法打开该文件',
  startFailed: '审议无法启动',
  saveExportTitle: '保存导出文件',
  aboutDetail: '审阅政府工作报告：阅读、批注、汇总意见。',
  version: '版本',
  dataFolder: '数据文件夹',
  ok: '确定',
};

export type ShellStrings = typeof zhHans;

const zhHant: ShellStrings = {
  file: '檔案',
  openOrImport: '開啟/匯入…',
  exportOpinions: '匯出…',
  recent: '最近開啟',
  recentEmpty: '（無）',
  clearRecent: '清除清單',
  quit: '結束',

  edit: '編輯',
  undo: '復原',
  redo: '重做',
  cut: '剪下',
  copy: '複製',
  paste: '貼上',
  selectAll: '全選',

  view: '檢視',
  reload: '重新載入',
  forceReload: '強制重新載入',
  toggleDevTools: '開發者工具',
  resetZoom: '實際大小',
  zoomIn: '放大',
  zoomOut: '縮小',
  toggleFullScreen: '切換全螢幕',

  window: '視窗',
  help: '說明',
  about: '關於審議',

  openTitle: '開啟或匯入報告',
  openButton: '開啟',
  reportFiles: '報告檔案',
  allFiles: '所有檔案',
  importFailed: '無法開啟該檔案',
  startFailed: '審議無法啟動',
  saveExportTitle: '儲存匯出檔案',
  aboutDetail: '審閱政府工作報告：閱讀、批註、彙總意見。',
  version: '版本',
  dataFolder: '資料夾',
  ok: '確定',
};

const en: ShellStrings = {
  file: 'File',
  openOrImport: 'Open/Import…',
  exportOpinions: 'Export…',
  recent: 'Open Recent',
  recentEmpty: '(none)',
  clearRecent: 'Clear Menu',
  quit: 'Quit',

  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',

  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',

  window: 'Window',
  help: 'Help',
  about: 'About Shenyi',

  openTitle: 'Open or import a report',
  openButton: 'Open',
  reportFiles: 'Report files',
  allFiles: 'All files',
  importFailed: 'This file cannot be opened',
  startFailed: 'Shenyi cannot start',
  saveExportTitle: 'Save the export',
  aboutDetail: 'Review a government work report: read, annotate, consolidate opinions.',
  version: 'Version',
  dataFolder: 'Data folder',
  ok: 'OK',
};

const BY_LOCALE: Record<Locale, ShellStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function shellStrings(locale: Locale): ShellStrings {
  return BY_LOCALE[locale];
}
