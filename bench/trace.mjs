// node bench/trace.mjs: records and summarises Chromium traces of the benchmarks (see
// bench/trace/run-trace.ts). Not part of npm run bench: tracing slows what it measures.

import { register } from 'tsx/esm/api';

register();
await import('./trace/run-trace.ts');
