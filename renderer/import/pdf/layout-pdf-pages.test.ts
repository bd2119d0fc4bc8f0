import { describe, expect, it } from 'vitest';
import { layoutPdfPages } from '../../../app/formats/document-import/pdf-layout.ts';
import { typesetPdfPages } from '../../../app/test-support/typeset-pdf-pages.ts';
import { layoutPdfPagesOffThread } from './layout-pdf-pages.ts';

describe('layoutPdfPagesOffThread', () => {
  it('lays out in its worker exactly what the pure layout gives', async () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) =>
        `Paragraph ${i + 1}: the ceasefire talks in Moscow were said to be within reach, and the ministers met again on the following day to draft a statement.`,
    );
    const pages = typesetPdfPages(paragraphs, {
      columns: 2,
      paragraphSpacing: 6,
      hyphenate: true,
    });
    expect(pages.length).toBeGreaterThan(1);
    // Without the in-thread fallback: a worker that failed to load would fail this test.
    const text = await layoutPdfPagesOffThread(pages, false);
    expect(text).toEqual(layoutPdfPages(pages));
    expect(text.join('').length).toBeGreaterThan(1000);
  });
});
