// TEST SUPPORT: the CLI run in-process against the real file system, its output captured, so a
// test reads exactly what a terminal would show.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processIo, type CliIo } from './cli-io.ts';
import { runCli } from './marginalia.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `marginalia <argv>` with file paths relative to the project root: its exit code and output. */
export async function runCliInProject(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const real = processIo();
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => real.readFile(join(root, path)),
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
