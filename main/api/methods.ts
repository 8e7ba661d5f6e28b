/**
 * The names of every API method and event. Kept apart from the schemas so the preload can
 * expose one named function per method without bundling zod.
 */
export const METHODS = [
  'app.info',
  'library.list',
  'report.open',
  'report.remove',
  'import.file',
  'report.versions',
  'versions.compare',
  'versions.adoption',
  'versions.note',
  'debris.setRestored',
  'outline.correctHeading',
  'settings.get',
  'settings.set',
  'profile.get',
  'profile.set',
  'stances.list',
  'stances.save',
  'stances.remove',
  'opinions.list',
  'opinions.create',
  'opinions.update',
  'opinions.delete',
  'opinions.restore',
  'opinions.settle',
  'opinions.trash',
  'search.query',
  'export.build',
  'package.import',
  'window.flushed',
] as const;

export type Method = (typeof METHODS)[number];

/** Pushed from the shell to the renderer (the Electron menu and window); the browser shell sends none. */
export const EVENTS = ['menu.import', 'menu.export', 'report.opened', 'window.flush-requested', 'export.saved'] as const;
export type EventName = (typeof EVENTS)[number];
