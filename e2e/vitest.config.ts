import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer (dist/renderer) served on 127.0.0.1 and driven in
// Debian's Chromium through playwright-core. One file at a time keeps two cores unloaded.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
