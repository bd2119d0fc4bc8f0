// Types of electron-binary.mjs for the TypeScript tests that import it.

export const DOWNLOAD_TIMEOUT_MS: number;

export type LocatedElectron =
  { found: true; executable: string } | { found: false; installed: boolean; reason: string };

export function locateElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): LocatedElectron;

export function runElectronDownloader(
  electronDir: string,
  options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<{ ok: boolean; detail: string }>;

export function missingElectronMessage(options: {
  reason: string;
  downloadDetail?: string;
  platform?: string;
  arch?: string;
}): string;

export function ensureElectronBinary(
  electronDir: string,
  options?: { log?: (line: string) => void; timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<{ ok: true; executable: string } | { ok: false; message: string }>;
