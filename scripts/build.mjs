// npm run build: main process (esbuild) and renderer (Vite) into dist/.
// `--renderer` builds only the renderer (for the browser build, e2e tests and benchmarks).

import { buildMainProcess, buildRenderer } from './build-steps.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--renderer');
if (unknown.length > 0) {
  console.error(`build: unknown argument ${unknown.join(' ')} (only --renderer is understood)`);
  process.exit(2);
}

try {
  if (!args.includes('--renderer')) await buildMainProcess();
  await buildRenderer();
} catch (error) {
  // esbuild and Vite have already printed the details.
  console.error(`build: failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
}
