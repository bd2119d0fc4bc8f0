import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeDataset, serialiseDataset } from '../../app/formats/dataset/index.ts';
import { makeAnnotation, makeDocument } from '../../app/formats/dataset/test-support.ts';
import type { Annotation, SourceDocument } from '../../app/model/annotation.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import type { Entity } from '../../app/model/entity.ts';
import { asAnnotatorId, asEntityId, asRelationId, asRelationTypeId } from '../../app/model/ids.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import type { Relation } from '../../app/model/relation.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { runCli } from './marginalia.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The hand-checked document of app/agreement/agreement-report.test.ts: tokens Ana met Ben in
// Baku on 3 May . — ana tags the actors Ana and Ben and the date "3 May", ben tags Ana and
// "on 3 May".
const meeting = makeDocument('Meeting', 'Ana met Ben in Baku on 3 May.');
const quiet = makeDocument('Quiet', 'Nothing happened.');

/** Writes a dataset of `documents` listing `annotator` and holding `annotations`; returns its path. */
function writeDataset(
  directory: string,
  annotator: string,
  documents: SourceDocument[],
  annotations: Annotation[],
  enrichment: { relations?: Relation[]; entities?: Entity[] } = {},
): string {
  const path = join(directory, `${annotator}.json`);
  const dataset = encodeDataset({
    documents,
    annotations,
    annotators: [{ id: asAnnotatorId(annotator), name: annotator.toUpperCase() }],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
    ...enrichment,
  });
  writeFileSync(path, serialiseDataset(dataset));
  return path;
}

/** One file per annotator, both with both documents; nobody tagged anything in "Quiet". */
function twoAnnotators(): { ana: string; ben: string } {
  const directory = mkdtempSync(join(tmpdir(), 'marginalia-agree-'));
  const span = (start: number, end: number, label: string, annotator: string, id: string) =>
    makeAnnotation(meeting, start, end, { id, label, annotator });
  return {
    ana: writeDataset(
      directory,
      'ana',
      [meeting, quiet],
      [
        span(0, 3, 'actor', 'ana', 'a1'),
        span(8, 11, 'actor', 'ana', 'a2'),
        span(23, 28, 'date', 'ana', 'a3'),
      ],
    ),
    ben: writeDataset(
      directory,
      'ben',
      [meeting, quiet],
      [span(0, 3, 'actor', 'ben', 'b1'), span(20, 28, 'date', 'ben', 'b2')],
    ),
  };
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...processIo(), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('marginalia agree', () => {
  it('prints the JSON report, merging the files by document id', async () => {
    const { ana, ben } = twoAnnotators();
    const { code, stdout, stderr } = await run('agree', ana, ben, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(Object.keys(report.documents)).toEqual([meeting.id, quiet.id]);
    const document = report.documents[meeting.id];
    // The values worked out by hand in agreement-report.test.ts.
    expect(document.cohenKappa).toEqual({ pairs: { 'ana|ben': 0.625 }, mean: 0.625 });
    expect(document.fleissKappa).toBeCloseTo(118 / 190, 12);
    expect(document.f1Exact).toEqual({ pairs: { 'ana|ben': 0.4 }, mean: 0.4 });
    expect(document.f1Overlap).toEqual({ pairs: { 'ana|ben': 0.8 }, mean: 0.8 });
    expect(document.krippendorffAlphaU).toBeCloseTo(0.76527, 5);
    // Both listed, neither tagged: everything on "Quiet" is undefined, and overall α_U is
    // the mean over "Meeting" alone.
    expect(report.documents[quiet.id]).toMatchObject({
      cohenKappa: { pairs: { 'ana|ben': null }, mean: null },
      fleissKappa: null,
      krippendorffAlphaU: null,
      f1Exact: { pairs: { 'ana|ben': null }, mean: null },
    });
    expect(report.overall.krippendorffAlphaU).toBe(document.krippendorffAlphaU);
    expect(Object.keys(report.labels)).toEqual(['actor', 'date']);
  });

  it('prints readable tables, explaining every undefined value', async () => {
    const { ana, ben } = twoAnnotators();
    const { code, stdout } = await run('agree', ana, ben);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Agreement over 2 documents, 2 annotators, 2 labels\n/);
    expect(stdout).toContain('  ana|ben      0.625           0.400      0.800\n');
    expect(stdout).toContain('  actor (Actor)   0.582     0.667      0.667\n');
    expect(stdout.slice(stdout.indexOf('Document “Quiet”'))).toBe(
      [
        `Document “Quiet” (${quiet.id})`,
        '  annotators: ana (ANA), ben (BEN)',
        "  Fleiss' kappa            n/a [1]",
        "  Krippendorff's alpha-U   n/a [2]",
        '',
        "  annotators   Cohen's kappa   F1 exact   F1 overlap",
        '  ana|ben      n/a [3]         n/a [4]    n/a [4]',
        '',
        'Undefined values (n/a)',
        '  [1] no annotator tagged any token',
        '  [2] no spans by any annotator',
        '  [3] neither annotator tagged any token',
        '  [4] no spans by either annotator',
        '',
      ].join('\n'),
    );
  });

  it('counts an annotator listed in a file as a rater of its documents, spans or not', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-agree-'));
    const ana = writeDataset(
      directory,
      'ana',
      [meeting],
      [makeAnnotation(meeting, 0, 3, { id: 'a1', label: 'actor', annotator: 'ana' })],
    );
    const cem = writeDataset(directory, 'cem', [meeting], []);
    const report = JSON.parse((await run('agree', ana, cem, '--json')).stdout);
    // 9 tokens; ana: actor + 8 O, cem: 9 O. A_o = 8/9, A_e = 8·9/81: κ = (72 − 72)/(81 − 72) = 0.
    expect(report.overall.cohenKappa.pairs).toEqual({ 'ana|cem': 0 });
    expect(report.overall.f1Exact.pairs).toEqual({ 'ana|cem': 0 });
  });

  it('counts an annotation found in two files once', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-agree-'));
    const annotation = makeAnnotation(meeting, 0, 3, {
      id: 'a1',
      label: 'actor',
      annotator: 'ana',
    });
    const first = writeDataset(directory, 'ana', [meeting], [annotation]);
    const again = join(directory, 'copy.json');
    writeFileSync(
      again,
      serialiseDataset(
        JSON.parse(
          JSON.stringify(
            encodeDataset({
              documents: [meeting],
              annotations: [
                annotation,
                makeAnnotation(meeting, 0, 3, { id: 'b1', label: 'actor', annotator: 'ben' }),
              ],
              annotators: [
                { id: asAnnotatorId('ana'), name: 'Ana' },
                { id: asAnnotatorId('ben'), name: 'Ben' },
              ],
              labels: [...BUILT_IN_LABELS],
              exportedAt: new Date('2024-05-10T12:00:00Z'),
              generatorVersion: '0.1.0',
            }),
          ),
        ),
      ),
    );
    const report = JSON.parse((await run('agree', first, again, '--json')).stdout);
    // One span each, the same: F1 = 2·1 / (1 + 1) = 1 (a double-counted span would give 2/3).
    expect(report.overall.f1Exact.pairs).toEqual({ 'ana|ben': 1 });
  });

  it('reports relations, entities and date values when the files have them', async () => {
    // "Ana met Ben in Baku on 3 May.": each tags the claim "met Ben", its claimant Ana (linked
    // to an entity of their own list: other ids, one name) and its date "3 May" with a value;
    // ben also links the claim to Ben as its target, which ana did not.
    const directory = mkdtempSync(join(tmpdir(), 'marginalia-agree-'));
    const files = ['ana', 'ben'].map((annotator) => {
      const at = (start: number, end: number, label: string, id: string) =>
        makeAnnotation(meeting, start, end, { id: `${annotator}-${id}`, label, annotator });
      const claim = at(4, 11, 'claim', 'claim');
      const actor = { ...at(0, 3, 'actor', 'ana'), entity: asEntityId(`${annotator}-e`) };
      const date = { ...at(23, 28, 'date', 'may'), value: '2024-05-03' as DateValue };
      const target = at(8, 11, 'actor', 'ben');
      const link = (type: string, to: Annotation): Relation => ({
        id: asRelationId(`${annotator}-${type}`),
        documentId: meeting.id,
        type: asRelationTypeId(type),
        from: claim.id,
        to: to.id,
        annotator: asAnnotatorId(annotator),
        createdAt: '2024-05-01T09:30:00.000Z',
        updatedAt: '2024-05-01T09:30:00.000Z',
      });
      const relations = [link('claimant', actor), link('date', date)];
      if (annotator === 'ben') relations.push(link('target', target));
      return writeDataset(directory, annotator, [meeting], [claim, actor, date, target], {
        relations,
        entities: [
          { id: asEntityId(`${annotator}-e`), name: 'Ana Aliyeva', kind: 'person', aliases: [] },
        ],
      });
    });
    const report = JSON.parse((await run('agree', ...files, '--json')).stdout);
    // 2 pairs of 2 + 3 relations: 4/5; the entities are one by name; the values are equal.
    expect(report.overall).toMatchObject({
      relationF1Exact: { pairs: { 'ana|ben': 0.8 }, mean: 0.8 },
      relationF1Overlap: { pairs: { 'ana|ben': 0.8 }, mean: 0.8 },
      entityAgreement: { pairs: { 'ana|ben': 1 }, mean: 1 },
      dateValueAgreement: { pairs: { 'ana|ben': 1 }, mean: 1 },
    });
    expect(report.documents[meeting.id].relationF1Exact.mean).toBe(0.8);
    expect(report.relationTypes).toEqual({
      claimant: {
        relationF1Exact: { pairs: { 'ana|ben': 1 }, mean: 1 },
        relationF1Overlap: { pairs: { 'ana|ben': 1 }, mean: 1 },
      },
      date: {
        relationF1Exact: { pairs: { 'ana|ben': 1 }, mean: 1 },
        relationF1Overlap: { pairs: { 'ana|ben': 1 }, mean: 1 },
      },
      target: {
        relationF1Exact: { pairs: { 'ana|ben': 0 }, mean: 0 },
        relationF1Overlap: { pairs: { 'ana|ben': 0 }, mean: 0 },
      },
    });

    const { stdout } = await run('agree', ...files);
    expect(stdout).toContain('Compared: 5 relations, 2 entity links, 2 date values\n');
    expect(stdout).toContain('  target (Target)       0.000               0.000\n');
    expect(stdout).toContain(
      '  ana|ben      0.800               0.800                 1.000      1.000\n',
    );
  });

  it('exits 1 with each issue of an invalid file, after checking the others', async () => {
    const { ana } = twoAnnotators();
    const semantics = join(root, 'app/formats/dataset/fixtures/invalid-semantics.json');
    const { code, stdout, stderr } = await run('agree', semantics, ana);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${semantics}: /documents/0/annotations/0/quote: expected the text from 30 to 40, "3 May 2024", found "3 May 2025"\n`,
    );
  });

  it('exits 2 for an unreadable file, no files or an unknown option', async () => {
    const { ana } = twoAnnotators();
    expect(await run('agree', ana, join(root, 'missing.json'))).toMatchObject({
      code: 2,
      stderr: `${join(root, 'missing.json')}: cannot read: no such file\n`,
    });
    expect(await run('agree')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'marginalia agree: no files given\nusage: marginalia agree FILE...\n',
    });
    expect(await run('agree', ana, '--csv')).toMatchObject({
      code: 2,
      stderr: 'marginalia agree: unknown option --csv\nusage: marginalia agree FILE...\n',
    });
  });

  it('runs from bin/marginalia.mjs', async () => {
    const { ana, ben } = twoAnnotators();
    const result = spawnSync(
      process.execPath,
      ['bin/marginalia.mjs', 'agree', ana, ben, '--json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse((await run('agree', ana, ben, '--json')).stdout),
    );
  });
});
