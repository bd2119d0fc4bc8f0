import { describe, expect, it } from 'vitest';
import { corpusReport } from '../../test-support/corpus.ts';
import { typesetPdfPages, type TypesetOptions } from '../../test-support/typeset-pdf-pages.ts';
import { layoutPdfPages, type PdfPageText, type PdfTextRun } from './pdf-layout.ts';
import { joinLines } from './pdf-paragraphs.ts';

/** A report's paragraphs as a PDF shows them: layout spaces collapsed, ends trimmed. */
function paragraphsOf(prefix: string): string[] {
  return corpusReport(prefix)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '');
}

function allParagraphs(pages: readonly string[]): string[] {
  return pages.flatMap((page) => (page === '' ? [] : page.split('\n')));
}

function run(text: string, x: number, y: number, fontSize = 10): PdfTextRun {
  return { text, x, y, width: text.length * 0.5 * fontSize, fontSize };
}

function page(runs: PdfTextRun[]): PdfPageText {
  return { width: 612, height: 792, runs };
}

const pageNumbers: TypesetOptions['footer'] = (page, count) => `Page ${page} of ${count}`;
const runningHeader: TypesetOptions['header'] = () => 'South Caucasus Review · October 2020';

describe('layoutPdfPages on typeset corpus reports', () => {
  it('gives back every paragraph of a two-column report, with headers, footers and hyphens gone', () => {
    const source = paragraphsOf('004_');
    const pages = typesetPdfPages(source, {
      columns: 2,
      paragraphSpacing: 6,
      hyphenate: true,
      header: runningHeader,
      footer: pageNumbers,
    });
    expect(pages.length).toBeGreaterThan(2);
    const text = layoutPdfPages(pages);
    expect(text).toHaveLength(pages.length);
    expect(allParagraphs(text)).toEqual(source);
    expect(text.join('\n')).not.toMatch(/South Caucasus Review|Page \d/);
  });

  it('reads paragraphs marked by first-line indents alone, one run per word', () => {
    const source = paragraphsOf('000_');
    const pages = typesetPdfPages(source, {
      firstLineIndent: 15,
      hyphenate: true,
      runPerWord: true,
      footer: (page) => String(page),
    });
    expect(pages.length).toBeGreaterThan(1);
    expect(allParagraphs(layoutPdfPages(pages))).toEqual(source);
  });

  it('reads a title set across both columns before the columns', () => {
    const [title, ...source] = paragraphsOf('002_');
    const pages = typesetPdfPages(source, { columns: 2, title, paragraphSpacing: 6 });
    expect(allParagraphs(layoutPdfPages(pages))).toEqual([title, ...source]);
  });

  it('reads three columns left to right', () => {
    const source = paragraphsOf('001_');
    const pages = typesetPdfPages(source, { columns: 3, paragraphSpacing: 4, hyphenate: true });
    expect(allParagraphs(layoutPdfPages(pages))).toEqual(source);
  });

  it('keeps a paragraph that runs on into the next page whole, on the page where it starts', () => {
    const long = paragraphsOf('004_').join(' ');
    const pages = typesetPdfPages(['A first paragraph.', long, 'The last one.'], {
      paragraphSpacing: 6,
      hyphenate: true,
    });
    expect(pages.length).toBeGreaterThan(2);
    const text = layoutPdfPages(pages);
    expect(text[0]).toBe(`A first paragraph.\n${long}`);
    expect(text.slice(1, -1)).toEqual(Array(pages.length - 2).fill(''));
    expect(text.at(-1)).toBe('The last one.');
  });
});

describe('paragraph breaks', () => {
  const lines = (...texts: [string, number, number?][]) =>
    page(texts.map(([text, y, x = 72]) => run(text, x, y)));

  it('breaks where the space between lines is clearly larger than the line spacing', () => {
    const text = layoutPdfPages([
      lines(
        ['one two three four five six seven eight', 100],
        ['nine ten eleven twelve thirteen fourteen', 112],
        ['fifteen sixteen seventeen eighteen nine', 124],
        ['another paragraph starts here and goes', 142],
        ['on for one more line of the same width', 154],
      ),
    ]);
    expect(text).toEqual([
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nine\n' +
        'another paragraph starts here and goes on for one more line of the same width',
    ]);
  });

  it('breaks before an indented line, not after it', () => {
    const text = layoutPdfPages([
      lines(
        ['An indented first line of a paragraph', 100, 87],
        ['continues at the margin with its words', 112],
        ['and ends on a line as wide as the rest', 124],
        ['A second paragraph, indented as well', 136, 87],
        ['and continued at the margin, full width', 148],
      ),
    ]);
    expect(text[0]!.split('\n')).toEqual([
      'An indented first line of a paragraph continues at the margin with its words and ends on a line as wide as the rest',
      'A second paragraph, indented as well and continued at the margin, full width',
    ]);
  });

  it('breaks after a line that stops where the next word would have fitted', () => {
    const text = layoutPdfPages([
      lines(
        ['Context of Conflict', 100],
        ['In September 2022, Azerbaijan swiftly seized back Nagorno-Karabakh,', 112],
        ['a region with an ethnic Armenian population. It ended.', 124],
        ['Western Focus on Peace', 136],
        ['While some in the Armenian diaspora have sought punishment', 148],
      ),
    ]);
    expect(text[0]!.split('\n')).toEqual([
      'Context of Conflict',
      'In September 2022, Azerbaijan swiftly seized back Nagorno-Karabakh, a region with an ethnic Armenian population. It ended.',
      'Western Focus on Peace',
      'While some in the Armenian diaspora have sought punishment',
    ]);
  });

  it('does not break after a short line when the next word is too long to have fitted', () => {
    const text = layoutPdfPages([
      lines(
        ['a line of forty characters, to set edge', 100],
        ['the paragraph goes on here and', 112],
        ['internationally-recognised borders stay', 124],
      ),
    ]);
    expect(text).toEqual([
      'a line of forty characters, to set edge the paragraph goes on here and internationally-recognised borders stay',
    ]);
  });

  it('weighs the next word by its letters: a wide word may not have fitted where a narrow one would', () => {
    // The line ends 30 pt short of the column's edge (10 pt type, half-em characters on paper).
    const column = (next: string) =>
      layoutPdfPages([
        lines(
          ['A column line that sets the right edge of the column text', 100],
          ['and a line that stops thirty points before its edge', 112],
          [next, 124],
        ),
      ])[0]!.split('\n').length;
    expect(column('ill, it still joins the line of this paragraph here')).toBe(2);
    expect(column('MWM, it still joins the line of this paragraph here')).toBe(1);
  });

  it('breaks where the font size changes (a heading in larger type)', () => {
    const text = layoutPdfPages([
      page([
        run('Ceasefire talks in Moscow continue today', 72, 100, 16),
        run('The ministers of both countries met for ten hours in Moscow and', 72, 118),
        run('agreed on a humanitarian truce.', 72, 130),
      ]),
    ]);
    expect(text[0]!.split('\n')).toEqual([
      'Ceasefire talks in Moscow continue today',
      'The ministers of both countries met for ten hours in Moscow and agreed on a humanitarian truce.',
    ]);
  });

  it('does not take the wrapped lines of a list item for new paragraphs', () => {
    const text = layoutPdfPages([
      lines(
        ['1. The first item of the list, which is long enough that it', 100],
        ['wraps onto a second line.', 112, 87],
        ['2. The second item, equally long enough that it wraps onto', 124],
        ['its own second line.', 136, 87],
      ),
    ]);
    expect(text[0]!.split('\n')).toEqual([
      '1. The first item of the list, which is long enough that it wraps onto a second line.',
      '2. The second item, equally long enough that it wraps onto its own second line.',
    ]);
  });
});

describe('words hyphenated at a line end', () => {
  const none = new Set<string>();

  it('are joined without the hyphen', () => {
    expect(joinLines('to end the con-', 'flicting claims', none)).toBe(
      'to end the conflicting claims',
    );
    expect(joinLines('the Azer-', 'baijani side', none)).toBe('the Azerbaijani side');
  });

  it('keep a hyphen followed by a capital or a digit: a word is never broken there', () => {
    expect(joinLines('in Nagorno-', 'Karabakh today', none)).toBe('in Nagorno-Karabakh today');
    expect(joinLines('the anti-', 'Russian mood', none)).toBe('the anti-Russian mood');
    expect(joinLines('the 1992-', '94 war', none)).toBe('the 1992-94 war');
  });

  it('keep a compound’s hyphen when the document writes that compound elsewhere', () => {
    const evidence = new Set(['well-known', '=known']);
    expect(joinLines('a well-', 'known fact', evidence)).toBe('a well-known fact');
    expect(joinLines('a well-', 'known fact', new Set(['well-known', '=wellknown']))).toBe(
      'a wellknown fact',
    );
  });

  it('lose a compound’s hyphen otherwise: without a dictionary it reads as hyphenation', () => {
    expect(joinLines('a long-', 'standing dispute', none)).toBe('a longstanding dispute');
  });

  it('drop a soft hyphen, keep a dash set close, and join other lines with a space', () => {
    expect(joinLines('nego\u00ad', 'tiations', none)).toBe('negotiations');
    expect(joinLines('peace—', 'and war', none)).toBe('peace—and war');
    expect(joinLines('peace —', 'and war', none)).toBe('peace — and war');
    expect(joinLines('the talks', 'went on', none)).toBe('the talks went on');
  });

  it('use the document’s own compounds as evidence', () => {
    const text = layoutPdfPages([
      page([
        run('a well-known figure spoke at the talks.', 72, 100),
        run('Then another well-', 72, 124),
        run('known figure spoke, and the con-', 72, 136),
        run('flict went on.', 72, 148),
      ]),
    ]);
    expect(text[0]!.split('\n')).toEqual([
      'a well-known figure spoke at the talks.',
      'Then another well-known figure spoke, and the conflict went on.',
    ]);
  });
});

describe('running headers, footers and page numbers', () => {
  // Two lines, the last one short: a paragraph that ends on its page.
  const bodyText = (n: number) =>
    `The body text of page ${n} is long enough to fill a whole line and it ends here.`;
  const body = (n: number) => {
    const end = bodyText(n).indexOf(' it ends');
    return [run(bodyText(n).slice(0, end), 72, 300), run(bodyText(n).slice(end + 1), 72, 312)];
  };

  it('are dropped when they repeat on most pages, a changing number included', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page([
        run('Armenia–Azerbaijan Briefing', 72, 40),
        ...body(n),
        run(`Page ${n} of 4`, 280, 760),
      ]),
    );
    expect(layoutPdfPages(pages)).toEqual([1, 2, 3, 4].map(bodyText));
  });

  it('are dropped when left and right pages alternate two headers', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) =>
      page([run(n % 2 ? 'Chapter One: Talks' : 'The Karabakh Papers', 72, 40), ...body(n)]),
    );
    expect(layoutPdfPages(pages)).toEqual([1, 2, 3, 4, 5, 6].map(bodyText));
  });

  it('drop a lone page number at the top or bottom edge, even on a single page', () => {
    expect(
      layoutPdfPages([page([run('12', 300, 40), ...body(1), run('- 13 -', 290, 760)])]),
    ).toEqual([bodyText(1)]);
    expect(layoutPdfPages([page([...body(1), run('xiv', 300, 760)])])).toEqual([bodyText(1)]);
  });

  it('keep text near an edge that does not repeat, and repeated text in the middle of pages', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        run(n === 1 ? 'A headline only the first page has' : `Section ${n}`, 72, 40),
        ...body(n),
      ]),
    );
    const text = layoutPdfPages(pages);
    expect(text[0]).toBe(`A headline only the first page has\n${bodyText(1)}`);
    // "Section 2" and "Section 3" are a running header: the same text but for a number.
    expect(text.slice(1)).toEqual([bodyText(2), bodyText(3)]);
    expect(layoutPdfPages([page([run('In 2020', 72, 400), run('42', 300, 410)])])).toEqual([
      'In 2020\n42',
    ]);
  });

  it('are dropped from the top of both columns when a header is split by the gutter', () => {
    const reports = ['001_', '002_', '003_'].map(paragraphsOf);
    const pages = reports.map((source, index) => {
      const typeset = typesetPdfPages(source, { columns: 2, paragraphSpacing: 6 });
      expect(typeset).toHaveLength(1);
      const header = [run('Caucasus Weekly', 72, 40), run(`Issue ${index + 7}`, 400, 40)];
      return { ...typeset[0]!, runs: [...header, ...typeset[0]!.runs] };
    });
    expect(layoutPdfPages(pages)).toEqual(reports.map((source) => source.join('\n')));
  });
});

describe('lines and reading order', () => {
  it('puts spaces between runs only where there is a gap, and collapses layout spaces', () => {
    expect(
      layoutPdfPages([
        page([
          run('Pom', 72, 100),
          run('peo  met', 87, 100),
          run('Bayramov', 135, 100),
          run(' ', 175, 100),
        ]),
      ]),
    ).toEqual(['Pompeo met Bayramov']);
  });

  it('reads a superscript on its line and text drawn twice (fake bold) once', () => {
    expect(
      layoutPdfPages([
        page([
          run('The ministers met', 72, 100),
          run('1', 157, 96, 6),
          run(' twice.', 159, 100),
          run('Bold', 72, 140),
          run('Bold', 72.3, 140),
          run('text', 95, 140),
        ]),
      ]),
    ).toEqual(['The ministers met1 twice.\nBold text']);
  });

  it('gives an empty string for a page without text', () => {
    expect(
      layoutPdfPages([page([run('Only page.', 72, 100)]), page([]), page([run('  ', 72, 100)])]),
    ).toEqual(['Only page.', '', '']);
  });
});
