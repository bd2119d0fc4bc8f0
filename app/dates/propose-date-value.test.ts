import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDateValue, type DatePrecision } from './date-value.ts';
import { proposeDateValue } from './propose-date-value.ts';

// Publication dates of the corpus reports (../shared/README.md gives only the season), each a
// day the text itself points to:
const PUBLISHED = {
  // Tells "on Monday, October 26" in the past tense and the Washington talks of Friday
  // 23 October as "last Friday": the Monday itself.
  '000_5c0c6f709157f585.txt': '2020-10-26',
  // Pompeo met the two ministers "this Friday" and "today", the day "the United States
  // celebrated" the Israel–Sudan agreement: Friday 23 October 2020.
  '001_a0067eea4bbd0937.txt': '2020-10-23',
  // "One year after" the offensive of September 2023, while the ministers "are attending the
  // UN General Assembly this year": the week its general debate opened, late September 2024.
  '002_2d75c3c5078d4155.txt': '2024-09-24',
  // Comments on US-hosted talks that are "proceeding", two and a half years after the
  // ceasefire of November 2020: the talks near Washington in early May 2023.
  '003_7ae040cf64c4549e.txt': '2023-05-02',
  // "May 22" is past and "last December", the start of the blockade, is December 2022:
  // early summer 2023.
  '004_70f3f05990dbd550.txt': '2023-06-01',
} as const;

type CorpusFile = keyof typeof PUBLISHED;

const corpus = Object.fromEntries(
  Object.keys(PUBLISHED).map((name) => [
    name,
    readFileSync(new URL(`../../../shared/corpus/${name}`, import.meta.url), 'utf8'),
  ]),
) as Record<CorpusFile, string>;

/** [file, expression as the file writes it, expected value or null, its precision]. */
type Row = [CorpusFile, string, string | null, DatePrecision | 'interval' | null];

// Read against each file's publication date.
const WITH_PUBLICATION_DATE: Row[] = [
  // "This week, the administration … has tried to mediate": the publication's own ISO week (the
  // talks told were in the week before; the analyst corrects what a reprint's wording shifts).
  ['000_5c0c6f709157f585.txt', 'This week', '2020-W44', 'week'],
  ['000_5c0c6f709157f585.txt', 'on September 27', '2020-09-27', 'day'],
  ['000_5c0c6f709157f585.txt', 'since 1992', '1992', 'year'],
  ['000_5c0c6f709157f585.txt', 'as early as September 25', '2020-09-25', 'day'],
  ['000_5c0c6f709157f585.txt', 'on October 10', '2020-10-10', 'day'],
  ['000_5c0c6f709157f585.txt', 'on October 17', '2020-10-17', 'day'],
  ['000_5c0c6f709157f585.txt', 'last Friday', '2020-10-23', 'day'],
  // "when the truce takes effect Sunday night": a part of the day, so the day.
  ['000_5c0c6f709157f585.txt', 'Sunday night', '2020-10-25', 'day'],
  ['000_5c0c6f709157f585.txt', '08:00 on October 26', '2020-10-26T08:00', 'minute'],
  ['000_5c0c6f709157f585.txt', 'On October 24', '2020-10-24', 'day'],
  ['000_5c0c6f709157f585.txt', 'on Monday, October 26', '2020-10-26', 'day'],
  // "after 48 hours" counts from the warning told, not from publication.
  ['000_5c0c6f709157f585.txt', 'after 48 hours', null, null],
  ['000_5c0c6f709157f585.txt', 'for three decades', null, null],
  ['000_5c0c6f709157f585.txt', 'The coming days', null, null],
  ['001_a0067eea4bbd0937.txt', 'this Friday', '2020-10-23', 'day'],
  ['001_a0067eea4bbd0937.txt', 'in 1994', '1994', 'year'],
  ['001_a0067eea4bbd0937.txt', 'on September 27', '2020-09-27', 'day'],
  ['001_a0067eea4bbd0937.txt', 'Just today', '2020-10-23', 'day'],
  ['001_a0067eea4bbd0937.txt', 'more than a quarter of a century', null, null],
  ['001_a0067eea4bbd0937.txt', 'Recently', null, null],
  ['002_2d75c3c5078d4155.txt', 'In September 2022', '2022-09', 'month'],
  ['002_2d75c3c5078d4155.txt', 'this year', '2024', 'year'],
  ['002_2d75c3c5078d4155.txt', 'Earlier this year', '2024', 'year'],
  // Both count from an event told ("the exodus", "the offensive"), not from publication.
  ['002_2d75c3c5078d4155.txt', 'In the months that followed', null, null],
  ['002_2d75c3c5078d4155.txt', 'One year after', null, null],
  ['002_2d75c3c5078d4155.txt', 'three decades earlier', null, null],
  ['003_7ae040cf64c4549e.txt', 'from November 2022', '2022-11', 'month'],
  ['003_7ae040cf64c4549e.txt', 'the past 2,5 years', null, null],
  ['003_7ae040cf64c4549e.txt', 'for years', null, null],
  ['004_70f3f05990dbd550.txt', '1992-94', '1992/1994', 'interval'],
  // "Azerbaijani victory in the war of 2020".
  ['004_70f3f05990dbd550.txt', '2020', '2020', 'year'],
  ['004_70f3f05990dbd550.txt', '2018', '2018', 'year'],
  ['004_70f3f05990dbd550.txt', 'on May 22', '2023-05-22', 'day'],
  ['004_70f3f05990dbd550.txt', 'in November 2020', '2020-11', 'month'],
  ['004_70f3f05990dbd550.txt', 'Since last December', '2022-12', 'month'],
  ['004_70f3f05990dbd550.txt', 'last November', '2022-11', 'month'],
  ['004_70f3f05990dbd550.txt', 'between 1994 and 2020', '1994/2020', 'interval'],
  ['004_70f3f05990dbd550.txt', 'from 2009 to 2014', '2009/2014', 'interval'],
  ['004_70f3f05990dbd550.txt', 'in 2021', '2021', 'year'],
  ['004_70f3f05990dbd550.txt', 'May 9, 2021', '2021-05-09', 'day'],
  ['004_70f3f05990dbd550.txt', 'on March 6, 2021', '2021-03-06', 'day'],
  ['004_70f3f05990dbd550.txt', 'March 27, 2025', '2025-03-27', 'day'],
  ['004_70f3f05990dbd550.txt', 'Recent weeks', null, null],
  ['004_70f3f05990dbd550.txt', 'nearly 20 years', null, null],
];

// Read as if the document had no publication date: only what carries its own year.
const WITHOUT_PUBLICATION_DATE: Row[] = [
  ['000_5c0c6f709157f585.txt', 'last Friday', null, null],
  ['000_5c0c6f709157f585.txt', 'on October 10', null, null],
  ['000_5c0c6f709157f585.txt', '08:00 on October 26', null, null],
  ['000_5c0c6f709157f585.txt', 'This week', null, null],
  ['000_5c0c6f709157f585.txt', 'since 1992', '1992', 'year'],
  ['001_a0067eea4bbd0937.txt', 'Just today', null, null],
  ['002_2d75c3c5078d4155.txt', 'In September 2022', '2022-09', 'month'],
  ['002_2d75c3c5078d4155.txt', 'this year', null, null],
  ['004_70f3f05990dbd550.txt', 'last November', null, null],
  ['004_70f3f05990dbd550.txt', '1992-94', '1992/1994', 'interval'],
  ['004_70f3f05990dbd550.txt', 'from 2009 to 2014', '2009/2014', 'interval'],
  ['004_70f3f05990dbd550.txt', 'March 27, 2025', '2025-03-27', 'day'],
];

function expectProposal(
  actual: string | null,
  expected: string | null,
  precision: DatePrecision | 'interval' | null,
): void {
  expect(actual).toBe(expected);
  if (actual === null) return;
  const parsed = parseDateValue(actual);
  expect(parsed.ok && parsed.value === actual && parsed.precision).toBe(precision);
}

describe('proposeDateValue on the corpus', () => {
  it.each(WITH_PUBLICATION_DATE)('%s: %j → %s (%s)', (file, expression, expected, precision) => {
    expect(corpus[file]).toContain(expression);
    expectProposal(proposeDateValue(expression, PUBLISHED[file]), expected, precision);
  });

  it.each(WITHOUT_PUBLICATION_DATE)(
    '%s without a publication date: %j → %s (%s)',
    (file, expression, expected, precision) => {
      expect(corpus[file]).toContain(expression);
      expectProposal(proposeDateValue(expression), expected, precision);
    },
  );
});

// Expressions the issue and ../shared/ENRICHMENT-NOTES.md name that the corpus lacks, read
// against the notes' reference day where they measured chrono-node on it.
const BEYOND_THE_CORPUS: [string, string | undefined, string | null][] = [
  ['October 2020', undefined, '2020-10'],
  ['2020', undefined, '2020'],
  ['in 2019', undefined, '2019'],
  ['the 1990s', undefined, '1990/1999'],
  ["the '90s", undefined, null],
  ['October 26', '2020-10-28', '2020-10-26'],
  ['Oct. 26', '2023-11-01', '2023-10-26'],
  // After the publication date, so last year's (HeidelTime); chrono takes the closest, 2020.
  ['November', '2020-10-28', '2019-11'],
  ['next December', '2023-06-01', '2023-12'],
  ['late October', '2020-10-28', '2020-10'],
  ['last Friday', '2023-11-01', '2023-10-27'],
  // chrono picks the closest Friday, 3 November; news tell the past.
  ['Friday', '2023-11-01', '2023-10-27'],
  // chrono's "this week" is Sunday 29 October, in ISO week 43.
  ['this week', '2023-11-01', '2023-W44'],
  ['last week', '2023-11-01', '2023-W43'],
  ['two weeks ago', '2023-11-01', '2023-W42'],
  ['next month', '2023-11-01', '2023-12'],
  ['two days ago', '2023-11-01', '2023-10-30'],
  ['from 10 to 17 October 2020', undefined, '2020-10-10/2020-10-17'],
  ['10–17 October', '2020-10-28', '2020-10-10/2020-10-17'],
  ['December 28 to January 3', '2021-01-10', '2020-12-28/2021-01-03'],
  ['Monday morning at 8:00', '2023-11-01', '2023-10-30T08:00'],
  ['Monday morning', '2023-11-01', '2023-10-30'],
  ['8 a.m. on 26 October 2020', undefined, '2020-10-26T08:00'],
  ['26/10/2020', undefined, '2020-10-26'],
  ['since 2020-10', undefined, '2020-10'],
  ['2020-W43', undefined, '2020-W43'],
  // November 2010 as ISO writes it, or 2010–2011 as news write it.
  ['2010-11', '2020-10-26', null],
  ['0800', '2020-10-26', null],
  // 11 October or 10 November, by the writer's country.
  ['10/11/2020', undefined, null],
  ['on the 26th', '2023-11-01', null],
  ['the week after October 10', '2020-10-26', null],
  ['in 3 days', '2023-11-01', null],
  ['3 days later', '2023-11-01', null],
  ['noon', '2023-11-01', null],
  ['at 8:00', '2023-11-01', null],
  ['', '2023-11-01', null],
  ['October 26', '2020-13-01', null], // a malformed publication date counts as none
];

describe('proposeDateValue beyond the corpus', () => {
  it.each(BEYOND_THE_CORPUS)('%j published %s → %s', (expression, publishedAt, expected) => {
    const proposal = proposeDateValue(expression, publishedAt);
    expect(proposal).toBe(expected);
    if (proposal !== null) expect(parseDateValue(proposal).ok).toBe(true);
  });

  it('looks forward for a month the sentence puts in the future', () => {
    expect(proposeDateValue('November', '2020-10-28')).toBe('2019-11');
    const sentence = 'The ministers will meet again in November.';
    expect(proposeDateValue('November', '2020-10-28', { sentence })).toBe('2020-11');
    expect(proposeDateValue('September', '2020-10-28', { sentence })).toBe('2021-09');
  });
});

describe('proposeDateValue in any time zone', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // chrono computes in the machine's zone; at UTC+14 or UTC−11 a reference taken at midnight
  // UTC would fall on another day and shift "last Friday".
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('reads the same days in %s', (name) => {
    process.env.TZ = name;
    expect(proposeDateValue('last Friday', '2020-10-26')).toBe('2020-10-23');
    expect(proposeDateValue('This week', '2020-10-26')).toBe('2020-W44');
    expect(proposeDateValue('Just today', '2020-10-23')).toBe('2020-10-23');
    expect(proposeDateValue('08:00 on October 26', '2020-10-26')).toBe('2020-10-26T08:00');
  });
});
