import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset, serialiseDataset } from '../../app/formats/dataset/index.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import { asEntityId } from '../../app/model/ids.ts';
import { CLAIM_DATE, CLAIMANT } from '../../app/model/relation.ts';
import { annotatorFile, link } from '../../app/reconcile/merge-test-support.ts';
import { span } from '../../app/reconcile/test-support.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { makeMergeCommand } from './merge-command.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const now = new Date('2024-06-01T10:00:00.000Z');
const merge = makeMergeCommand({
  writeFile: (path, pieces) => writeFile(path, pieces, 'utf8'),
  now: () => now,
});

/** One file per annotator in a fresh directory: one agreement, and a conflict of each kind. */
function annotatorFiles(): { directory: string; ana: string; ben: string } {
  const directory = mkdtempSync(join(tmpdir(), 'marginalia-merge-'));
  const ana = join(directory, 'ana.json');
  const ben = join(directory, 'ben.json');
  writeFileSync(
    ana,
    serialiseDataset(
      annotatorFile('ana', [
        span('ana', 30, 40, 'date'),
        span('ana', 65, 90),
        span('ana', 42, 59, 'actor'),
      ]),
    ),
  );
  writeFileSync(
    ben,
    serialiseDataset(
      annotatorFile('ben', [
        span('ben', 30, 40, 'date'),
        span('ben', 60, 90),
        span('ben', 42, 59, 'claim'),
        span('ben', 100, 110),
      ]),
    ),
  );
  return { directory, ana, ben };
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...processIo(), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const code = await merge.run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('marginalia merge, in process', () => {
  it('writes a valid merged dataset and summarises it', async () => {
    const { directory, ana, ben } = annotatorFiles();
    const out = join(directory, 'out.json');
    expect(await run(ana, ben, '-o', out)).toEqual({
      code: 0,
      stdout:
        `${out}: merged 2 files: 1 document, 2 annotators\n` +
        '  agreed: 1 (reconciled as unanimous)\n' +
        '  open conflicts: 3 (1 label, 1 boundary, 1 single)\n',
      stderr: '',
    });
    const parsed = parseDataset(readFileSync(out, 'utf8'));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    expect(parsed.ok && parsed.value.exportedAt).toBe('2024-06-01T10:00:00.000Z');
  });

  it('writes the same bytes whatever order the files are given in', async () => {
    const { directory, ana, ben } = annotatorFiles();
    await run(ana, ben, '-o', join(directory, 'ab.json'));
    await run(ben, ana, `--output=${join(directory, 'ba.json')}`);
    expect(readFileSync(join(directory, 'ba.json'), 'utf8')).toBe(
      readFileSync(join(directory, 'ab.json'), 'utf8'),
    );
  });

  it('writes to standard output with -o -, the summary going to standard error', async () => {
    const { ana, ben } = annotatorFiles();
    const { code, stdout, stderr } = await run(ana, ben, '-o', '-');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).format).toBe('marginalia-dataset');
    expect(stderr).toMatch(/^standard output: merged 2 files/);
  });

  it('exits 1 and writes nothing when an input is invalid, naming each issue', async () => {
    const { directory, ana } = annotatorFiles();
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, readFileSync(ana, 'utf8').replace('"date"', '"dat"'));
    const out = join(directory, 'never.json');
    const result = await run(ana, broken, '-o', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${broken}: /documents/0/annotations/0/label: expected the id of a label in /labels ("claim", "actor", "dat"), found "date"\n`,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('exits 2 for an unreadable file and for arguments it cannot use', async () => {
    const { directory, ana } = annotatorFiles();
    expect(
      await run(ana, join(directory, 'missing.json'), '-o', join(directory, 'o.json')),
    ).toMatchObject({
      code: 2,
      stderr: `${join(directory, 'missing.json')}: cannot read: no such file\n`,
    });
    expect((await run(ana)).stderr).toBe(
      'marginalia merge: no -o OUT given (use -o - for standard output)\nusage: marginalia merge FILE... -o OUT\n',
    );
    expect((await run('-o', 'x.json')).code).toBe(2);
    expect((await run(ana, '--force', '-o', 'x.json')).stderr).toMatch(
      /^marginalia merge: unknown option --force\n/,
    );
    expect((await run(ana, '-o', join(directory, 'no', 'such', 'dir.json'))).stderr).toMatch(
      /cannot write: no such directory\n$/,
    );
  });

  it('warns about ids it renamed because two files used them for different annotations', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-merge-'));
    const files = ['ana', 'ben'].map((annotator) => {
      const path = join(directory, `${annotator}.json`);
      writeFileSync(
        path,
        serialiseDataset(annotatorFile(annotator, [span(annotator, 0, 10, 'claim', 'ann-1')])),
      );
      return path;
    });
    const { code, stderr } = await run(...files, '-o', join(directory, 'out.json'));
    expect({ code, stderr }).toEqual({
      code: 0,
      stderr:
        'marginalia merge: warning: 1 annotation id named different annotations in different places and was renamed: "ann-1"\n',
    });
  });
});

describe('marginalia merge of links, entity links and values', () => {
  /** Ana and Ben link one claim, actor and date alike, and differ on the date's value. */
  function enrichedFiles(): { directory: string; ana: string; ben: string } {
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-merge-'));
    const write = (annotator: string, value: string) => {
      const claim = span(annotator, 65, 88);
      const actor = { ...span(annotator, 42, 59, 'actor'), entity: asEntityId(`e-${annotator}`) };
      const date = { ...span(annotator, 30, 40, 'date'), value: value as DateValue };
      const path = join(directory, `${annotator}.json`);
      const name = annotator === 'ana' ? 'Jeyhun Bayramov' : 'jeyhun bayramov';
      writeFileSync(
        path,
        serialiseDataset(
          annotatorFile(annotator, [claim, actor, date], undefined, {
            relations: [link(claim, CLAIMANT, actor), link(claim, CLAIM_DATE, date)],
            entities: [{ id: asEntityId(`e-${annotator}`), name, kind: 'person', aliases: [] }],
          }),
        ),
      );
      return path;
    };
    return { directory, ana: write('ana', '2024-05-03'), ben: write('ben', '2024-05-04') };
  }

  it('counts what it carried and the open link, entity and value conflicts by kind', async () => {
    const { directory, ana, ben } = enrichedFiles();
    const out = join(directory, 'out.json');
    expect(await run(ben, ana, '-o', out)).toEqual({
      code: 0,
      stdout:
        `${out}: merged 2 files: 1 document, 2 annotators\n` +
        '  agreed: 3 (reconciled as unanimous)\n' +
        '  agreed beyond the spans: 2 links, 1 entity link, 0 date values (reconciled as unanimous)\n' +
        '  open conflicts: 1 (1 value)\n',
      stderr: '',
    });
    const parsed = parseDataset(readFileSync(out, 'utf8'));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });

  it('warns about the links it left out so that the output validates', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-merge-'));
    const claim = span('ana', 65, 88);
    const date = span('ana', 30, 40, 'date');
    const friday = span('ana', 130, 136, 'date');
    const first = join(directory, 'first.json');
    const second = join(directory, 'second.json');
    writeFileSync(
      first,
      serialiseDataset(
        annotatorFile('ana', [claim, date, friday], undefined, {
          relations: [link(claim, CLAIM_DATE, date)],
        }),
      ),
    );
    const moved = { ...link(claim, CLAIM_DATE, friday), updatedAt: '2024-05-20T09:00:00.000Z' };
    writeFileSync(
      second,
      serialiseDataset(
        annotatorFile('ana', [claim, date, friday], undefined, { relations: [moved] }),
      ),
    );
    const { code, stderr } = await run(first, second, '-o', join(directory, 'out.json'));
    expect({ code, stderr }).toEqual({
      code: 0,
      stderr: `${first}: /documents/0/relations/0: warning: left out Claim date relation "ana-65-88-claim>date>ana-30-40-date" of "ana": its claim may have one "date" relation, and "ana-65-88-claim>date>ana-130-136-date" is the most recently updated\n`,
    });
  });
});

describe('marginalia merge, as a command', () => {
  it('runs from bin/marginalia.mjs, and `validate` accepts what it writes', () => {
    const { directory, ana, ben } = annotatorFiles();
    const out = join(directory, 'out.json');
    const merged = spawnSync(
      process.execPath,
      ['bin/marginalia.mjs', 'merge', ana, ben, '-o', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect({ status: merged.status, stderr: merged.stderr }).toEqual({ status: 0, stderr: '' });
    expect(merged.stdout).toMatch(/open conflicts: 3/);
    const validated = spawnSync(process.execPath, ['bin/marginalia.mjs', 'validate', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({
      status: validated.status,
      stdout: validated.stdout,
      stderr: validated.stderr,
    }).toEqual({
      status: 0,
      stdout: `${out}: valid Marginalia dataset (1 document, 8 annotations, 3 annotators)\n`,
      stderr: '',
    });
  });
});
