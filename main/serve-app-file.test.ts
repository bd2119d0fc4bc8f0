import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../app/security/content-security-policy.ts';
import { resolveAppFile, serveAppFile } from './serve-app-file.ts';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(path.join(tmpdir(), 'marginalia-serve-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Marginalia</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'library.worker-abc.js'), 'onmessage = () => {}');
  await writeFile(outside, 'do not serve');
});

afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps the origin root to index.html', () => {
    expect(resolveAppFile('app://marginalia/', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://marginalia/../secret.txt',
    'app://marginalia/%2e%2e/secret.txt',
    'app://marginalia/assets%2F..%2F..%2Fsecret.txt',
    'app://marginalia/..%5Csecret.txt',
    'app://marginalia/index.html%00.js',
    'app://other/index.html',
    'https://marginalia/index.html',
  ])('never resolves %j outside the renderer', (url) => {
    const file = resolveAppFile(url, root);
    if (file !== undefined) expect(path.relative(root, file).startsWith('..')).toBe(false);
    expect(file).not.toBe(outside);
  });
});

describe('serveAppFile', () => {
  it('serves the entry page with the content security policy', async () => {
    const response = await serveAppFile(new Request('app://marginalia/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Marginalia</title>');
  });

  it('serves scripts as JavaScript so module scripts run', async () => {
    const response = await serveAppFile(new Request('app://marginalia/assets/index-abc.js'), root);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves the library worker as JavaScript under the policy, which allows workers of the app only', async () => {
    const response = await serveAppFile(
      new Request('app://marginalia/assets/library.worker-abc.js'),
      root,
    );
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("worker-src 'self';");
  });

  it('answers 404, with the policy, for missing files, folders and escapes', async () => {
    for (const url of [
      'app://marginalia/nope.js',
      'app://marginalia/assets',
      'app://marginalia/%2e%2e/secret.txt',
    ]) {
      const response = await serveAppFile(new Request(url), root);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses writes', async () => {
    const response = await serveAppFile(
      new Request('app://marginalia/index.html', { method: 'POST', body: 'x' }),
      root,
    );
    expect(response.status).toBe(405);
  });
});
