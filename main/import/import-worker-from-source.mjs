// Worker bootstrap when running from TypeScript source (tsx, vitest): register tsx, then load
// the worker. The built Electron main runs the compiled import-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
