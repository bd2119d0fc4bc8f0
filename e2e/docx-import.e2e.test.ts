// A Word report as analysts receive it: written from a corpus text with headings, a footnote,
// a table, a picture and document properties, imported through the file chooser beside an old
// .doc renamed .docx (refused with its name and reason), read, annotated and exported, every
// quote checked against the text at its offsets.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { compoundFile } from '../app/test-support/compound-file.ts';
import { corpusReport } from '../app/test-support/corpus.ts';
import {
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  tagText,
  type AppSession,
  lookAt,
  exportAs,
} from './app-driver.ts';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TITLE = 'Armenia and Azerbaijan, one year on';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Report 002 as a Word file: section headings, a footnote for its source line, a table, a picture. */
async function writeReport(folder: string): Promise<{ file: string; lines: string[] }> {
  const report = corpusReport('002_')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const sourceNote = report.find((line) => line.startsWith('(INCLUDES'))!;
  const body = report.filter((line) => line !== sourceNote);
  const isHeading = (line: string) => line.length < 40;
  const footnoted = body.findIndex((line) => line.startsWith('Earlier this year'));
  const document = new Document({
    title: TITLE,
    creator: 'Leyla Analyst; Ben Reporter',
    footnotes: { 1: { children: [new Paragraph(sourceNote)] } },
    sections: [
      {
        children: [
          ...body.map((line, index) =>
            isHeading(line)
              ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 })
              : new Paragraph({
                  children: [
                    new TextRun(line),
                    ...(index === footnoted ? [new FootnoteReferenceRun(1)] : []),
                  ],
                }),
          ),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Leyla Abdullayeva')] }),
                  new TableCell({ children: [new Paragraph('Ambassador of Azerbaijan in Paris')] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: PNG, transformation: { width: 320, height: 200 } }),
            ],
          }),
        ],
      },
    ],
  });
  const file = join(folder, 'one-year-on.docx');
  writeFileSync(file, await Packer.toBuffer(document));
  const lines = [
    ...body.map((line, index) => (index === footnoted ? `${line}[1]` : line)),
    'Leyla Abdullayeva Ambassador of Azerbaijan in Paris',
    `[1] ${sourceNote}`,
  ];
  return { file, lines };
}

describe('Word documents', () => {
  it('imports a .docx with its title and paragraphs, refuses an old .doc, and exports exact quotes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-docx-'));
    const { file, lines } = await writeReport(folder);
    const oldDoc = join(folder, 'briefing.docx');
    writeFileSync(
      oldDoc,
      compoundFile({
        WordDocument: new TextEncoder().encode('Talks in Washington.'),
        '1Table': new Uint8Array(64),
      }),
    );

    app = await openApp();
    const { page } = app;
    await enterName(page, 'Ana');
    await importThroughChooser(page, [file, oldDoc]);
    await expect
      .poll(() => page.locator('.notice').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /Imported 1 document.*briefing\.docx is an old Word 97–2003 document \(\.doc\)/s,
          ),
        ]),
      );
    await expect.poll(() => page.locator('.title-link').allTextContents()).toEqual([TITLE]);
    await lookAt(page, 'library');

    await openDocument(page, TITLE);
    await expect.poll(() => page.locator('.doc-paragraph').allTextContents()).toEqual(lines);

    await tagText(page, 'Leyla Abdullayeva Ambassador', '2', 0, 'Leyla Abdullayeva'.length);
    await tagText(
      page,
      'In September 2022, Azerbaijan swiftly seized back Nagorno-Karabakh',
      '3',
      3,
      17,
    );
    await tagText(page, 'Azerbaijan swiftly seized back Nagorno-Karabakh', '1');
    // In the footnote, after the table: offsets past every converted structure.
    await tagText(page, 'FROM ONLINE SOURCES)', '2', 'FROM '.length, 'FROM ONLINE SOURCES'.length);
    await expect
      .poll(() => listedQuotes(page, 'actor'))
      .toEqual(['Leyla Abdullayeva', 'ONLINE SOURCES']);
    expect(await listedQuotes(page, 'date')).toEqual(['September 2022']);
    expect(await listedQuotes(page, 'claim')).toEqual([
      'Azerbaijan swiftly seized back Nagorno-Karabakh',
    ]);
    await lookAt(page, 'document');

    const exported = await exportAs(app, 'docx.json');
    const [document] = JSON.parse(readFileSync(exported, 'utf8')).documents;
    expect(document.title).toBe(TITLE);
    expect(document.authors).toEqual(['Leyla Analyst', 'Ben Reporter']);
    expect(document.text).toBe(lines.join('\n'));
    expect(document.text).not.toContain('base64');
    expect(document.annotations).toHaveLength(4);
    const codePoints = Array.from(document.text as string);
    for (const annotation of document.annotations as {
      start: number;
      end: number;
      quote: string;
    }[])
      expect(codePoints.slice(annotation.start, annotation.end).join('')).toBe(annotation.quote);
  });
});
