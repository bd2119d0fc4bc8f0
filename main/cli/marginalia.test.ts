import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processIo } from './cli-io.ts';
import { runCli } from './marginalia.ts';
import { runCliInProject } from './run-cli-in-process.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = 'app/formats/dataset/fixtures';
const valid = `${fixtures}/valid-small.json`;
const semantics = `${fixtures}/invalid-semantics.json`;

describe('marginalia validate', () => {
  it('exits 0 and summarises a valid dataset', async () => {
    expect(await runCliInProject('validate', valid)).toEqual({
      code: 0,
      stdout: `${valid}: valid Marginalia dataset (2 documents, 5 annotations, 2 annotators)\n`,
      stderr: '',
    });
  });

  it('exits 1 and prints each issue with its file and JSON path', async () => {
    const { code, stdout, stderr } = await runCliInProject('validate', semantics);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[2]).toBe(
      `${semantics}: /documents/0/annotations/0/quote: expected the text from 30 to 40, "3 May 2024", found "3 May 2025"`,
    );
  });

  it('prints file-level issues without a path', async () => {
    const { code, stderr } = await runCliInProject(
      'validate',
      `${fixtures}/invalid-truncated.json`,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${fixtures}/invalid-truncated.json: not valid JSON: Unexpected end of input at line 61, column 1\n`,
    );
  });

  it('exits 2 for a file it cannot read, after checking the others', async () => {
    expect(await runCliInProject('validate', 'missing.json', valid)).toEqual({
      code: 2,
      stdout: `${valid}: valid Marginalia dataset (2 documents, 5 annotations, 2 annotators)\n`,
      stderr: 'missing.json: cannot read: no such file\n',
    });
  });

  it('exits 2 for a file that is not UTF-8', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
    const latin1 = join(directory, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const err: string[] = [];
    const code = await runCli(['validate', latin1], {
      ...processIo(),
      stderr: (text) => err.push(text),
    });
    expect(code).toBe(2);
    expect(err).toEqual([`${latin1}: cannot read: not UTF-8 text\n`]);
  });

  it('exits 2 when given no files', async () => {
    expect(await runCliInProject('validate')).toMatchObject({
      code: 2,
      stderr: 'marginalia validate: no files given\nusage: marginalia validate FILE...\n',
    });
  });
});

describe('marginalia', () => {
  it('prints usage for --help and exits 0', async () => {
    const { code, stdout } = await runCliInProject('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: marginalia COMMAND/);
    expect(stdout).toContain(
      'validate FILE...  check that each FILE is a valid Marginalia dataset',
    );
  });

  it('prints a command’s usage for COMMAND --help', async () => {
    expect(await runCliInProject('validate', '--help')).toEqual({
      code: 0,
      stdout:
        'usage: marginalia validate FILE...\n\ncheck that each FILE is a valid Marginalia dataset\n',
      stderr: '',
    });
  });

  it('prints usage to stderr and exits 2 for an unknown command or none', async () => {
    const unknown = await runCliInProject('lint', valid);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^marginalia: unknown command "lint"\n\nusage: marginalia COMMAND/,
    );
    const none = await runCliInProject();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^marginalia: no command given\n\nusage:/);
  });

  it('runs from bin/marginalia.mjs without a build step', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/marginalia.mjs', 'validate', valid, semantics],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      `${valid}: valid Marginalia dataset (2 documents, 5 annotations, 2 annotators)\n`,
    );
    expect(result.stderr).toContain(
      `${semantics}: /documents/0/annotations/1/end: expected an end of at most 91`,
    );
  });
});
