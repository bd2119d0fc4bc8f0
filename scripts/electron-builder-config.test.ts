// The packaged app's configuration, read as electron-builder reads it: Electron's fuses flipped
// the safe way (docs/security.md) and an asar that the fuses can hold the app to.

import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const config = load(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as {
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
};

describe('electron-builder.yml', () => {
  it('flips every fuse that narrows what a launched binary can be made to do', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar, the only place the fuses let it load from', () => {
    expect(config.asar).toBe(true);
  });

  it('names only fuses this electron-builder knows (a misspelt one would be ignored)', async () => {
    const declarations = readFileSync(
      new URL('../node_modules/app-builder-lib/out/configuration.d.ts', import.meta.url),
      'utf8',
    );
    const known = declarations.slice(declarations.indexOf('export interface FuseOptionsV1'));
    for (const fuse of Object.keys(config.electronFuses ?? {}))
      expect(known, fuse).toMatch(new RegExp(`\\b${fuse}\\?:`));
  });
});
