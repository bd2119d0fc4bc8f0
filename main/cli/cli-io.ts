// What the CLI needs from the outside world, passed in so tests run commands in-process.

import { readFile } from 'node:fs/promises';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file's text; rejects when it cannot be read or is not UTF-8. */
  readFile: (path: string) => Promise<string>;
}

/** The real terminal and file system. */
export function processIo(): CliIo {
  // Fatal decoding: a file in another encoding must be reported, not silently turned into
  // U+FFFD characters that then fail the document-id check with a baffling message.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => {
      const bytes = await readFile(path);
      try {
        return decoder.decode(bytes);
      } catch {
        throw new Error('not UTF-8 text');
      }
    },
  };
}
