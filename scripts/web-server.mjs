// Serves the built renderer with Vite's preview server, under the CSP of renderer/vite.config.ts.

import { preview } from 'vite';
import { rendererViteConfig } from './build-steps.mjs';

/**
 * Starts the preview server on 127.0.0.1 (the port, or the next free one). `outDir` serves
 * another build folder than dist/renderer. Resolves `{ url, close }`.
 */
export async function startWebServer({ port = 5173, outDir } = {}) {
  const server = await preview({
    configFile: rendererViteConfig,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: false, open: false },
    ...(outDir === undefined ? {} : { build: { outDir } }),
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('web: the preview server has no TCP address');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
