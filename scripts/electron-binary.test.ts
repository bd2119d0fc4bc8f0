// Fake electron package folders on disk, with small install.js stand-ins for electron's
// downloader: one that fails the way it does offline, one that "downloads", one that hangs.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureElectronBinary, locateElectronBinary } from './electron-binary.mjs';
import { projectRoot } from './build-steps.mjs';

const VERSION = '41.7.1';
let base: string;
let counter = 0;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'marginalia-electron-'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const offlineInstaller = `console.error('RequestError: getaddrinfo ENOTFOUND github.com');
console.error('    at ClientRequest.<anonymous> (got/dist/source/core/index.js:970:111)');
process.exit(1);`;

const workingInstaller = `const fs = require('fs');
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/version', 'v${VERSION}');
fs.writeFileSync('dist/electron', '#!/bin/sh\\n');
fs.writeFileSync('path.txt', 'electron');`;

/** An electron package folder as npm leaves it with the download step blocked. */
async function fakeElectronPackage(installer?: string): Promise<string> {
  const dir = path.join(base, `electron-${++counter}`);
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'electron', version: VERSION }),
  );
  if (installer !== undefined) await writeFile(path.join(dir, 'install.js'), installer);
  return dir;
}

async function installBinary(dir: string, version = VERSION): Promise<string> {
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'dist', 'version'), `v${version}`);
  await writeFile(path.join(dir, 'path.txt'), 'electron');
  const executable = path.join(dir, 'dist', 'electron');
  await writeFile(executable, '#!/bin/sh\n');
  await chmod(executable, 0o755);
  return executable;
}

const quiet = { log: () => {}, env: {} };

describe('locateElectronBinary', () => {
  it('finds nothing when the binary was never downloaded', async () => {
    expect(locateElectronBinary(await fakeElectronPackage(), {})).toEqual({
      found: false,
      installed: true,
      reason: 'it was never downloaded',
    });
  });

  it('finds the executable path.txt names', async () => {
    const dir = await fakeElectronPackage();
    const executable = await installBinary(dir);
    expect(locateElectronBinary(dir, {})).toEqual({ found: true, executable });
  });

  it('treats a binary of another version as missing', async () => {
    const dir = await fakeElectronPackage();
    await installBinary(dir, '40.0.0');
    expect(locateElectronBinary(dir, {})).toMatchObject({
      found: false,
      reason: `the downloaded binary is version 40.0.0, not ${VERSION}`,
    });
  });

  it('says when the electron package itself is absent', () => {
    expect(locateElectronBinary(path.join(base, 'nothing-here'), {})).toMatchObject({
      found: false,
      installed: false,
    });
  });
});

describe('ensureElectronBinary', () => {
  it('uses a present binary without downloading', async () => {
    const dir = await fakeElectronPackage(offlineInstaller);
    const executable = await installBinary(dir);
    expect(await ensureElectronBinary(dir, quiet)).toEqual({ ok: true, executable });
  });

  it('downloads once when the binary is missing', async () => {
    const dir = await fakeElectronPackage(workingInstaller);
    const lines: string[] = [];
    const result = await ensureElectronBinary(dir, { log: (line) => lines.push(line), env: {} });
    expect(result).toEqual({ ok: true, executable: path.join(dir, 'dist', 'electron') });
    expect(lines).toEqual([
      "start: Electron's binary is missing (it was never downloaded); downloading it once…",
    ]);
  });

  it('explains what, why and how to fix when the download fails offline', async () => {
    const dir = await fakeElectronPackage(offlineInstaller);
    const result = await ensureElectronBinary(dir, quiet);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain(
      `Electron's binary for ${process.platform}-${process.arch} is missing`,
    );
    expect(message).toContain('(RequestError: getaddrinfo ENOTFOUND github.com)');
    expect(message).not.toContain('ClientRequest');
    expect(message).toContain('node node_modules/electron/install.js');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('npm run web');
  });

  it('gives up on a download that does not answer in time', async () => {
    const dir = await fakeElectronPackage('setInterval(() => {}, 1000);');
    const result = await ensureElectronBinary(dir, { ...quiet, timeoutMs: 300 });
    expect(result.ok ? '' : result.message).toContain('(no answer within 300 ms)');
  });

  it('asks for npm install when the electron package is absent', async () => {
    const result = await ensureElectronBinary(path.join(base, 'no-package'), quiet);
    expect(result.ok ? '' : result.message).toMatch(
      /is not installed\. Run `npm install` first\.$/,
    );
  });
});

describe('npm start without Electron', () => {
  // The README's command must always start Marginalia: offline, in the browser.
  it('explains, then serves the same app in the browser and prints its URL', async () => {
    const dir = await fakeElectronPackage(offlineInstaller);
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'start.mjs')], {
      env: { ...process.env, MARGINALIA_ELECTRON_DIR: dir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /Marginalia is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
          if (match) {
            clearInterval(timer);
            resolve(match[1]!);
          }
        }, 100);
        child.on('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`start exited with ${code}: ${stderr}`));
        });
      });
      expect(stderr).toContain("Marginalia cannot start: Electron's binary for");
      expect(stderr).toContain('Starting Marginalia in your browser instead');
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Marginalia</title>');
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);
});
