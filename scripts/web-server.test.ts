import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../app/security/content-security-policy.ts';
import { startWebServer } from './web-server.mjs';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'marginalia-web-'));
  await writeFile(path.join(outDir, 'index.html'), '<!doctype html><title>Marginalia</title>');
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('startWebServer', () => {
  it('serves the build on 127.0.0.1 under the same CSP as Electron', async () => {
    const server = await startWebServer({ port: 0, outDir });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(server.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>Marginalia</title>');
    } finally {
      await server.close();
    }
  });

  it('moves to the next port when the asked one is taken', async () => {
    const first = await startWebServer({ port: 0, outDir });
    try {
      const taken = Number(new URL(first.url).port);
      const second = await startWebServer({ port: taken, outDir });
      try {
        expect(Number(new URL(second.url).port)).toBeGreaterThan(taken);
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });
});
