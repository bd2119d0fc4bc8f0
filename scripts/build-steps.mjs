// The build, as functions: scripts/build.mjs, start.mjs and web.mjs call them, and the tests
// bundle main and preload in memory with exactly these options.

import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

/** The repository root (the folder holding package.json). */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The renderer's Vite config, shared by build, web and e2e. */
export const rendererViteConfig = path.join(projectRoot, 'renderer', 'vite.config.ts');

/**
 * esbuild options for the two main-process bundles. Both are CommonJS with `electron` left
 * external; the preload targets the sandboxed renderer, which can require nothing but
 * 'electron', so app/ code is bundled into each file.
 */
export function mainProcessBuildOptions(root = projectRoot) {
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  return [
    {
      ...common,
      entryPoints: [path.join(root, 'main', 'main.ts')],
      outfile: path.join(root, 'dist', 'main', 'main.cjs'),
      platform: 'node',
      target: 'node22',
    },
    {
      ...common,
      entryPoints: [path.join(root, 'main', 'preload.ts')],
      outfile: path.join(root, 'dist', 'main', 'preload.cjs'),
      platform: 'browser',
      target: 'chrome130',
    },
  ];
}

function elapsed(since) {
  const ms = performance.now() - since;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Bundles main.cjs and preload.cjs into dist/main. */
export async function buildMainProcess(log = console.log) {
  const started = performance.now();
  const options = mainProcessBuildOptions();
  await Promise.all(options.map((option) => esbuild(option)));
  const outputs = options.map((option) => path.relative(projectRoot, option.outfile)).join(', ');
  log(`build: main process → ${outputs} (${elapsed(started)})`);
}

/** Builds the renderer with Vite into dist/renderer. */
export async function buildRenderer(log = console.log) {
  const started = performance.now();
  await viteBuild({ configFile: rendererViteConfig, logLevel: 'warn' });
  log(`build: renderer → dist/renderer (${elapsed(started)})`);
}
