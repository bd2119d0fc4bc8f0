// npm run web: the same app in a browser. Builds the renderer, then serves dist/renderer on
// 127.0.0.1 until stopped; without window.marginalia the renderer uses file inputs and downloads.
// `npm start` falls back to this where Electron's binary cannot be had (scripts/start.mjs).

import { fileURLToPath } from 'node:url';
import { buildRenderer } from './build-steps.mjs';
import { startWebServer } from './web-server.mjs';

/** Builds and serves the app in the browser; resolves once it answers, printing its URL. */
export async function serveInBrowser({
  port = Number(process.env.PORT ?? 5173),
  log = console.log,
} = {}) {
  await buildRenderer(log);
  const { url } = await startWebServer({ port });
  log(`Marginalia is running at ${url}`);
  log('Open it in your browser. Press Ctrl+C to stop.');
  return url;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await serveInBrowser();
  } catch (error) {
    console.error(`web: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    process.exit(1);
  }
}
