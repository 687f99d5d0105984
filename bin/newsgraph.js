#!/usr/bin/env node
// Entry point of the `newsgraph` command. The sources are TypeScript run through tsx
// (esbuild), so `npx newsgraph` works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

// A server is production unless told otherwise: graphql-js then skips its development-only
// checks on every type test (measurable on large answers; see docs/performance.md).
process.env.NODE_ENV ??= 'production';
register();
await import('../src/cli/main.ts');
