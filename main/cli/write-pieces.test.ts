import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePieces } from './write-pieces.ts';

const directory = mkdtempSync(join(tmpdir(), 'marginalia-write-pieces-'));

describe('writePieces', () => {
  it('writes the pieces in order as UTF-8, across buffer boundaries and with pieces larger than the buffer', () => {
    const small = Array.from({ length: 5000 }, (_, i) => `«${i}» 😀 café, `);
    const huge = 'Ω😀a'.repeat(400_000); // 1.6 M code units: larger than the buffer
    const pieces = [...small, huge, '', ...small, '\n'];
    const path = join(directory, 'pieces.json');
    writePieces(path, pieces);
    expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
  });

  it('replaces what the file held before', () => {
    const path = join(directory, 'replaced.txt');
    writePieces(path, ['a much longer first version']);
    writePieces(path, ['short']);
    expect(readFileSync(path, 'utf8')).toBe('short');
  });

  it('fails with the reason when the directory does not exist', () => {
    expect(() => writePieces(join(directory, 'missing', 'out.json'), ['x'])).toThrow(/ENOENT/);
  });
});
