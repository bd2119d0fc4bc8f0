import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/annotation.ts';
import { asEntityId, asRelationId } from '../../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, type Relation } from '../../model/relation.ts';
import { sliceByCodePoints } from '../../text/code-points.ts';
import { makeAnnotation, makeDocument } from '../dataset/test-support.ts';
import { buildFixtureModel } from '../export-fixture.ts';
import { encodeBratFiles } from './encode.ts';
import { uniqueFileStems } from './file-names.ts';
import { BRAT_ZIP_FOLDER, zipBratFiles } from './zip.ts';

const corpusRoot = new URL('../../../../shared/corpus/', import.meta.url);
const fixture = buildFixtureModel((name) => readFileSync(new URL(name, corpusRoot), 'utf8'));

function fileMap(model: Parameters<typeof encodeBratFiles>[0]) {
  return new Map(encodeBratFiles(model).map((file) => [file.name, file.content]));
}

/** Checks every T line against the .txt the way brat does: each fragment's text, by code points. */
function checkSpans(txt: string, ann: string): number {
  let checked = 0;
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, typeAndOffsets, text] = line.split('\t');
    const fragments = typeAndOffsets!
      .slice(typeAndOffsets!.indexOf(' ') + 1)
      .split(';')
      .map((pair) => pair.split(' ').map(Number) as [number, number]);
    const cut = fragments.map(([start, end]) => sliceByCodePoints(txt, start, end));
    expect(cut.join(' '), line).toBe(text);
    for (const piece of cut) expect(piece).not.toContain('\n');
    checked++;
  }
  return checked;
}

describe('encodeBratFiles on the corpus fixture', () => {
  const files = fileMap(fixture);

  it('writes annotation.conf and a .txt and .ann per document, named from the titles', () => {
    expect([...files.keys()]).toEqual([
      'annotation.conf',
      'Pompeo-steps-into-the-conflict.txt',
      'Pompeo-steps-into-the-conflict.ann',
      'One-year-after-the-offensive.txt',
      'One-year-after-the-offensive.ann',
    ]);
    expect(files.get('Pompeo-steps-into-the-conflict.txt')).toBe(fixture.documents[0]!.text);
  });

  it('gives every annotation a T line whose text is the .txt at its offsets, in code points', () => {
    let spans = 0;
    for (const stem of ['Pompeo-steps-into-the-conflict', 'One-year-after-the-offensive'])
      spans += checkSpans(files.get(`${stem}.txt`)!, files.get(`${stem}.ann`)!);
    expect(spans).toBe(fixture.annotations.length);
  });

  it('writes relations, Wikidata references, date values and notes', () => {
    const ann = files.get('One-year-after-the-offensive.ann')!.split('\n');
    expect(ann).toContain('T2\tDate 204 218\tSeptember 2022');
    expect(ann).toContain('T3\tClaim 220 267\tAzerbaijan swiftly seized back Nagorno-Karabakh');
    expect(ann).toContain('R1\tClaim_date Arg1:T3 Arg2:T2');
    expect(ann).toContain('R2\tTarget Arg1:T3 Arg2:T1');
    expect(ann).toContain('N1\tReference T1 Wikidata:Q227\tAzerbaijan');
    expect(ann).toContain('#1\tAnnotatorNotes T2\t2022-09');
    // A note's line break would end the line: brat would read the rest as a broken annotation.
    expect(ann).toContain(
      '#3\tAnnotatorNotes T5\tOfficial line, "sincere" is doing work here; see the ambassador’s earlier remarks.',
    );
    const relations = fixture.relations!.filter((r) => r.documentId === fixture.documents[1]!.id);
    expect(ann.filter((line) => line.startsWith('R'))).toHaveLength(relations.length);
  });

  it('declares the labels and relation types with their ends in annotation.conf', () => {
    expect(files.get('annotation.conf')).toBe(
      [
        '# Written by Marginalia: the labels and relation types of this export.',
        '[entities]',
        'Claim',
        'Actor',
        'Date',
        '',
        '[relations]',
        'Claimant\tArg1:Claim, Arg2:Actor',
        'Claim_date\tArg1:Claim, Arg2:Date',
        'Target\tArg1:Claim, Arg2:Actor',
        '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
        '',
        '[events]',
        '',
        '[attributes]',
        '',
      ].join('\n'),
    );
  });
});

describe('encodeBratFiles on a small case', () => {
  const document = makeDocument(
    'Talks: 🇦🇲/🇦🇿?',
    'Pompeo said:\n\nthe talks resume 🕊️ on 26 October.',
  );
  const find = (quote: string) => document.text.indexOf(quote);
  const span = (quote: string, label: string, id: string): Annotation => {
    const start = [...document.text.slice(0, find(quote))].length;
    return makeAnnotation(document, start, start + [...quote].length, { id, label });
  };
  const claim = span('said:\n\nthe talks resume 🕊️', 'claim', 'c');
  const actor = { ...span('Pompeo', 'actor', 'a'), entity: asEntityId('p') };
  const date = {
    ...span('26 October', 'date', 'd'),
    value: '2020-10-26' as Annotation['value'],
    note: 'as\tsaid\nhere',
  };
  const relation = (id: string, type: Relation['type'], to: string): Relation => ({
    id: asRelationId(id),
    documentId: document.id,
    type,
    from: claim.id,
    to: [actor, date].find((a) => a.id === to)!.id,
    annotator: claim.annotator,
    createdAt: claim.createdAt,
    updatedAt: claim.createdAt,
  });
  const model = {
    documents: [document],
    annotations: [date, claim, actor],
    annotators: [],
    labels: [],
    entities: [
      {
        id: asEntityId('p'),
        name: 'Mike Pompeo',
        kind: 'person' as const,
        aliases: [],
        wikidata: 'Q473239',
      },
    ],
    relations: [relation('r2', CLAIM_DATE, 'd'), relation('r1', CLAIMANT, 'a')],
  };

  it('writes exactly these lines, a span across line breaks in fragments', () => {
    const files = fileMap(model);
    expect(files.get('Talks.ann')).toBe(
      [
        'T1\tActor 0 6\tPompeo',
        'T2\tClaim 7 12;14 33\tsaid: the talks resume 🕊️',
        'T3\tDate 37 47\t26 October',
        'R1\tClaimant Arg1:T2 Arg2:T1',
        'R2\tClaim_date Arg1:T2 Arg2:T3',
        'N1\tReference T1 Wikidata:Q473239\tMike Pompeo',
        '#1\tAnnotatorNotes T3\t2020-10-26',
        '#2\tAnnotatorNotes T3\tas said here',
        '',
      ].join('\n'),
    );
    expect(checkSpans(files.get('Talks.txt')!, files.get('Talks.ann')!)).toBe(3);
  });

  it('zips the same files into one folder, byte for byte the same in any time zone', () => {
    const files = encodeBratFiles(model);
    const at = new Date('2024-06-01T08:00:00Z');
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = zipBratFiles(files, at);
      process.env.TZ = 'Pacific/Kiritimati';
      expect(zipBratFiles(files, at)).toEqual(utc);
      const unzipped = unzipSync(utc);
      expect(Object.keys(unzipped)).toEqual(files.map((file) => `${BRAT_ZIP_FOLDER}/${file.name}`));
      for (const file of files)
        expect(strFromU8(unzipped[`${BRAT_ZIP_FOLDER}/${file.name}`]!)).toBe(file.content);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('uniqueFileStems', () => {
  it('keeps letters and digits, folds the rest to "-", and numbers repeats regardless of case', () => {
    expect(
      uniqueFileStems([
        'Talks: Baku/Yerevan?',
        'talks baku yerevan',
        'Ереван — 2020',
        '',
        '***',
        'CON',
        'é'.repeat(70),
      ]),
    ).toEqual([
      'Talks-Baku-Yerevan',
      'talks-baku-yerevan-2',
      'Ереван-2020',
      'document',
      'document-2',
      'CON_',
      'é'.repeat(60),
    ]);
  });
});
