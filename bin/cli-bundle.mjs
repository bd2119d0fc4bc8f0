// The CLI as one JavaScript file, so `marginalia` does not compile ~100 TypeScript modules
// through tsx on every run (about 0.4 s of a 2 s budget at the scale). The bundle is
// built with esbuild on first use into node_modules/.cache/marginalia-cli/ and rebuilt when any
// source it was built from has changed (a manifest of their modification times, checked with
// one stat each). Without esbuild (an install without dev dependencies) or a writable cache,
// loadBundledCli resolves to undefined and the caller falls back to tsx.

import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDirectory = join(root, 'node_modules', '.cache', 'marginalia-cli');
const bundlePath = join(cacheDirectory, 'marginalia-cli.mjs');
const manifestPath = join(cacheDirectory, 'inputs.json');

/** The bundle's module ({ runCli, processIo }), built or rebuilt if needed; undefined when it cannot be. */
export async function loadBundledCli() {
  try {
    if (!(await isFresh())) await build();
    return await import(pathToFileURL(bundlePath).href);
  } catch (error) {
    if (process.env.MARGINALIA_CLI_DEBUG === '1') console.error(error);
    return undefined;
  }
}

async function isFresh() {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch {
    return false;
  }
  const checks = await Promise.all(
    Object.entries(manifest.inputs).map(async ([path, mtimeMs]) => {
      try {
        return (await stat(join(root, path))).mtimeMs === mtimeMs;
      } catch {
        return false;
      }
    }),
  );
  return checks.every(Boolean);
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    stdin: {
      contents: `export { runCli } from './main/cli/marginalia.ts';\nexport { processIo } from './main/cli/cli-io.ts';\n`,
      resolveDir: root,
      sourcefile: 'marginalia-cli-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules (resolved from the cache folder upwards): some are
    // CommonJS that requires Node built-ins, which an ESM bundle cannot inline.
    packages: 'external',
    sourcemap: 'inline',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = {};
  for (const path of Object.keys(result.metafile.inputs)) {
    if (path === 'marginalia-cli-entry.ts') continue;
    inputs[path] = (await stat(join(root, path))).mtimeMs;
  }
  await mkdir(cacheDirectory, { recursive: true });
  // Written under a temporary name and renamed: two commands started at once never read half a file.
  const temporary = `${bundlePath}.${process.pid}.tmp`;
  await writeFile(temporary, result.outputFiles[0].contents);
  await rename(temporary, bundlePath);
  await writeFile(manifestPath, JSON.stringify({ inputs }));
}
