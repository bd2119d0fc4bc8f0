// convertPdf on real PDF files, written here with pdf-lib from the corpus reports and read back
// by pdf.js in its worker, in Chromium, with the cMaps and fonts the app ships.

import { describe, expect, it } from 'vitest';
import report000 from '../../../../shared/corpus/000_5c0c6f709157f585.txt?raw';
import report001 from '../../../../shared/corpus/001_a0067eea4bbd0937.txt?raw';
import report004 from '../../../../shared/corpus/004_70f3f05990dbd550.txt?raw';
import { normaliseText } from '../../../app/text/normalise.ts';
import {
  writeEncryptedTestPdf,
  writeScannedTestPdf,
  writeTestPdf,
} from '../../../app/test-support/write-test-pdf.ts';
import { convertPdf } from './convert-pdf.ts';

/**
 * A report's paragraphs as a PDF can show them: layout spaces collapsed, ends trimmed, and a
 * no-break space as a space (pdf.js reads the glyph as one: a PDF draws both alike).
 */
function paragraphsOf(report: string): string[] {
  return normaliseText(report)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '');
}

function pagesOf(text: string | readonly string[]): readonly string[] {
  if (typeof text === 'string') throw new Error('a PDF converts to pages');
  return text;
}

function paragraphsIn(pages: readonly string[]): string[] {
  return pages.flatMap((page) => (page === '' ? [] : page.split('\n')));
}

const HEADER = 'South Caucasus Review · October 2020';

describe('convertPdf', () => {
  it('gives back each paragraph of a two-column report whole, without headers, footers or line-end hyphens', async () => {
    const source = paragraphsOf(report004);
    const pdf = await writeTestPdf(
      source,
      {
        columns: 2,
        paragraphSpacing: 6,
        hyphenate: true,
        header: () => HEADER,
        footer: (page, count) => `Page ${page} of ${count}`,
      },
      {
        title: 'Pope Francis and the diplomacy of faith',
        author: 'Ann Lee; Ben Roe',
        language: 'en',
      },
    );
    // The file does exercise what is tested: several pages, words broken at line ends.
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    const drawn = pdf.pages.flatMap((page) => page.runs.map((run) => run.text));
    expect(drawn.filter((text) => /\p{L}-$/u.test(text)).length).toBeGreaterThan(5);

    const converted = await convertPdf(pdf.bytes);
    const pages = pagesOf(converted.text);
    expect(pages).toHaveLength(pdf.pages.length);
    expect(paragraphsIn(pages)).toEqual(source);
    const text = pages.join('\n');
    expect(text).not.toContain(HEADER);
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(converted.title).toBe('Pope Francis and the diplomacy of faith');
    expect(converted.metadata).toEqual({ authors: ['Ann Lee', 'Ben Roe'], language: 'en' });
  });

  it('reads a single column whose paragraphs are marked by indents, page numbers dropped', async () => {
    const source = [...paragraphsOf(report000), ...paragraphsOf(report001)];
    const pdf = await writeTestPdf(source, {
      firstLineIndent: 18,
      hyphenate: true,
      runPerWord: true,
      footer: (page) => String(page),
    });
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    const pages = pagesOf((await convertPdf(pdf.bytes)).text);
    expect(paragraphsIn(pages)).toEqual(source);
    expect(pages.every((page) => !/^\d+$/m.test(page))).toBe(true);
  });

  it('reads pages that a viewer shows turned sideways as a reader turns them back', async () => {
    const source = paragraphsOf(report001);
    const pdf = await writeTestPdf(
      source,
      { columns: 2, paragraphSpacing: 6 },
      { pageRotation: 90 },
    );
    expect(paragraphsIn(pagesOf((await convertPdf(pdf.bytes)).text))).toEqual(source);
  });

  it('reports its progress page by page and leaves the caller’s bytes alone', async () => {
    const pdf = await writeTestPdf(paragraphsOf(report004), { columns: 2, paragraphSpacing: 6 });
    const size = pdf.bytes.byteLength;
    const progress: [number, number][] = [];
    await convertPdf(pdf.bytes, (read, count) => progress.push([read, count]));
    const count = pdf.pages.length;
    expect(progress).toEqual(Array.from({ length: count + 1 }, (_, read) => [read, count]));
    expect(pdf.bytes.byteLength).toBe(size);
  });

  it('takes no title or metadata the file does not really give', async () => {
    const pdf = await writeTestPdf(['A short note.'], {}, { title: 'Microsoft Word - note.docx' });
    const converted = await convertPdf(pdf.bytes);
    expect(converted.title).toBeNull();
    // pdf-lib writes itself as Producer and Creator: neither is a source.
    expect(converted.metadata).toEqual({});
    expect(converted.text).toEqual(['A short note.']);
  });

  it('refuses an encrypted PDF, saying it needs a password', async () => {
    await expect(convertPdf(await writeEncryptedTestPdf())).rejects.toThrow(
      /^is encrypted: it needs a password to open/,
    );
  });

  it('refuses a scan, a PDF with images and no text', async () => {
    await expect(convertPdf(await writeScannedTestPdf())).rejects.toThrow(
      /^has no text layer \(a scanned image\?\): Marginalia does not read images of text/,
    );
  });

  it('refuses bytes that are not a PDF, with pdf.js’s reason', async () => {
    const garbage = new TextEncoder().encode('PK\u0003\u0004 this is a zip file, not a PDF at all');
    await expect(convertPdf(garbage)).rejects.toThrow(/^is not a readable PDF: \S/);
    await expect(convertPdf(new Uint8Array())).rejects.toThrow(/^is not a readable PDF: \S/);
  });
});
