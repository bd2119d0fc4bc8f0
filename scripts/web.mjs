// npm run web: the same app in a browser. Builds the renderer, then serves dist/renderer on
// 127.0.0.1 until stopped; without window.marginalia the renderer uses file inputs and downloads.

import { buildRenderer } from './build-steps.mjs';
import { startWebServer } from './web-server.mjs';

const port = Number(process.env.PORT ?? 5173);
try {
  await buildRenderer();
  const { url } = await startWebServer({ port });
  console.log(`Marginalia is running at ${url}`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  console.error(`web: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  process.exit(1);
}
