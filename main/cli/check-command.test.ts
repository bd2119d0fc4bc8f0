// `marginalia check` on dataset files built from the corpus with planted inconsistencies: the
// findings grouped by kind, as text and JSON, and its exit codes.

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, PlantedLibrary } from '../../app/checks/test-support.ts';
import { encodeDataset, serialiseDataset } from '../../app/formats/dataset/index.ts';
import { runCliInProject } from './run-cli-in-process.ts';

const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpus');
const corpus = corpusDocuments(
  readdirSync(CORPUS).map((name) => ({ name, text: readFileSync(join(CORPUS, name), 'utf8') })),
);

/** Writes the library as a dataset file in a fresh folder; its path from the project root. */
function datasetFile(library: PlantedLibrary, name = 'ana.json'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'marginalia-check-')), name);
  const dataset = encodeDataset({
    ...library.model(),
    exportedAt: new Date('2026-12-02T12:00:00Z'),
    generatorVersion: '0.1.0',
  });
  writeFileSync(path, serialiseDataset(dataset));
  return relative(ROOT, path);
}

/** Pashinyan tagged once in 004 (9 more places), Aliyev an actor and a claim in 000. */
function inconsistent(): PlantedLibrary {
  const library = new PlantedLibrary(corpus);
  library.tag('004', 'Pashinyan', 'actor');
  library.tag('000', 'Aliyev', 'actor');
  library.tag('000', 'Aliyev', 'claim', { occurrence: 1 });
  return library;
}

/** Nothing to report: one actor tagged everywhere it occurs. */
function consistent(): PlantedLibrary {
  const library = new PlantedLibrary(corpus);
  library.tag('003', 'Andrew Korybko', 'actor');
  return library;
}

describe('marginalia check', () => {
  it('prints the findings grouped by kind, with counts and places, and exits 1', async () => {
    const file = datasetFile(inconsistent());
    const { code, stdout, stderr } = await runCliInProject('check', file);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${file}: 18 findings`);
    expect(lines[1]).toBe('  Label mismatches (1)');
    expect(lines[2]).toBe(
      '    Ana: “Aliyev” is tagged Actor in 1 place and Claim in 1 place — to look at',
    );
    expect(lines[3]).toMatch(/^ {6}000\t\d+–\d+\t“Aliyev”$/);
    expect(stdout).toContain('  Missed occurrences (15)\n');
    expect(stdout).toContain(
      '    Ana: “Pashinyan” is tagged Actor in 1 place, not here — fix: tag as Actor\n',
    );
    expect(stdout).toContain('  Claims without claimant (1)\n');
    expect(stdout).toContain('  Claims without date (1)\n');
    expect(stdout).not.toContain('Entity mismatches');
  });

  it('prints JSON with every finding, its key, fix and places with titles', async () => {
    const file = datasetFile(inconsistent());
    const { code, stdout } = await runCliInProject('check', file, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      files: {
        file: string;
        counts: Record<string, number>;
        findings: { key: string; kind: string; locations: { title: string; quote: string }[] }[];
      }[];
    };
    expect(report.files).toHaveLength(1);
    const [only] = report.files;
    expect(only!.file).toBe(file);
    expect(only!.counts).toMatchObject({ 'label-mismatch': 1, 'missed-occurrence': 15 });
    const missed = only!.findings.filter((finding) => finding.kind === 'missed-occurrence');
    expect(missed[0]!.locations[0]!.title).toBe('004');
    expect(missed.map((finding) => finding.locations[0]!.quote)).toContain('Pashinyan');
    expect(JSON.parse(missed[0]!.key)[0]).toBe('missed-occurrence');
  });

  it('exits 0 when there is nothing to report', async () => {
    const file = datasetFile(consistent());
    expect(await runCliInProject('check', file)).toEqual({
      code: 0,
      stdout: `${file}: nothing to report\n`,
      stderr: '',
    });
  });

  it('exits 2 naming a file it cannot read, and checks nothing', async () => {
    const good = datasetFile(consistent());
    const { code, stdout, stderr } = await runCliInProject('check', good, 'missing.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('missing.json: cannot read: no such file\n');
  });

  it('exits 2 for a file that is not a dataset', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'marginalia-check-')), 'broken.json');
    writeFileSync(broken, '{"format": "nope"');
    const { code, stderr } = await runCliInProject('check', relative(ROOT, broken));
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.json: not valid JSON/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await runCliInProject('check')).code).toBe(2);
    expect((await runCliInProject('check', '--strict', 'x.json')).stderr).toContain(
      'unknown option --strict',
    );
  });
});
