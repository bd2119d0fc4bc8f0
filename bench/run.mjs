// Entry point of `npm run bench` (after the renderer build): lets Node load the TypeScript
// harness through tsx, as the e2e tests do through Vitest.

import { register } from 'tsx/esm/api';

register();
await import('./run-benchmarks.ts');
