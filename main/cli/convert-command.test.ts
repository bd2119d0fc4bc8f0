import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  encodeDataset,
  serialiseDataset,
  type DatasetModel,
} from '../../app/formats/dataset/index.ts';
import { buildFixtureModel } from '../../app/formats/export-fixture.ts';
import { encodeW3cCollection } from '../../app/formats/w3c/index.ts';
import { decodeImportFile } from '../../app/import/decode-import-file.ts';
import { compareAnnotations, type Annotation } from '../../app/model/annotation.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { makeConvertCommand } from './convert-command.ts';
import { bundleToModel } from './convert-model.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpusRoot = new URL('../../../shared/corpus/', import.meta.url);
const model = buildFixtureModel((name) => readFileSync(new URL(name, corpusRoot), 'utf8'));
const now = new Date('2024-06-01T08:00:00.000Z');
const convert = makeConvertCommand({
  writeFile: async (path, text) => writeFileSync(path, text, 'utf8'),
  makeDirectory: async (path) => void mkdirSync(path, { recursive: true }),
  now: () => now,
});

let directory: string;
let datasetFile: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'marginalia-convert-'));
  datasetFile = write(
    'corpus.json',
    serialiseDataset(encodeDataset({ ...model, exportedAt: now, generatorVersion: '0.1.0' })),
  );
});

function write(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...processIo(),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  const code = await convert.run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** What a converted file holds, read back the way `convert` and the importer read it. */
function reread(path: string): DatasetModel {
  const decoded = decodeImportFile(path, readFileSync(path, 'utf8'));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
  return bundleToModel(decoded.value, now).model;
}

const sorted = (annotations: Annotation[]) => [...annotations].sort(compareAnnotations);
const spans = (annotations: Annotation[]) =>
  [
    ...new Set(annotations.map((a) => `${a.documentId} ${a.start} ${a.end} ${a.label} ${a.quote}`)),
  ].sort();
/** Labels lose their shortcuts in an ImportBundle, which has no place for them. */
const withoutShortcuts = (labels: DatasetModel['labels']) =>
  labels.map(({ id, name, color }) => ({ id, name, color }));

describe('marginalia convert, in process', () => {
  it.each(['dataset', 'w3c'] as const)(
    'writes %s that reads back to every annotation, annotator and label',
    async (format) => {
      const out = join(directory, `corpus.${format}`);
      expect(await run(datasetFile, '--to', format, '-o', out)).toEqual({
        code: 0,
        stdout: `${out}: wrote ${format} (2 documents, ${model.annotations.length} annotations)\n`,
        stderr: '',
      });
      const back = reread(out);
      expect(back.documents).toEqual(model.documents);
      expect(sorted(back.annotations)).toEqual(sorted(model.annotations));
      expect(back.annotators).toEqual(model.annotators);
      expect(back.labels).toEqual(withoutShortcuts(model.labels));
    },
  );

  it.each(['jsonl', 'doccano'] as const)(
    'writes %s that reads back to the same documents and spans',
    async (format) => {
      const out = join(directory, `corpus.${format}.jsonl`);
      expect((await run(datasetFile, `--to=${format}`, `--output=${out}`)).code).toBe(0);
      const back = reread(out);
      expect(back.documents.map(({ id, text }) => ({ id, text }))).toEqual(
        model.documents.map(({ id, text }) => ({ id, text })),
      );
      expect(spans(back.annotations)).toEqual(spans(model.annotations));
      // Nothing in a JSONL line says who annotated or when: the converter fills that in.
      expect(new Set(back.annotations.map((a) => [a.annotator, a.createdAt].join()))).toEqual(
        new Set([`unattributed,${now.toISOString()}`]),
      );
    },
  );

  it('writes CSV with a row per annotation', async () => {
    const out = join(directory, 'corpus.csv');
    expect((await run(datasetFile, '--to', 'csv', '-o', out)).code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(
      rows.data.map((row) => `${row.document_id} ${row.start} ${row.end} ${row.label}`).sort(),
    ).toEqual(
      model.annotations.map((a) => `${a.documentId} ${a.start} ${a.end} ${a.label}`).sort(),
    );
  });

  it('writes the claims table with a row per claim, its claimants, date and targets', async () => {
    const out = join(directory, 'claims.csv');
    expect(await run(datasetFile, '--to', 'claims', '-o', out)).toMatchObject({ code: 0 });
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.data.map((row) => row.Claim).sort()).toEqual(
      model.annotations
        .filter((a) => a.label === 'claim')
        .map((a) => a.quote)
        .sort(),
    );
    // Relations and entities survive the dataset the table is converted from.
    expect(rows.data.find((row) => row.Claim.startsWith('Both must'))).toMatchObject({
      Claimants: 'Secretary Pompeo',
      'Claimant entities': 'Mike Pompeo',
      'Claim date': 'this Friday',
      'Date value': '2020-10-30',
    });
  });

  it('writes brat as a folder: annotation.conf, and a .txt and .ann per document', async () => {
    const out = join(directory, 'brat', 'corpus');
    expect(await run(datasetFile, '--to', 'brat', '-o', out)).toEqual({
      code: 0,
      stdout: `${out}: wrote brat (2 documents, ${model.annotations.length} annotations)\n`,
      stderr: '',
    });
    expect(readdirSync(out).sort()).toEqual([
      'One-year-after-the-offensive.ann',
      'One-year-after-the-offensive.txt',
      'Pompeo-steps-into-the-conflict.ann',
      'Pompeo-steps-into-the-conflict.txt',
      'annotation.conf',
    ]);
    const ann = readFileSync(join(out, 'Pompeo-steps-into-the-conflict.ann'), 'utf8').split('\n');
    expect(ann.filter((line) => line.startsWith('T'))).toHaveLength(
      model.annotations.filter((a) => a.documentId === model.documents[0]!.id).length,
    );
    expect(ann).toContain('N1\tReference T1 Wikidata:Q473239\tMike Pompeo');
    expect(ann.filter((line) => line.startsWith('R'))).toHaveLength(
      model.relations!.filter((r) => r.documentId === model.documents[0]!.id).length,
    );
    expect(readFileSync(join(out, 'Pompeo-steps-into-the-conflict.txt'), 'utf8')).toBe(
      model.documents[0]!.text,
    );
  });

  it('refuses brat to standard output, and says so when the folder cannot be made', async () => {
    expect(await run(datasetFile, '--to', 'brat', '-o', '-')).toMatchObject({
      code: 2,
      stderr: `marginalia convert: brat is a folder of .txt and .ann files: give -o DIRECTORY, not standard output\nusage: marginalia convert IN --to FORMAT -o OUT\n`,
    });
    const blocked = join(datasetFile, 'brat');
    expect(await run(datasetFile, '--to', 'brat', '-o', blocked)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/: cannot write: .*not a directory/),
    });
  });

  it('converts a JSONL file to a dataset twice to the same bytes (ids derived, not random)', async () => {
    const jsonl = join(directory, 'corpus.jsonl.jsonl');
    await run(datasetFile, '--to', 'jsonl', '-o', jsonl);
    const first = await run(jsonl, '--to', 'dataset', '-o', '-');
    const second = await run(jsonl, '--to', 'dataset', '-o', '-');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    // Two analysts' spans at one place with one label are one JSONL span.
    const distinctSpans = new Set(
      model.annotations.map((a) => [a.documentId, a.start, a.end, a.label].join()),
    ).size;
    expect(first.stderr).toBe(
      `${jsonl}: wrote dataset (2 documents, ${distinctSpans} annotations) to standard output\n`,
    );
    expect(JSON.parse(first.stdout).documents[0].title).toBe(
      model.documents[0]!.text.split('\n')[0]!.slice(0, 80).trim(),
    );
  });

  it('leaves out, naming each, annotations whose quote does not match their offsets', async () => {
    const dataset = JSON.parse(readFileSync(datasetFile, 'utf8'));
    const blinken = dataset.documents[1].annotations.findIndex(
      (annotation: { quote: string }) => annotation.quote === 'Antony Blinken',
    );
    dataset.documents[1].annotations[blinken].quote = 'Antony J. Blinken';
    const input = write('edited.json', JSON.stringify(dataset));
    const out = join(directory, 'edited.w3c.jsonld');
    const { code, stdout, stderr } = await run(input, '--to', 'w3c', '-o', out);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${out}: wrote w3c (2 documents, ${model.annotations.length - 1} annotations)\n`,
    );
    expect(stderr).toBe(
      `${input}: warning: /documents/1/annotations/${blinken}: left out: its quote "Antony J. Blinken" is not the text at ${dataset.documents[1].annotations[blinken].start}–${dataset.documents[1].annotations[blinken].end}, "Antony Blinken"\n` +
        `${input}: warning: 1 annotation could not be placed by its offsets and quote and is left out\n`,
    );
  });

  it('places a W3C annotation that has only a quote, and refuses W3C input without the texts', async () => {
    const collection = JSON.parse(JSON.stringify(encodeW3cCollection(model, { exportedAt: now })));
    for (const item of collection.first.items)
      if (item.motivation === 'tagging') item.target.selector.shift(); // quote selector only
    const quotesOnly = write('quotes.jsonld', JSON.stringify(collection));
    const out = join(directory, 'quotes.json');
    expect((await run(quotesOnly, '--to', 'dataset', '-o', out)).code).toBe(0);
    expect(sorted(reread(out).annotations)).toEqual(sorted(model.annotations));

    delete collection['marginalia:documents'];
    const withoutTexts = write('no-texts.jsonld', JSON.stringify(collection));
    const refused = await run(withoutTexts, '--to', 'jsonl', '-o', join(directory, 'never.jsonl'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^.*no-texts\.jsonld: cannot convert: 2 documents without their text in this file \(ni:\/\/\/sha-256;[\w-]+, ni:\/\/\/sha-256;[\w-]+\); offsets and quotes need the text: /,
    );
  });

  it('exits 1 with the decoder’s issues for a file it cannot read as any format', async () => {
    const input = write('notes.txt', 'Dear diary,');
    expect(await run(input, '--to', 'csv', '-o', join(directory, 'x.csv'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `${input}: not a Marginalia dataset, W3C Web Annotation or JSONL file: not valid JSON: Unexpected word "Dear"; expected a value (true, false and null are lowercase) at line 1, column 1\n`,
    });
    const jsonl = write(
      'bad.jsonl',
      '{"text": "a", "spans": [{"start": 0, "end": 5, "label": "x"}]}\n',
    );
    expect((await run(jsonl, '--to', 'csv', '-o', join(directory, 'x.csv'))).stderr).toBe(
      `${jsonl}: line 1: /spans/0/end: expected an end of at most 1 (the text’s length in code points), found 5\n`,
    );
  });

  it('exits 2 for bad arguments, an unreadable input or an unwritable output', async () => {
    const usage = 'usage: marginalia convert IN --to FORMAT -o OUT\n';
    expect(await run(datasetFile, '-o', 'x')).toMatchObject({
      code: 2,
      stderr: `marginalia convert: no --to FORMAT given (one of dataset, w3c, jsonl, doccano, csv, claims, brat)\n${usage}`,
    });
    expect((await run(datasetFile, '--to', 'xml', '-o', 'x')).stderr).toBe(
      `marginalia convert: unknown format "xml" (expected one of dataset, w3c, jsonl, doccano, csv, claims, brat)\n${usage}`,
    );
    expect((await run(datasetFile, '--to', 'csv')).stderr).toBe(
      `marginalia convert: no -o OUT given (use -o - for standard output)\n${usage}`,
    );
    expect((await run('--to', 'csv', '-o', 'x')).stderr).toBe(
      `marginalia convert: no input file given\n${usage}`,
    );
    expect((await run(datasetFile, '--to', 'csv', '-o', 'x', '--pages', '3')).stderr).toBe(
      `marginalia convert: unknown option --pages\n${usage}`,
    );
    expect(await run(join(directory, 'missing.json'), '--to', 'csv', '-o', 'x')).toMatchObject({
      code: 2,
      stderr: `${join(directory, 'missing.json')}: cannot read: no such file\n`,
    });
    const unwritable = join(directory, 'no-such-directory', 'out.csv');
    expect(await run(datasetFile, '--to', 'csv', '-o', unwritable)).toMatchObject({
      code: 2,
      stderr: `${unwritable}: cannot write: no such directory\n`,
    });
  });
});

describe('marginalia convert, spawned', () => {
  it('runs from bin/marginalia.mjs and writes a W3C collection the importer reads back', () => {
    const out = join(directory, 'spawned.jsonld');
    const result = spawnSync(
      process.execPath,
      ['bin/marginalia.mjs', 'convert', datasetFile, '--to', 'w3c', '-o', out],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `${out}: wrote w3c (2 documents, ${model.annotations.length} annotations)\n`,
    );
    expect(sorted(reread(out).annotations)).toEqual(sorted(model.annotations));
  });
});
