// TEST SUPPORT: the real corpus of ../shared/corpus (five news reports on the Armenia–Azerbaijan
// conflict), read from disk by the core's tests in Node.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText } from '../text/normalise.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus');

/** Every report as its file holds it, by file name. */
export function readCorpusFiles(): { name: string; text: string }[] {
  return readdirSync(CORPUS_DIR).map((name) => ({
    name,
    text: readFileSync(join(CORPUS_DIR, name), 'utf8'),
  }));
}

/** The normalised text of the report whose file name starts with `prefix` (`000_`). */
export function corpusReport(prefix: string): string {
  const name = readdirSync(CORPUS_DIR).find((candidate) => candidate.startsWith(prefix));
  if (name === undefined) throw new Error(`no corpus report starts with ${prefix}`);
  return normaliseText(readFileSync(join(CORPUS_DIR, name), 'utf8'));
}
