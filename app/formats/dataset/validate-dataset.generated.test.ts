// The generated validator is committed (the renderer cannot compile schemas at run time, see
// scripts/compile-schemas.mjs); these tests keep it in step with the schema and loadable.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from './validate-dataset.generated.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = readFileSync(new URL('validate-dataset.generated.js', import.meta.url), 'utf8');

describe('validate-dataset.generated.js', () => {
  it('is what `npm run schemas` generates from the current schema', () => {
    const regenerated = spawnSync(process.execPath, ['scripts/compile-schemas.mjs', '--stdout'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(regenerated.stderr).toBe('');
    expect(regenerated.status).toBe(0);
    expect(regenerated.stdout).toBe(committed);
  });

  it('neither calls require() nor compiles code at run time', () => {
    expect(committed).not.toMatch(/\brequire\(|new Function|\beval\(/);
  });

  it('validates when imported from TypeScript', () => {
    const minimal = {
      format: 'marginalia-dataset',
      version: 1,
      exportedAt: '2024-05-10T12:00:00Z',
      annotators: [],
      labels: [],
      documents: [],
    };
    expect(validate(minimal)).toBe(true);
    expect(validate({ ...minimal, exportedAt: '2024-02-30T12:00:00Z' })).toBe(false);
    expect(validate.errors).toMatchObject([{ instancePath: '/exportedAt', keyword: 'format' }]);
  });
});
