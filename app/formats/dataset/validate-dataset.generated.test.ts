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

  // Copying the list per broken annotation made refusing 80,000 of them take 24 s (issue 12);
  // the time is watched by npm run bench (dataset-refusal), the cause here.
  it('gathers errors by appending, never by copying the list so far', () => {
    expect(committed).not.toContain('.concat(');
  });

  it('reports every broken annotation of a large file, in order', () => {
    const annotation = (i: number) => ({
      id: `a${i}`,
      label: 'claim',
      start: -1,
      end: 1,
      quote: 'x',
      annotator: 'ana',
      createdAt: '2024-05-01T09:30:00Z',
      updatedAt: '2024-05-01T09:30:00Z',
    });
    const dataset = {
      format: 'marginalia-dataset',
      version: 1,
      exportedAt: '2024-05-10T12:00:00Z',
      annotators: [{ id: 'ana', name: 'Ana' }],
      labels: [{ id: 'claim', name: 'Claim', color: '#f2b705' }],
      documents: [
        {
          id: `sha256:${'0'.repeat(64)}`,
          title: 'x',
          text: 'x',
          annotations: Array.from({ length: 5000 }, (_, i) => annotation(i)),
        },
      ],
    };
    expect(validate(dataset)).toBe(false);
    const paths = validate.errors!.map((error) => error.instancePath);
    expect(paths).toHaveLength(5000);
    expect(paths[0]).toBe('/documents/0/annotations/0/start');
    expect(paths[4999]).toBe('/documents/0/annotations/4999/start');
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
