import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from './version.ts';

describe('APP_VERSION', () => {
  it('is package.json’s version, which exports and the packaged app name', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(APP_VERSION).toBe(manifest.version);
  });
});
