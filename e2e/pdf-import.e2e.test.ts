// A PDF report as analysts receive it: a corpus text set in two columns with a running header,
// page numbers in the footer and words hyphenated at line ends, written with pdf-lib, imported
// through the file chooser beside a scan and a password-protected file (both refused with their
// reasons while the report imports), read back paragraph by paragraph, annotated and exported:
// every quote equals the text at its offsets, and each annotation names the page it starts on.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusReport } from '../app/test-support/corpus.ts';
import {
  writeEncryptedTestPdf,
  writeScannedTestPdf,
  writeTestPdf,
  type TestPdf,
} from '../app/test-support/write-test-pdf.ts';
import {
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  tagText,
  type AppSession,
  exportAs,
  lookAt,
} from './app-driver.ts';

let app: AppSession | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TITLE = 'Armenia-Azerbaijan peace is within grasp';
const HEADER = 'Responsible Statecraft · Analysis';

/** Report 004's paragraphs, as a PDF shows them (layout spaces collapsed). */
function reportParagraphs(): string[] {
  return corpusReport('004_')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** The page (from 1) on which the paragraph's first line was drawn. */
function pageWhereStarts(pdf: TestPdf, paragraph: string): number {
  const index = pdf.pages.findIndex((page) =>
    page.runs.some(
      (run) => run.text.length > 20 && paragraph.startsWith(run.text.replace(/-$/, '')),
    ),
  );
  if (index < 0) throw new Error(`no page starts “${paragraph.slice(0, 40)}”`);
  return index + 1;
}

describe('PDF documents', () => {
  it('imports a two-column PDF with its title and paragraphs, refuses a scan and a locked file, and exports exact quotes with pages', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-pdf-'));
    const paragraphs = reportParagraphs();
    const pdf = await writeTestPdf(
      paragraphs,
      {
        columns: 2,
        paragraphSpacing: 6,
        hyphenate: true,
        header: () => HEADER,
        footer: (page, count) => `Page ${page} of ${count}`,
      },
      { title: TITLE, author: 'Artin Dersimonian', language: 'en' },
    );
    expect(pdf.pages.length).toBe(3);
    const report = join(folder, 'peace-within-grasp.pdf');
    writeFileSync(report, pdf.bytes);
    const scan = join(folder, 'scanned-letter.pdf');
    writeFileSync(scan, await writeScannedTestPdf());
    const locked = join(folder, 'locked-briefing.pdf');
    writeFileSync(locked, await writeEncryptedTestPdf());

    app = await openApp();
    const { page } = app;
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await enterName(page, 'Ana');
    await importThroughChooser(page, [scan, report, locked]);
    await expect
      .poll(() => page.locator('.notice').allTextContents(), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /Imported 1 document.*scanned-letter\.pdf has no text layer \(a scanned image\?\).*locked-briefing\.pdf is encrypted: it needs a password/s,
          ),
        ]),
      );
    await expect.poll(() => page.locator('.title-link').allTextContents()).toEqual([TITLE]);
    await lookAt(page, 'pdf-library');

    await openDocument(page, TITLE);
    await expect.poll(() => page.locator('.doc-paragraph').allTextContents()).toEqual(paragraphs);
    const text = (await page.locator('.doc-paragraph').allTextContents()).join('\n');
    expect(text).not.toContain(HEADER);
    expect(text).not.toMatch(/Page \d of 3/);

    const claim = 'According to a recent poll by the International Republican Institute';
    const actor = 'Grand Ayatollah Ali al-Sistani';
    await tagText(page, claim, '1');
    await tagText(page, actor, '2');
    await expect.poll(() => listedQuotes(page, 'claim')).toEqual([claim]);
    // The side panel lists a new span once its session has painted it: wait, as for the claim.
    await expect.poll(() => listedQuotes(page, 'actor')).toEqual([actor]);
    await lookAt(page, 'pdf-document');

    const exported = await exportAs(app, 'pdf.json');
    const [document] = JSON.parse(readFileSync(exported, 'utf8')).documents;
    expect(document.title).toBe(TITLE);
    expect(document.authors).toEqual(['Artin Dersimonian']);
    expect(document.language).toBe('en');
    expect(document.text).toBe(paragraphs.join('\n'));
    expect(document.pageStarts).toHaveLength(3);
    const codePoints = Array.from(document.text as string);
    const annotations = document.annotations as {
      start: number;
      end: number;
      quote: string;
      page: number;
    }[];
    expect(annotations.map((annotation) => annotation.quote).sort()).toEqual([claim, actor].sort());
    for (const annotation of annotations) {
      expect(codePoints.slice(annotation.start, annotation.end).join('')).toBe(annotation.quote);
      const paragraph = paragraphs.find((candidate) => candidate.includes(annotation.quote))!;
      expect(annotation.page, annotation.quote).toBe(pageWhereStarts(pdf, paragraph));
    }
    expect(new Set(annotations.map((annotation) => annotation.page)).size).toBe(2);
    expect(cspViolations).toEqual([]);
  });
});
