// Finds Electron's platform binary, and fetches it once when it is missing. package.json's
// allowScripts keeps electron's own postinstall download from running, so that `npm install`
// succeeds offline; `npm start` then runs that same downloader (node_modules/electron/install.js)
// itself, and explains plainly what to do when it cannot.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** How long the one download attempt may take before it is abandoned. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Where the Electron binary is, by the same rules as electron's index.js and install.js:
 * path.txt names the executable inside dist/, whose `version` file must match the package.
 * Returns `{ found: true, executable }` or `{ found: false, reason }`.
 */
export function locateElectronBinary(electronDir, env = process.env) {
  const packageJson = readText(path.join(electronDir, 'package.json'));
  if (packageJson === undefined)
    return { found: false, installed: false, reason: `${electronDir} is not installed` };
  const executableName = readText(path.join(electronDir, 'path.txt'));
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executableName ?? 'electron');
    return existsSync(executable)
      ? { found: true, executable }
      : {
          found: false,
          installed: true,
          reason: `ELECTRON_OVERRIDE_DIST_PATH names ${executable}, which does not exist`,
        };
  }
  if (executableName === undefined)
    return { found: false, installed: true, reason: 'it was never downloaded' };
  const expected = JSON.parse(packageJson).version;
  const actual = readText(path.join(electronDir, 'dist', 'version'))
    ?.trim()
    .replace(/^v/, '');
  if (actual !== expected)
    return {
      found: false,
      installed: true,
      reason: `the downloaded binary is ${actual ? `version ${actual}` : 'incomplete'}, not ${expected}`,
    };
  const executable = path.join(electronDir, 'dist', executableName);
  if (!existsSync(executable))
    return { found: false, installed: true, reason: `${executable} is missing` };
  return { found: true, executable };
}

/** Runs electron's own downloader once; resolves `{ ok, detail }` and never rejects. */
export function runElectronDownloader(
  electronDir,
  { timeoutMs = DOWNLOAD_TIMEOUT_MS, env = process.env } = {},
) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, detail: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ ok: true, detail: '' });
      else if (signal !== null)
        resolve({
          ok: false,
          detail: `no answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`,
        });
      else
        resolve({
          ok: false,
          detail: firstErrorLine(output) ?? `the downloader exited with code ${code}`,
        });
    });
  });
}

/** The line of a Node error dump that says what went wrong (not the stack frames). */
function firstErrorLine(output) {
  return output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at ') && !line.startsWith('node:'));
}

/** The message `npm start` prints when it cannot get Electron: what, why, how to fix. */
export function missingElectronMessage({
  reason,
  downloadDetail,
  platform = process.platform,
  arch = process.arch,
}) {
  const why =
    downloadDetail === undefined
      ? `${reason}.`
      : `${reason}, and downloading it just now failed (${downloadDetail}); is there network access?`;
  return [
    `Marginalia cannot start: Electron's binary for ${platform}-${arch} is missing.`,
    `  Why: ${why}`,
    '  Fix: with internet access, run `node node_modules/electron/install.js`',
    '       (or set ELECTRON_MIRROR to a reachable mirror first), then `npm start` again.',
    '  Meanwhile the same app runs in your browser (`npm run web`).',
  ].join('\n');
}

/**
 * The Electron executable, downloading it once if needed. Resolves `{ ok: true, executable }`
 * or `{ ok: false, message }` with the text for the user.
 */
export async function ensureElectronBinary(
  electronDir,
  { log = console.log, timeoutMs, env = process.env } = {},
) {
  const located = locateElectronBinary(electronDir, env);
  if (located.found) return { ok: true, executable: located.executable };
  if (!located.installed)
    return {
      ok: false,
      message: `Marginalia cannot start: ${located.reason}. Run \`npm install\` first.`,
    };
  log(`start: Electron's binary is missing (${located.reason}); downloading it once…`);
  const download = await runElectronDownloader(electronDir, { timeoutMs, env });
  const after = locateElectronBinary(electronDir, env);
  if (after.found) return { ok: true, executable: after.executable };
  return {
    ok: false,
    message: missingElectronMessage({
      reason: `node_modules/electron was installed without its binary (${located.reason})`,
      downloadDetail: download.ok ? `the downloader finished but ${after.reason}` : download.detail,
    }),
  };
}
