// `marginalia suggest` on a corpus report: the date expressions with their values against the
// publication date, and the mentions of an entity list, as text and as JSON.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProject } from './run-cli-in-process.ts';

// runCliInProject reads paths from the project's root.
const ROOT = join(import.meta.dirname, '../..');
const REPORT = relative(ROOT, join(ROOT, '../shared/corpus/000_5c0c6f709157f585.txt'));
const inTemp = (name: string) =>
  relative(ROOT, join(mkdtempSync(join(tmpdir(), 'marginalia-suggest-')), name));

function entitiesFile(): string {
  const file = inTemp('entities.csv');
  writeFileSync(
    join(ROOT, file),
    'name,kind,aliases,wikidata,note\nMike Pompeo,person,Pompeo,Q473239,\n',
  );
  return file;
}

describe('marginalia suggest', () => {
  it('prints dates with their values and mentions of known entities, in text order', async () => {
    const { code, stdout, stderr } = await runCliInProject(
      'suggest',
      REPORT,
      '--published',
      '2020-10-26',
      '--entities',
      entitiesFile(),
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.some((line) => /\tdate\t“last Friday”\t2020-10-23$/.test(line))).toBe(true);
    expect(lines.some((line) => /\tactor\t“Mike Pompeo”\t= Mike Pompeo$/.test(line))).toBe(true);
    const starts = lines.map((line) => Number(line.split('–')[0]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(stderr).toMatch(/: \d+ suggestions\n$/);
  });

  it('writes JSON with the document id and each suggestion', async () => {
    const { code, stdout } = await runCliInProject(
      'suggest',
      REPORT,
      '--json',
      '--published',
      '2020-10-26',
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.document).toMatchObject({
      id: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      publishedAt: '2020-10-26',
    });
    expect(output.suggestions).toContainEqual({
      start: expect.any(Number),
      end: expect.any(Number),
      label: 'date',
      quote: 'last Friday',
      value: '2020-10-23',
    });
  });

  it('refuses a malformed publication date, an unreadable file and a broken entity list', async () => {
    expect(await runCliInProject('suggest', REPORT, '--published', '2020-02-30')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--published 2020-02-30'),
    });
    expect(await runCliInProject('suggest', 'no-such.txt')).toMatchObject({
      code: 2,
      stderr: 'no-such.txt: no such file\n',
    });
    const broken = inTemp('broken.csv');
    writeFileSync(join(ROOT, broken), 'name,kind\nMike Pompeo,wizard\n');
    const result = await runCliInProject('suggest', REPORT, '--entities', broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.csv:2: /);
  });
});
