// Vite config of the renderer, used by scripts/build.mjs (→ dist/renderer, loaded by Electron
// from app://marginalia) and scripts/web.mjs (the same build in a browser).

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../app/security/content-security-policy.ts';

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: the same build works under app://marginalia/ and http://127.0.0.1:PORT/.
  base: './',
  plugins: [react()],
  // The document conversion worker (renderer/import/document-conversion.worker.ts) loads Word's
  // converter on first use, a dynamic import that only an ES module worker can split.
  worker: { format: 'es' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
  },
  // The browser build runs under the CSP Electron sends (main/serve-app-file.ts), so a page
  // that works in `npm run web` and the e2e tests also works in the desktop app.
  preview: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
