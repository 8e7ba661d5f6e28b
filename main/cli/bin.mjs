#!/usr/bin/env node
// The `shenyi` command: runs the TypeScript CLI through tsx, so it works straight from a clone.
import { register } from 'tsx/esm/api';

register();
await import('./shenyi.ts');
