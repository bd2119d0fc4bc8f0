import {
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IPropertiesOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compoundFile } from '../../test-support/compound-file.ts';
import { corpusReport } from '../../test-support/corpus.ts';
import { convertDocx } from './docx-to-document.ts';
import { MAX_DOCX_XML_BYTES, readDocxPackage } from './docx-package.ts';

// Every .docx here is written by the `docx` library, as Word would save it, from the corpus.

/** A 1×1 PNG: enough for Word (and mammoth) to see a picture. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (character) => character.charCodeAt(0),
);

async function docx(options: IPropertiesOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document(options)));
}

function lines(report: string): string[] {
  return report.split('\n').filter((line) => line.trim() !== '');
}

/** The same package with docProps/core.xml edited (the `docx` library writes no dc:language). */
function editCoreProperties(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files['docProps/core.xml'] = strToU8(edit(strFromU8(files['docProps/core.xml']!)));
  return zipSync(files);
}

/** Splits a paragraph into runs of alternating style, as Word does after any edit. */
function runs(text: string): TextRun[] {
  const words = text.split(/(?<= )/);
  const third = Math.ceil(words.length / 3);
  return [
    new TextRun(words.slice(0, third).join('')),
    new TextRun({ text: words.slice(third, 2 * third).join(''), bold: true }),
    new TextRun({ text: words.slice(2 * third).join(''), italics: true }),
  ];
}

describe('convertDocx on a report with headings, a list, a table, a footnote and a picture', () => {
  // Report 002: a standfirst, four section headings, paragraphs, and a last line that is a
  // source note, which becomes a footnote here.
  const report = lines(corpusReport('002_'));
  const headings = new Set(report.filter((line) => line.length < 40 && !line.startsWith('(')));
  const sourceNote = report.find((line) => line.startsWith('(INCLUDES'))!;
  const body = report.filter((line) => line !== sourceNote);
  const footnoted = body.findIndex((line) => line.startsWith('Earlier this year'));
  const listItems = lines(corpusReport('003_')).slice(3, 6);
  const tableRows = [
    [['Leyla Abdullayeva'], ['Ambassador of Azerbaijan', 'in Paris']],
    [['Antony Blinken'], ['Secretary of State']],
  ];

  const build = () =>
    docx({
      title: 'Armenia and Azerbaijan, one year on',
      creator: 'Leyla Analyst; Ben Reporter ;',
      footnotes: { 1: { children: [new Paragraph(sourceNote)] } },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('SOUTH CAUCASUS BRIEF')] }) },
          footers: { default: new Footer({ children: [new Paragraph('Page 1 of 1')] }) },
          children: [
            ...body.map((line, index) =>
              headings.has(line)
                ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 })
                : new Paragraph({
                    children: [
                      ...runs(line),
                      ...(index === footnoted ? [new FootnoteReferenceRun(1)] : []),
                    ],
                  }),
            ),
            ...listItems.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
            new Table({
              rows: tableRows.map(
                (cells) =>
                  new TableRow({
                    children: cells.map(
                      (paragraphs) =>
                        new TableCell({ children: paragraphs.map((text) => new Paragraph(text)) }),
                    ),
                  }),
              ),
            }),
            new Paragraph({
              children: [
                new ImageRun({
                  type: 'png',
                  data: PNG,
                  transformation: { width: 320, height: 200 },
                  altText: { name: 'Photo', description: 'ALT TEXT OF THE PHOTO', title: 'Photo' },
                }),
              ],
            }),
          ],
        },
      ],
    }).then((bytes) =>
      editCoreProperties(bytes, (xml) =>
        xml.replace('</cp:coreProperties>', '<dc:language>en-GB</dc:language>$&'),
      ),
    );

  it('keeps each paragraph, heading and list item whole on a line, rows as lines, the note last', async () => {
    const { text } = await convertDocx(await build());
    expect(typeof text).toBe('string');
    expect((text as string).split('\n')).toEqual([
      ...body.map((line, index) => (index === footnoted ? `${line}[1]` : line)),
      ...listItems,
      'Leyla Abdullayeva Ambassador of Azerbaijan in Paris',
      'Antony Blinken Secretary of State',
      `[1] ${sourceNote}`,
    ]);
  });

  it('drops the picture, its alt text and the running header and footer', async () => {
    const { text } = await convertDocx(await build());
    for (const dropped of ['data:', 'base64', 'iVBOR', 'ALT TEXT', 'SOUTH CAUCASUS', 'Page 1'])
      expect(text).not.toContain(dropped);
    expect(text).not.toContain('↑');
  });

  it('takes the title, authors and language from the document properties', async () => {
    const converted = await convertDocx(await build());
    expect(converted.title).toBe('Armenia and Azerbaijan, one year on');
    expect(converted.metadata).toEqual({
      authors: ['Leyla Analyst', 'Ben Reporter'],
      language: 'en-GB',
    });
  });
});

describe('convertDocx titles', () => {
  // Report 003: a headline, a byline, then paragraphs.
  const [headline, byline, ...paragraphs] = lines(corpusReport('003_'));

  it("takes the first heading when the properties have no title, Word's Title style included", async () => {
    const bytes = await docx({
      sections: [
        {
          children: [
            new Paragraph(byline!),
            new Paragraph({ text: headline!, heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_1 }),
            ...paragraphs.map((line) => new Paragraph(line)),
          ],
        },
      ],
    });
    const converted = await convertDocx(bytes);
    expect(converted.title).toBe(headline);
    expect((converted.text as string).split('\n').slice(0, 3)).toEqual([
      byline,
      headline,
      'Background',
    ]);
    expect(converted.metadata).toEqual({});
  });

  it('takes the first heading of any level, without its note reference, when the title property is blank', async () => {
    const bytes = await docx({
      title: '   ',
      footnotes: { 1: { children: [new Paragraph('Yeni Sabah, 2 May 2023.')] } },
      sections: [
        {
          children: [
            new Paragraph(byline!),
            new Paragraph({
              heading: HeadingLevel.HEADING_3,
              children: [new TextRun(headline!), new FootnoteReferenceRun(1)],
            }),
            new Paragraph(paragraphs[0]!),
          ],
        },
      ],
    });
    expect((await convertDocx(bytes)).title).toBe(headline);
  });

  it('gives no title when there is neither a title property nor a heading', async () => {
    const report = lines(corpusReport('000_'));
    const bytes = await docx({
      sections: [{ children: report.map((line) => new Paragraph(line)) }],
    });
    const converted = await convertDocx(bytes);
    expect(converted.title).toBeNull();
    expect(converted.text).toBe(report.join('\n'));
  });
});

describe('convertDocx notes and characters', () => {
  it('numbers footnotes and endnotes in the order their references appear', async () => {
    const [first, second, third] = lines(corpusReport('001_'));
    const bytes = await docx({
      footnotes: {
        1: { children: [new Paragraph('Reuters, 2 October 2020.')] },
        2: { children: [new Paragraph('TASS, 3 October 2020.'), new Paragraph('Second line.')] },
      },
      endnotes: { 1: { children: [new Paragraph('Translated from the Spanish.')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun(first!), new FootnoteReferenceRun(1)] }),
            new Paragraph({ children: [new TextRun(second!), new EndnoteReferenceRun(1)] }),
            new Paragraph({ children: [new TextRun(third!), new FootnoteReferenceRun(2)] }),
          ],
        },
      ],
    });
    expect((await convertDocx(bytes)).text).toBe(
      [
        `${first}[1]`,
        `${second}[2]`,
        `${third}[3]`,
        '[1] Reuters, 2 October 2020.',
        '[2] Translated from the Spanish.',
        '[3] TASS, 3 October 2020.',
        'Second line.',
      ].join('\n'),
    );
  });

  it('keeps markup characters, non-breaking spaces and astral characters as written', async () => {
    const tricky = 'Əliyev & Paşinyan <met> in\u00a0Washington 😀 &amp; “quoted”';
    const bytes = await docx({
      footnotes: { 1: { children: [new Paragraph(tricky)] } },
      sections: [
        {
          children: [
            new Paragraph({ text: tricky, heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun(tricky), new FootnoteReferenceRun(1)] }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph(tricky)] }),
                    new TableCell({ children: [new Paragraph('2020')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const converted = await convertDocx(bytes);
    expect(converted.title).toBe(tricky);
    expect(converted.text).toBe(
      [tricky, `${tricky}[1]`, `${tricky} 2020`, `[1] ${tricky}`].join('\n'),
    );
  });
});

describe('convertDocx optional hyphens', () => {
  it('removes them, so that the word is found whole', async () => {
    const bytes = await docx({
      sections: [{ children: [new Paragraph('Talks on Nagorno-Kara\u00ADbakh re\u00ADsumed.')] }],
    });
    expect((await convertDocx(bytes)).text).toBe('Talks on Nagorno-Karabakh resumed.');
  });
});

describe('convertDocx refusals', () => {
  const refusal = (bytes: Uint8Array) => convertDocx(bytes).then(() => 'converted');

  it('refuses a text file renamed .docx', async () => {
    await expect(refusal(strToU8(corpusReport('000_')))).rejects.toThrow(
      /^is not a Word document \(\.docx\): a \.docx file is a ZIP package, and this file is not one$/,
    );
  });

  it('refuses an old binary .doc, saying to save it as .docx', async () => {
    const doc = compoundFile({
      WordDocument: strToU8(corpusReport('000_').slice(0, 3000)),
      '1Table': new Uint8Array(100),
    });
    await expect(refusal(doc)).rejects.toThrow(/^is an old Word 97–2003 document \(\.doc\)/);
  });

  it('refuses a password-protected .docx', async () => {
    const encrypted = compoundFile({
      EncryptionInfo: new Uint8Array(200).fill(4),
      EncryptedPackage: new Uint8Array(5000).map((_, index) => (index * 7919) % 256),
    });
    await expect(refusal(encrypted)).rejects.toThrow(/^is password-protected: /);
  });

  it('refuses an RTF file renamed .docx', async () => {
    await expect(refusal(strToU8('{\\rtf1\\ansi Talks in Washington.}'))).rejects.toThrow(
      /it is an RTF file/,
    );
  });

  it('refuses a ZIP that is not an Office package, and an Office package without Word text', async () => {
    await expect(refusal(zipSync({ 'report.txt': strToU8('Talks.') }))).rejects.toThrow(
      /^is not a Word document \(\.docx\): it is a ZIP file, but not an Office document package$/,
    );
    const spreadsheet = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
    });
    await expect(refusal(spreadsheet)).rejects.toThrow(/holds no Word document part/);
  });

  it('refuses a truncated download', async () => {
    const bytes = await docx({ sections: [{ children: [new Paragraph('Talks.')] }] });
    await expect(refusal(bytes.slice(0, bytes.length / 2))).rejects.toThrow(
      /^is not a Word document \(\.docx\): its ZIP package is damaged/,
    );
  });

  it('refuses a ZIP bomb before inflating it', async () => {
    const bytes = await docx({ sections: [{ children: [new Paragraph('Talks.')] }] });
    const files = unzipSync(bytes);
    // A real bomb, scaled down: 8 MB of spaces in a few kilobytes, against a 4 MB cap (the
    // app's cap is 200 MB; compressing that much here took seconds, which a test must not).
    files['word/glossary.xml'] = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    const bomb = zipSync(files, { level: 1 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(() => readDocxPackage(bomb, 4 * 1024 * 1024)).toThrow(
      /^is too large to read: .* more than 4 MB/,
    );
    expect(MAX_DOCX_XML_BYTES).toBe(200 * 1024 * 1024);
    // A header may also overstate a part's size, to make the reader allocate gigabytes for it.
    const small = zipSync(unzipSync(bytes));
    setDeclaredSize(small, 'word/document.xml', 0xfffffff0);
    await expect(refusal(small)).rejects.toThrow(/^is too large to read/);
  });

  it('refuses a part whose header understates its size instead of inflating it whole', async () => {
    const report = lines(corpusReport('004_'));
    const bytes = zipSync(
      unzipSync(
        await docx({ sections: [{ children: report.map((line) => new Paragraph(line)) }] }),
      ),
    );
    setDeclaredSize(bytes, 'word/document.xml', 2000);
    await expect(refusal(bytes)).rejects.toThrow(/^is not a Word document \(\.docx\): .*damaged/);
  });

  it('refuses a document with no text, such as a picture alone', async () => {
    const picture = new ImageRun({
      type: 'png',
      data: PNG,
      transformation: { width: 600, height: 800 },
    });
    const bytes = await docx({
      sections: [{ children: [new Paragraph({ children: [picture] })] }],
    });
    await expect(refusal(bytes)).rejects.toThrow(/^has no text/);
  });
});

/** Rewrites the uncompressed size that the central directory declares for one entry. */
function setDeclaredSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 < zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue; // central directory header
    const nameLength = view.getUint16(at + 28, true);
    if (strFromU8(zip.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
      return;
    }
  }
  throw new Error(`${name} is not in the ZIP`);
}
