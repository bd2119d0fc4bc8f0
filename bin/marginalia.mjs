#!/usr/bin/env node
// The `marginalia` command. The CLI is TypeScript shared with the app; it runs as a bundle built
// on first use (bin/cli-bundle.mjs), or through tsx's loader when the bundle cannot be built, so
// `npx marginalia validate FILE` works from a checkout either way.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadBundledCli } from './cli-bundle.mjs';

// A larger young generation than V8's default (16 MB per semi-space): reading a 50 MB dataset
// allocates millions of short-lived strings and objects, and with the default most of them are
// copied out of the nursery before they die. On `merge` of 2 × 100,000 annotations, 64 MB took
// ~4.0 s to ~3.0 s (32 MB: ~3.5 s) for ~300 MB more peak memory and one more Node start
// (~50 ms). The flag only works on the command line (v8.setFlagsFromString comes too late),
// so the command runs itself again with it once.
const YOUNG_GENERATION = '--max-semi-space-size=64';

if (!process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size'))) {
  const child = spawn(
    process.execPath,
    [
      YOUNG_GENERATION,
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
    process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal !== null) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
  const cli = process.env.MARGINALIA_CLI_TSX === '1' ? undefined : await loadBundledCli();
  const { runCli, processIo } = cli ?? (await loadThroughTsx());
  // exitCode rather than exit(): let buffered output reach a pipe before Node quits.
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}

async function loadThroughTsx() {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../main/cli/marginalia.ts');
  const { processIo } = await import('../main/cli/cli-io.ts');
  return { runCli, processIo };
}
