import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { annotateQuote, makeDocument } from '../formats/dataset/test-support.ts';
import type { Annotation } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import { asAnnotatorId, asEntityId, asRelationId, type RelationTypeId } from '../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, TARGET, type Relation } from '../model/relation.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import { dateValueSpan, spanDays } from './date-span.ts';
import { buildTimeIndex, claimsOverlapping } from './time-index.ts';
import { timelineClaimsOf } from './timeline-claims.ts';
import { encodeTimelineCsv, TIMELINE_CSV_COLUMNS } from './timeline-csv.ts';
import { filterClaims, filterOptionsOf, NO_FILTER } from './timeline-filter.ts';

const corpus = (name: string) =>
  readFileSync(new URL(`../../../shared/corpus/${name}`, import.meta.url), 'utf8');

// Three corpus reports, tagged as an analyst would: claims linked to claimants (entities),
// dates with values of several precisions, targets; one claim without a date, one whose date
// has no value; a colleague's layer and the reconciled one.
const war = {
  ...makeDocument('The conflict', corpus('000_5c0c6f709157f585.txt')),
  publishedAt: '2020-10-26',
};
const pompeo = {
  ...makeDocument('Pompeo steps in', corpus('001_a0067eea4bbd0937.txt')),
  publishedAt: '2020-10-30',
  // A publisher made up for the test: the timeline shows a document's source where it has one.
  source: 'The Corpus Herald',
};
const peace = {
  ...makeDocument('One year after', corpus('002_2d75c3c5078d4155.txt')),
  publishedAt: '2023-09-20',
};
const ana = asAnnotatorId('ana');
const ben = asAnnotatorId('ben');
const MIKE = asEntityId('entity-pompeo');
const TURKEY = asEntityId('entity-turkey');
const AZERBAIJAN = asEntityId('entity-azerbaijan');

let ids = 0;
const span = (
  document: typeof war,
  quote: string,
  label: string,
  extra: Partial<Annotation> = {},
  annotator = ana,
): Annotation => ({
  ...annotateQuote(document, quote, { id: `a${++ids}`, label, annotator }),
  ...extra,
});
const link = (from: Annotation, type: RelationTypeId, to: Annotation): Relation => ({
  id: asRelationId(`r${++ids}`),
  documentId: from.documentId,
  type,
  from: from.id,
  to: to.id,
  annotator: from.annotator,
  createdAt: from.createdAt,
  updatedAt: from.createdAt,
});

const turkey = span(war, 'Turkey boasts', 'actor', { quote: 'Turkey boasts', entity: TURKEY });
const azerbaijan = span(war, 'join Azerbaijan', 'actor', { entity: AZERBAIJAN });
const september = span(war, 'September 27', 'date', { value: '2020-09-27' as DateValue });
const battlefield = span(war, 'it is ready to join Azerbaijan on the battlefield', 'claim');
const stable = span(war, 'The stable long-term outcome', 'claim');
const mike = span(pompeo, 'Mike Pompeo', 'actor', { entity: MIKE });
const secretary = span(pompeo, 'The Secretary of State', 'actor', { entity: MIKE });
const friday = span(pompeo, 'this Friday', 'date', { value: '2020-W44' as DateValue });
const ceasefire = span(pompeo, 'Both must implement a ceasefire', 'claim');
const hostile = span(pompeo, 'The region is experiencing the most hostile struggle', 'claim');
const noValue = span(pompeo, 'this Friday', 'date', {}, ben);
const bensClaim = span(pompeo, 'Both must implement a ceasefire', 'claim', {}, ben);
const september2022 = span(peace, 'September 2022', 'date', { value: '2022-09' as DateValue });
const seized = span(peace, 'Azerbaijan swiftly seized back Nagorno-Karabakh', 'claim');
const reconciled = span(
  peace,
  'Azerbaijan swiftly seized back Nagorno-Karabakh',
  'claim',
  {},
  RECONCILED_ANNOTATOR,
);
const reconciledDate = span(
  peace,
  'One year after',
  'date',
  { value: '2022-09-19/2023-09-19' as DateValue },
  RECONCILED_ANNOTATOR,
);

const library = {
  documents: [war, pompeo, peace],
  annotations: [
    turkey,
    azerbaijan,
    september,
    battlefield,
    stable,
    mike,
    secretary,
    friday,
    ceasefire,
    hostile,
    noValue,
    bensClaim,
    september2022,
    seized,
    reconciled,
    reconciledDate,
  ],
  relations: [
    link(battlefield, CLAIMANT, turkey),
    link(battlefield, TARGET, azerbaijan),
    link(battlefield, CLAIM_DATE, september),
    link(ceasefire, CLAIMANT, mike),
    link(ceasefire, CLAIMANT, secretary),
    link(ceasefire, CLAIM_DATE, friday),
    link(hostile, CLAIMANT, secretary),
    link(bensClaim, CLAIM_DATE, noValue),
    link(seized, CLAIM_DATE, september2022),
    link(reconciled, CLAIM_DATE, reconciledDate),
  ],
  entities: [
    { id: MIKE, name: 'Mike Pompeo', kind: 'person' as const, aliases: [] },
    { id: TURKEY, name: 'Turkey', kind: 'state' as const, aliases: [] },
    { id: AZERBAIJAN, name: '=Azerbaijan', kind: 'state' as const, aliases: [] },
  ],
  annotators: [
    { id: ana, name: 'Ana' },
    { id: ben, name: 'Ben' },
    { id: RECONCILED_ANNOTATOR, name: 'Reconciled', role: 'reconciled' as const },
  ],
};

describe('timelineClaimsOf', () => {
  const claims = timelineClaimsOf(library);

  it('places dated claims by the interval their value covers, earliest first', () => {
    expect(
      claims.dated.map((claim) => [
        claim.text.slice(0, 20),
        claim.dateValue,
        spanDays(claim.from, claim.to),
      ]),
    ).toEqual([
      ['it is ready to join ', '2020-09-27', { first: '2020-09-27', last: '2020-09-27' }],
      ['Both must implement ', '2020-W44', { first: '2020-10-26', last: '2020-11-01' }],
      ['Azerbaijan swiftly s', '2022-09', { first: '2022-09-01', last: '2022-09-30' }],
      [
        'Azerbaijan swiftly s',
        '2022-09-19/2023-09-19',
        { first: '2022-09-19', last: '2023-09-19' },
      ],
    ]);
  });

  it('names claimants by entity, once per entity, and keeps the mention when unlinked', () => {
    const [battle, cease] = claims.dated;
    expect(battle!.claimants).toEqual([{ name: 'Turkey', entity: TURKEY }]);
    expect(battle!.targets).toEqual([{ name: '=Azerbaijan', entity: AZERBAIJAN }]);
    expect(cease!.claimants).toEqual([{ name: 'Mike Pompeo', entity: MIKE }]);
  });

  it('lists claims without a date, or whose date has no value, as undated', () => {
    expect(
      claims.undated.map((claim) => [claim.text.slice(0, 20), claim.annotator, claim.reason]),
    ).toEqual([
      ['The stable long-term', ana, 'no-date'],
      ['The region is experi', ana, 'no-date'],
      ['Both must implement ', ben, 'no-value'],
    ]);
  });

  it('filters by claimant, target, document, publication range and layer', () => {
    const texts = (filter: Partial<typeof NO_FILTER>) => {
      const { dated, undated } = filterClaims(claims, { ...NO_FILTER, ...filter });
      return [dated.map((claim) => claim.start), undated.map((claim) => claim.start)];
    };
    expect(texts({ claimant: MIKE })).toEqual([[ceasefire.start], [hostile.start]]);
    expect(texts({ target: AZERBAIJAN })).toEqual([[battlefield.start], []]);
    expect(texts({ document: war.id })).toEqual([[battlefield.start], [stable.start]]);
    expect(texts({ publishedFrom: '2020-10-27', publishedTo: '2021-01-01' })[0]).toEqual([
      ceasefire.start,
    ]);
    expect(texts({ layer: RECONCILED_ANNOTATOR })).toEqual([[reconciled.start], []]);
    const options = filterOptionsOf(claims);
    expect(options.claimants.map((option) => [option.name, option.count])).toEqual([
      ['Mike Pompeo', 2],
      ['Turkey', 1],
    ]);
    expect(options.layers.map((option) => option.name)).toEqual(['Ana', 'Ben', 'Reconciled']);
  });

  it('writes the filtered claims as CSV, dated then undated, formulas defused', () => {
    const csv = encodeTimelineCsv(claims, claims.dated.slice(0, 2), claims.undated.slice(2));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...TIMELINE_CSV_COLUMNS]);
    expect(
      parsed.data.map((row) => [
        row.Claimants,
        row['Targets'],
        row['Date value'],
        row['Interval start'],
        row['Interval end'],
        row['Document title'],
        row['Document source'],
        row.Layer,
      ]),
    ).toEqual([
      [
        'Turkey',
        "'=Azerbaijan",
        '2020-09-27',
        '2020-09-27',
        '2020-09-27',
        'The conflict',
        '',
        'Ana',
      ],
      [
        'Mike Pompeo',
        '',
        '2020-W44',
        '2020-10-26',
        '2020-11-01',
        'Pompeo steps in',
        'The Corpus Herald',
        'Ana',
      ],
      ['', '', '', '', '', 'Pompeo steps in', 'The Corpus Herald', 'Ben'],
    ]);
    expect(parsed.data[2]!['Date text']).toBe('this Friday');
  });
});

describe('the time index', () => {
  it('finds exactly the claims overlapping a window, long intervals included', () => {
    const { dated } = timelineClaimsOf(library);
    const index = buildTimeIndex(dated);
    const day = (value: string) => dateValueSpan(value as DateValue)!.from;
    const found = (from: string, to: string) => [...claimsOverlapping(index, day(from), day(to))];
    expect(found('2020-09-01', '2020-10-01')).toEqual([0]);
    expect(found('2020-10-30', '2020-10-31')).toEqual([1]);
    // The year-long interval reaches into 2023 although it starts in 2022.
    expect(found('2023-01-01', '2024-01-01')).toEqual([3]);
    expect(found('2000-01-01', '2030-01-01')).toEqual([0, 1, 2, 3]);
    expect(found('2021-01-01', '2022-01-01')).toEqual([]);
  });

  it('agrees with a linear scan on many random claims', () => {
    const claims = Array.from({ length: 2000 }, (_, i) => {
      const from = (i * 7919) % 5000;
      const to = from + [1, 7, 30, 365, 4000][i % 5]!;
      return { from, to } as Parameters<typeof buildTimeIndex>[0][number];
    }).sort((a, b) => a.from - b.from);
    const index = buildTimeIndex(claims);
    for (const [from, to] of [
      [0, 10],
      [1000, 1400],
      [4990, 9000],
      [-50, 0.5],
      [2500, 2501],
    ] as const) {
      const expected = claims.flatMap((claim, i) =>
        claim.to > from && claim.from < to ? [i] : [],
      );
      expect([...claimsOverlapping(index, from, to)]).toEqual(expected);
    }
  });
});
