// Worker bootstrap when running from TypeScript source (the browser shell under tsx, vitest):
// register tsx, then load the core. Built Electron runs the compiled core-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./core-worker.ts');
