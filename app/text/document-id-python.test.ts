// docs/dataset.md says how anyone computes a document's id, with a few lines of Python. This runs
// those very lines (taken from the documentation) on the corpus and on files that exercise every
// step of the normalisation, and compares their ids with the ones the importer gives.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocumentFile } from '../formats/document-import/import-document-file.ts';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpus');

/** The Python block that follows the documentation's `document-id.py` marker. */
function documentedPython(): string {
  const doc = readFileSync(join(ROOT, 'docs/dataset.md'), 'utf8');
  const marker = doc.indexOf('<!-- document-id.py');
  const block = /```python\n([\s\S]*?)```/.exec(doc.slice(marker));
  if (marker < 0 || !block) throw new Error('docs/dataset.md has no document-id.py block');
  return block[1]!;
}

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
}

describe('the documented Python computes the importer’s document ids', () => {
  it.skipIf(!hasPython())('on the corpus and on texts that need every step', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-document-id-'));
    const files = readdirSync(CORPUS).map((name) => join(CORPUS, name));
    const crafted: Record<string, string> = {
      'boms-and-crlf.txt': '\uFEFF\uFEFFGranada\r\nBrussels\rMoscow\r\n',
      'decomposed.txt': 'Ilham A\u0308liyev and Nikol Pashinyan\u0301',
      'trailing-spaces.txt': 'Stepanakert \u00A0\u3000\u2028\t\v\f\n\n',
      'leading-kept.txt': '\n  \u00A0Lachin corridor',
      'astral.txt': 'Peace 🕊 in 𠀀 the region\u202F\u205F',
    };
    for (const [name, text] of Object.entries(crafted)) {
      const path = join(folder, name);
      writeFileSync(path, text);
      files.push(path);
    }
    const script = join(folder, 'document-id.py');
    writeFileSync(script, documentedPython());
    const fromPython = execFileSync('python3', [script, ...files], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const fromImporter: string[] = [];
    for (const path of files) {
      const imported = await importDocumentFile(path, readFileSync(path));
      if (!imported.ok) throw new Error(imported.error);
      fromImporter.push(imported.value.id);
    }
    expect(fromPython).toEqual(fromImporter);
  });
});
