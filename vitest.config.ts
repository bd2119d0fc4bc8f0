import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Unit tests: the pure core and main-process code in Node; renderer modules that need
// IndexedDB or the DOM in real Chromium (Debian's /usr/bin/chromium), never a mock.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: [
            'dexie',
            'fast-check',
            '@noble/hashes/sha2.js',
            '@noble/hashes/utils.js',
            'htmlparser2',
            'marked',
            'chrono-node',
            'fflate',
            // The PDF importer and the PDFs its tests write.
            'pdfjs-dist',
            'pdf-lib',
            // Word conversion, loaded by the document conversion worker the import tests start.
            'mammoth',
            // The React screens rendered by the .test.tsx files.
            'react',
            'react/jsx-dev-runtime',
            'react-dom/client',
            'dexie-react-hooks',
            '@tanstack/react-virtual',
            'lexical',
            '@lexical/react/LexicalComposer',
            '@lexical/react/LexicalComposerContext',
            '@lexical/react/LexicalContentEditable',
          ],
        },
        test: {
          name: 'chromium',
          include: ['renderer/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
