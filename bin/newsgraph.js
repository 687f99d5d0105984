#!/usr/bin/env node
// Entry point of the `newsgraph` command. The sources are TypeScript run through tsx
// (esbuild), so `npx newsgraph` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
