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
  'versions.history',
  'versions.note',
  'versions.confirmAdoption',
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
  'opinions.views',
  'opinions.create',
  'opinions.update',
  'opinions.delete',
  'opinions.restore',
  'opinions.settle',
  'opinions.trash',
  'opinions.place',
  'opinions.unplace',
  'search.query',
  'export.build',
  'package.import',
  'desk.import',
  'desk.view',
  'desk.clusters',
  'desk.confirmCluster',
  'desk.updateCluster',
  'desk.mergeClusters',
  'desk.dissolveCluster',
  'desk.dispose',
  'desk.clearDisposition',
  'desk.kinds',
  'desk.saveKind',
  'desk.removeKind',
  'desk.history',
  'desk.export',
  'window.flushed',
  'jobs.cancel',
  'store.status',
  'store.openReadOnly',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.restoreOpinion',
] as const;

export type Method = (typeof METHODS)[number];

/**
 * The methods that change the store. A store open read-only refuses them before they run; a
 * damaged one refuses everything but the methods that read its status and restore a backup.
 */
export const WRITE_METHODS: ReadonlySet<Method> = new Set<Method>([
  'report.remove',
  'import.file',
  'debris.setRestored',
  'settings.set',
  'profile.set',
  'stances.save',
  'stances.remove',
  'opinions.create',
  'opinions.update',
  'opinions.delete',
  'opinions.restore',
  'package.import',
  'backups.restoreOpinion',
  'opinions.settle',
  'opinions.place',
  'opinions.unplace',
  'outline.correctHeading',
  'versions.confirmAdoption',
  'desk.import',
  'desk.confirmCluster',
  'desk.updateCluster',
  'desk.mergeClusters',
  'desk.dissolveCluster',
  'desk.dispose',
  'desk.clearDisposition',
  'desk.saveKind',
  'desk.removeKind',
]);

/** What still answers when the library file cannot be used: enough to say so and restore. */
export const RECOVERY_METHODS: ReadonlySet<Method> = new Set<Method>([
  'app.info',
  'settings.get',
  'window.flushed',
  'jobs.cancel',
  'store.status',
  'store.openReadOnly',
  'backups.list',
  'backups.restore',
]);

/** Pushed from the shell to the renderer (the Electron menu and window); the browser shell sends none. */
export const EVENTS = ['job.progress', 'menu.import', 'menu.export', 'report.opened', 'window.flush-requested', 'export.saved'] as const;
export type EventName = (typeof EVENTS)[number];
