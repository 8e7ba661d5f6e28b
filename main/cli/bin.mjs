#!/usr/bin/env node
// The `shenyi` command: runs the TypeScript CLI through tsx, so it works straight from a clone,
// and always on the project's own Node 22 (an older Node would crash on the SQLite binary).
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { ensureProjectNode } from '../../scripts/start/project-node.mjs';

ensureProjectNode(fileURLToPath(new URL('../..', import.meta.url)), fileURLToPath(import.meta.url), process.argv.slice(2));
register();
await import('./shenyi.ts');
