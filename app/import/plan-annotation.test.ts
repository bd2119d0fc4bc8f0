// Each annotation anchored against its text: full objects, re-anchored, fuzzy or orphaned.

import { describe, expect, it } from 'vitest';
import { asAnnotationId, asLabelId } from '../model/ids.ts';
import { planImport } from './plan.ts';
import {
  bundle,
  date,
  library,
  ME,
  options,
  TALKS,
  TALKS_ID,
  withText,
} from './plan-test-support.ts';

describe('planImport: one annotation', () => {
  it('builds full annotations, quote and context cut from the text', () => {
    const plan = planImport(bundle([withText], [{ ...date, note: 'Hedged.' }]), library(), options);
    expect(plan.annotationsToAdd).toEqual([
      {
        id: 'ann-1',
        documentId: TALKS_ID,
        label: 'date',
        start: 27,
        end: 37,
        quote: '3 May 2024',
        prefix: 'Talks resumed in Geneva on ',
        suffix: '.\nMinister Bayramov said a deal ',
        annotator: ME.id,
        note: 'Hedged.',
        createdAt: '2024-06-01T12:00:00.000Z',
        updatedAt: '2024-06-01T12:00:00.000Z',
      },
    ]);
    expect(plan.moved).toEqual([]);
    expect(plan.annotatorsToAdd).toEqual([ME]);
  });

  it('keeps the file’s timestamps and refuses ones that are not ISO 8601', () => {
    const good = {
      ...date,
      createdAt: '2024-05-01T09:30:00Z',
      updatedAt: '2024-05-02T10:00:00+02:00',
    };
    expect(
      planImport(bundle([withText], [good]), library(), options).annotationsToAdd[0],
    ).toMatchObject({
      createdAt: '2024-05-01T09:30:00Z',
      updatedAt: '2024-05-02T10:00:00+02:00',
    });
    const bad = { ...date, createdAt: 'yesterday' };
    expect(planImport(bundle([withText], [bad]), library(), options).issues).toEqual([
      {
        path: '/annotations/0',
        message:
          'createdAt: expected an RFC 3339 date-time with seconds and a time zone, such as "2024-05-01T09:30:00Z", found "yesterday"',
      },
    ]);
  });

  // What an import keeps, an export must be able to write and a restore to read (issue 12).
  it.each([
    '2024-02-30T09:30:00Z', // no 30 February
    '2023-02-29T09:30:00Z', // not a leap year
    '2024-05-01T24:00:00Z', // hours end at 23
    '2024-05-01T09:60:00Z',
    '2024-05-01T09:30Z', // RFC 3339 needs the seconds
    '2024-05-01T09:30:00', // and a time zone
  ])('refuses the timestamp %s, which the dataset schema refuses', (createdAt) => {
    const issues = planImport(
      bundle([withText], [{ ...date, createdAt }]),
      library(),
      options,
    ).issues;
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringContaining(createdAt)]);
  });

  it('re-anchors an annotation whose offsets do not hold its quote, and says so', () => {
    const plan = planImport(
      bundle([withText], [{ ...date, start: 0, end: 10 }]),
      library(),
      options,
    );
    expect(plan.annotationsToAdd[0]).toMatchObject({ start: 27, end: 37, quote: '3 May 2024' });
    expect(plan.moved).toEqual([
      {
        source: '/annotations/0',
        id: 'ann-1',
        how: 'moved',
        from: { start: 0, end: 10 },
        to: { start: 27, end: 37 },
        quote: '3 May 2024',
      },
    ]);
  });

  it('stores the text found by a fuzzy match as the quote', () => {
    const actor = {
      id: asAnnotationId('ann-2'),
      label: asLabelId('actor'),
      quote: 'Minister Bairamov',
    };
    const plan = planImport(bundle([withText], [actor]), library(), options);
    expect(plan.annotationsToAdd[0]).toMatchObject({
      quote: 'Minister Bayramov',
      start: 39,
      end: 56,
    });
    expect(plan.moved[0]).toMatchObject({ how: 'fuzzy', foundQuote: 'Minister Bayramov' });
  });

  it('keeps an annotation whose quote is not in the text as an orphan', () => {
    const plan = planImport(
      bundle([withText], [{ ...date, quote: '4 June 2025' }]),
      library(),
      options,
    );
    expect(plan.annotationsToAdd).toEqual([]);
    expect(plan.orphans).toEqual([
      expect.objectContaining({
        id: 'ann-1',
        documentId: TALKS_ID,
        reason: 'quote “4 June 2025” not found in the document; offsets 27–37 hold “3 May 2024”',
      }),
    ]);
  });

  it('finds the offsets of a CRLF file in its normalised text instead of trusting them', () => {
    // Offsets count in the file's text; after CRLF → LF, 42–59 would be one character off.
    const crlf = TALKS.replace('\n', '\r\n');
    const start = crlf.indexOf('Minister');
    const actor = { label: asLabelId('actor'), start, end: start + 17 };
    const plan = planImport(bundle([{ ref: 'line 1', text: crlf }], [actor]), library(), options);
    expect(plan.annotationsToAdd[0]).toMatchObject({
      start: start - 1,
      quote: 'Minister Bayramov',
    });
  });
});
