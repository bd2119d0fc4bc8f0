import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainProcessBuildOptions, projectRoot } from './build-steps.mjs';

async function bundle(outfileName: string) {
  const options = mainProcessBuildOptions().find((option) => option.outfile?.endsWith(outfileName));
  if (!options) throw new Error(`no build writes ${outfileName}`);
  const result = await build({ ...options, write: false, metafile: true, sourcemap: false });
  const [output] = Object.values(result.metafile.outputs).filter(
    (meta) => meta.entryPoint !== undefined,
  );
  return {
    options,
    text: result.outputFiles.find((file) => file.path.endsWith(outfileName))?.text ?? '',
    externals: output.imports
      .filter((imported) => imported.external)
      .map((imported) => imported.path),
    inputs: Object.keys(result.metafile.inputs),
  };
}

describe('main process bundles', () => {
  it('writes the files package.json and the window point at', () => {
    const outfiles = mainProcessBuildOptions().map((option) =>
      path.relative(projectRoot, option.outfile ?? ''),
    );
    expect(outfiles).toEqual([
      path.join('dist', 'main', 'main.cjs'),
      path.join('dist', 'main', 'preload.cjs'),
    ]);
  });

  it('main.cjs is CommonJS that loads only electron and Node built-ins', async () => {
    const main = await bundle('main.cjs');
    expect(main.options.format).toBe('cjs');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(main.externals.filter((id) => id !== 'electron' && !builtins.has(id))).toEqual([]);
    expect(main.externals).toContain('electron');
  });

  it('main.cjs bundles app/ code and never renderer/ code', async () => {
    const main = await bundle('main.cjs');
    expect(main.inputs.some((input) => input.startsWith('app/'))).toBe(true);
    expect(
      main.inputs.filter((input) => !input.startsWith('main/') && !input.startsWith('app/')),
    ).toEqual([]);
  });

  it('preload.cjs is self-contained apart from electron', async () => {
    const preload = await bundle('preload.cjs');
    expect(preload.options.format).toBe('cjs');
    expect(preload.externals).toEqual(['electron']);
    expect(preload.text).not.toMatch(/\bimport\s*\(|^import /m);
  });
});
