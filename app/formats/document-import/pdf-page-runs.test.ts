import { describe, expect, it } from 'vitest';
import { corpusReport } from '../../test-support/corpus.ts';
import { typesetPdfPages } from '../../test-support/typeset-pdf-pages.ts';
import { layoutPdfPages, type PdfTextRun } from './pdf-layout.ts';
import { pageTextOf, type PdfTextItem } from './pdf-page-runs.ts';

const paragraphs = corpusReport('002_')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');
/** One page as a reader holds it: 612 × 792, two columns. */
const [readerPage] = typesetPdfPages(paragraphs, { columns: 2, paragraphSpacing: 6 });

/**
 * The run drawn on a page turned by `quarter` quarter turns clockwise (so that a reader turns
 * it back): where it stands on that page, and its matrix in the page's view.
 */
function drawnTurned(run: PdfTextRun, quarter: number): PdfTextItem {
  const s = run.fontSize;
  const [W, H] = [612, 792]; // the reader's page
  const placed = [
    { matrix: [s, 0, 0, -s], x: run.x, y: run.y },
    { matrix: [0, s, s, 0], x: H - run.y, y: run.x },
    { matrix: [-s, 0, 0, s], x: W - run.x, y: H - run.y },
    { matrix: [0, -s, -s, 0], x: run.y, y: W - run.x },
  ][quarter]!;
  return { text: run.text, matrix: [...placed.matrix, placed.x, placed.y], width: run.width };
}

describe('pageTextOf', () => {
  it.each([0, 1, 2, 3])(
    'reads a page drawn %i quarter turns round as a reader turns it back',
    (quarter) => {
      const items = readerPage!.runs.map((run) => drawnTurned(run, quarter));
      const [width, height] = quarter % 2 === 1 ? [792, 612] : [612, 792];
      const page = pageTextOf(items, width, height);
      expect({ width: page.width, height: page.height }).toEqual({ width: 612, height: 792 });
      page.runs.forEach((run, index) => {
        const original = readerPage!.runs[index]!;
        expect(run.text).toBe(original.text);
        expect(run.x).toBeCloseTo(original.x);
        expect(run.y).toBeCloseTo(original.y);
        expect(run.fontSize).toBeCloseTo(original.fontSize);
      });
      expect(layoutPdfPages([page])).toEqual([paragraphs.join('\n')]);
    },
  );

  it('leaves out text that runs another way than the page’s own: a stamp, a margin label', () => {
    const upright = readerPage!.runs.map((run) => drawnTurned(run, 0));
    const label: PdfTextItem = {
      text: 'arXiv:2401.00001v1',
      matrix: [0, -8, -8, 0, 30, 500],
      width: 90,
    };
    const stamp: PdfTextItem = { text: 'DRAFT', matrix: [50, -50, -50, -50, 200, 500], width: 300 };
    const page = pageTextOf([...upright, label, stamp], 612, 792);
    expect(page.runs.map((run) => run.text)).toEqual(readerPage!.runs.map((run) => run.text));
  });

  it('skips blank items and gives no runs for a page without text', () => {
    const blank: PdfTextItem = { text: '  ', matrix: [10, 0, 0, -10, 72, 100], width: 5 };
    expect(pageTextOf([blank], 612, 792)).toEqual({ width: 612, height: 792, runs: [] });
    expect(pageTextOf([], 612, 792).runs).toEqual([]);
  });
});
