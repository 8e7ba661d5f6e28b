/** The Electron shell's own words (menus and dialogs), kept together for translation. */
export const WINDOW_TITLE = '审议';

export const MENU_STRINGS = {
  file: '文件',
  openOrImport: '打开/导入…',
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
} as const;

export const DIALOG_STRINGS = {
  openTitle: '打开或导入报告',
  openButton: '打开',
  reportFiles: '报告文件',
  allFiles: '所有文件',
  importFailed: '无法打开该文件',
  startFailed: '审议无法启动',
} as const;
