import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../app/text/document-id.ts';
import { readDocumentText } from '../db/document-store.ts';
import {
  KORYBKO_EXCERPT,
  POMPEO_EXCERPT,
  savedOnWindows,
  utf8Bytes,
} from '../test-support/corpus-excerpts.ts';
import { openTestDatabase } from '../test-support/test-database.ts';
import { describeImport, importPickedFiles } from './import-documents.ts';

const KORYBKO_FILE = { name: 'korybko-us-hosted-talks.txt', bytes: utf8Bytes(KORYBKO_EXCERPT) };
const POMPEO_FILE = {
  name: 'pompeo-ceasefire.txt',
  bytes: utf8Bytes(savedOnWindows(POMPEO_EXCERPT)),
};
// "Pashinyan’s visit" as Windows-1252 writes it: the apostrophe is the single byte 0x92.
const CP1252_FILE = {
  name: 'pashinyan-cp1252.txt',
  bytes: new Uint8Array([...utf8Bytes('Pashinyan'), 0x92, ...utf8Bytes('s visit')]),
};

const KORYBKO_TITLE =
  'The US-hosted Talks Between Azerbaijan And Armenia Won’t End The Karabakh Conflict';

describe('importPickedFiles', () => {
  it('adds each file as a normalised document titled by its first line', async () => {
    const db = openTestDatabase();
    const report = await importPickedFiles(db, { files: [KORYBKO_FILE, POMPEO_FILE], refused: [] });

    expect(report.refused).toEqual([]);
    expect(report.alreadyPresent).toEqual([]);
    expect(
      report.added.map(({ sourceName, format, title }) => ({ sourceName, format, title })),
    ).toEqual([
      { sourceName: 'korybko-us-hosted-talks.txt', format: 'text', title: KORYBKO_TITLE },
      {
        sourceName: 'pompeo-ceasefire.txt',
        format: 'text',
        title: [...POMPEO_EXCERPT].slice(0, 200).join('').trimEnd(),
      },
    ]);

    // The trailing newline goes; curly quotes, no-break spaces and ə, Ş, ı stay as they were.
    const korybko = KORYBKO_EXCERPT.trimEnd();
    expect(report.added[0]!.id).toBe(documentIdOf(korybko));
    expect(await readDocumentText(db, report.added[0]!.id)).toBe(korybko);
    expect(korybko).toContain('By\u00a0Andrew Korybko');
    expect(korybko).toContain('“ABŞ Ermənistanı yola gətirir');
    expect(report.added[0]!.length).toBe([...korybko].length);

    // Saved on Windows: the byte-order mark and carriage returns are gone.
    const pompeo = POMPEO_EXCERPT.trimEnd();
    expect(report.added[1]!.id).toBe(documentIdOf(pompeo));
    expect(await readDocumentText(db, report.added[1]!.id)).toBe(pompeo);
  });

  it('reports a file whose text is already in the library, even saved differently', async () => {
    const db = openTestDatabase();
    await importPickedFiles(db, { files: [POMPEO_FILE], refused: [] });
    const lf = { name: 'pompeo (unix).txt', bytes: utf8Bytes(POMPEO_EXCERPT) };
    const report = await importPickedFiles(db, { files: [lf, KORYBKO_FILE], refused: [] });

    expect(report.added.map((row) => row.sourceName)).toEqual(['korybko-us-hosted-talks.txt']);
    expect(report.alreadyPresent).toEqual([
      {
        sourceName: 'pompeo (unix).txt',
        existing: expect.objectContaining({ sourceName: 'pompeo-ceasefire.txt' }),
      },
    ]);
    expect(await db.documents.count()).toBe(2);
  });

  it('refuses a file that is not UTF-8, naming it and the byte, and imports the rest', async () => {
    const db = openTestDatabase();
    const report = await importPickedFiles(db, { files: [CP1252_FILE, KORYBKO_FILE], refused: [] });

    expect(report.refused).toEqual([
      {
        name: 'pashinyan-cp1252.txt',
        reason: 'pashinyan-cp1252.txt is not valid UTF-8: invalid byte sequence at byte 9',
      },
    ]);
    expect(report.added.map((row) => row.sourceName)).toEqual(['korybko-us-hosted-talks.txt']);
    expect(await db.documents.count()).toBe(1);
  });

  it('refuses unsupported, empty and blank files, and passes on what main could not read', async () => {
    const db = openTestDatabase();
    const tooLarge = { name: 'archive.txt', reason: 'archive.txt is too large to import' };
    const report = await importPickedFiles(db, {
      files: [
        { name: 'scan.doc', bytes: utf8Bytes('%PDF-1.7') },
        // Real pdf.js, on a file that only claims to be a PDF.
        { name: 'broken.pdf', bytes: utf8Bytes('%PDF-1.7 and nothing else') },
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'blank.md', bytes: utf8Bytes(' \n\n\t\n') },
      ],
      refused: [tooLarge],
    });

    expect(report.added).toEqual([]);
    expect(report.refused).toEqual([
      tooLarge,
      {
        name: 'scan.doc',
        reason: expect.stringMatching(/^scan\.doc cannot be imported: only plain text/),
      },
      { name: 'broken.pdf', reason: expect.stringMatching(/^broken\.pdf is not a readable PDF/) },
      { name: 'empty.txt', reason: 'empty.txt is empty' },
      { name: 'blank.md', reason: 'blank.md has no text' },
    ]);
    expect(await db.documents.count()).toBe(0);
  });

  it('titles a Markdown file by its first heading', async () => {
    const db = openTestDatabase();
    const markdown = {
      name: 'korybko.md',
      bytes: utf8Bytes('# Talks in *Washington*\n\nBy\u00a0Andrew Korybko\n'),
    };
    const report = await importPickedFiles(db, { files: [markdown], refused: [] });
    expect(report.added).toEqual([
      expect.objectContaining({
        title: 'Talks in Washington',
        format: 'markdown',
        sourceName: 'korybko.md',
      }),
    ]);
  });
});

describe('importPickedFiles on hostile files', () => {
  // The corpus of hostile documents (docs/hostile-inputs.md), generated here. The time limit is
  // 2 s so the test runs quickly, far from what the good files take (deep.html: about 0.1 s)
  // and from what the slow ones would (10 s and more); the bench ('hostile-import') times the
  // app's own limit.
  const deepHtml = `<title>Deep</title>${'<div>'.repeat(5_000)}Nested text${'</div>'.repeat(5_000)}`;
  const hostileBatch = [
    { name: 'deep.html', bytes: utf8Bytes(deepHtml) },
    { name: 'deep-quotes.md', bytes: utf8Bytes('>'.repeat(2_000) + ' deep') },
    // marked's inline lexer is quadratic in this: about 30 s for 200 KB.
    { name: 'underscores.md', bytes: utf8Bytes('_a'.repeat(100_000)) },
    // htmlparser2 is quadratic in unclosed <b>: 600 KB take 5–9 s, these 900 KB about twice that.
    { name: 'unclosed-bold.html', bytes: utf8Bytes('<b>'.repeat(300_000) + 'bold') },
    KORYBKO_FILE,
  ];

  it('imports the good files of a batch and refuses each hostile one by name', async () => {
    const db = openTestDatabase();
    const seen: string[] = [];
    const report = await importPickedFiles(
      db,
      { files: hostileBatch, refused: [] },
      (progress) => seen.push(progress.fileName),
      { conversionTimeLimitMs: 2_000 },
    );

    expect(report.refused).toEqual([
      {
        name: 'deep-quotes.md',
        reason: 'deep-quotes.md nests block quotes or lists more than 100 levels deep',
      },
      {
        name: 'underscores.md',
        reason:
          'underscores.md took longer than 2 s to convert: its markup is too deeply nested or malformed',
      },
      {
        name: 'unclosed-bold.html',
        reason:
          'unclosed-bold.html took longer than 2 s to convert: its markup is too deeply nested or malformed',
      },
    ]);
    // The file after the one stopped is converted by a fresh worker.
    expect(report.added.map(({ sourceName, title }) => ({ sourceName, title }))).toEqual([
      { sourceName: 'deep.html', title: 'Deep' },
      { sourceName: 'korybko-us-hosted-talks.txt', title: KORYBKO_TITLE },
    ]);
    expect(await readDocumentText(db, report.added[0]!.id)).toBe('Nested text');
    expect(seen).toEqual(hostileBatch.map((file) => file.name));
    expect(describeImport(report)).toMatchObject({ kind: 'error', title: 'Imported 2 documents' });
  }, 60_000);
});

describe('describeImport', () => {
  it('announces the documents added', async () => {
    const db = openTestDatabase();
    expect(
      describeImport(
        await importPickedFiles(db, { files: [KORYBKO_FILE, POMPEO_FILE], refused: [] }),
      ),
    ).toEqual({
      kind: 'success',
      title: 'Imported 2 documents',
      details: [],
    });
    expect(
      describeImport(
        await importPickedFiles(openTestDatabase(), { files: [KORYBKO_FILE], refused: [] }),
      ),
    ).toEqual({
      kind: 'success',
      title: 'Imported 1 document',
      details: [],
    });
  });

  it('says when everything picked was already in the library, and under which title', async () => {
    const db = openTestDatabase();
    await importPickedFiles(db, { files: [KORYBKO_FILE], refused: [] });
    const again = await importPickedFiles(db, {
      files: [{ ...KORYBKO_FILE, name: 'korybko (copy).txt' }],
      refused: [],
    });
    expect(describeImport(again)).toEqual({
      kind: 'info',
      title: 'Nothing new to import',
      details: [
        `korybko (copy).txt: already in the library as “${KORYBKO_TITLE}” (not imported again)`,
      ],
    });
  });

  it('shows every refusal as an error, with or without documents added', async () => {
    const refusedOnly = await importPickedFiles(openTestDatabase(), {
      files: [CP1252_FILE],
      refused: [],
    });
    expect(describeImport(refusedOnly)).toEqual({
      kind: 'error',
      title: 'No documents imported',
      details: ['pashinyan-cp1252.txt is not valid UTF-8: invalid byte sequence at byte 9'],
    });

    const db = openTestDatabase();
    await importPickedFiles(db, { files: [POMPEO_FILE], refused: [] });
    const mixed = await importPickedFiles(db, {
      files: [CP1252_FILE, KORYBKO_FILE, POMPEO_FILE],
      refused: [],
    });
    expect(describeImport(mixed)).toEqual({
      kind: 'error',
      title: 'Imported 1 document',
      details: [
        `pompeo-ceasefire.txt: already in the library as “${[...POMPEO_EXCERPT].slice(0, 200).join('').trimEnd()}” (not imported again)`,
        'pashinyan-cp1252.txt is not valid UTF-8: invalid byte sequence at byte 9',
      ],
    });
  });

  it('says nothing was imported when a duplicate comes with a refusal', async () => {
    const db = openTestDatabase();
    await importPickedFiles(db, { files: [KORYBKO_FILE], refused: [] });
    const report = await importPickedFiles(db, { files: [KORYBKO_FILE, CP1252_FILE], refused: [] });
    expect(describeImport(report)).toMatchObject({ kind: 'error', title: 'No documents imported' });
    expect(describeImport(report).details).toHaveLength(2);
  });
});
