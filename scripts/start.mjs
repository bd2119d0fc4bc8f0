// npm start: make sure Electron's binary is there, build, and run the desktop app. Where the
// binary is missing and cannot be fetched (a machine without internet), it says so and starts
// the same app in the browser instead (npm run web), so the README's command always starts
// Marginalia. MARGINALIA_ELECTRON_DIR points at another electron package folder (the tests use it).

import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildMainProcess, buildRenderer, projectRoot } from './build-steps.mjs';
import { ensureElectronBinary } from './electron-binary.mjs';
import { serveInBrowser } from './web.mjs';

const electronDir =
  process.env.MARGINALIA_ELECTRON_DIR ?? path.join(projectRoot, 'node_modules', 'electron');
const binary = await ensureElectronBinary(electronDir);
if (!binary.ok) {
  console.error(binary.message);
  console.error('\nStarting Marginalia in your browser instead…');
  try {
    await serveInBrowser();
  } catch (error) {
    console.error(`start: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    process.exit(1);
  }
  // The server keeps the process alive until Ctrl+C.
} else {
  await startDesktopApp(binary.executable);
}

async function startDesktopApp(executable) {
  try {
    await buildMainProcess();
    await buildRenderer();
  } catch (error) {
    console.error(
      `start: build failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
    process.exit(1);
  }

  // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would make Electron a plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const electron = spawn(executable, [projectRoot, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  electron.on('error', (error) => {
    console.error(`start: could not launch Electron (${executable}): ${error.message}`);
    process.exit(1);
  });
  electron.on('close', (code, signal) => {
    if (signal !== null) console.error(`start: Electron was stopped by ${signal}`);
    process.exit(code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => electron.kill(signal));
}
