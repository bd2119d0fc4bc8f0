import { describe, expect, it } from 'vitest';
import { dayNumber } from '../dates/calendar.ts';
import type { DateValue } from '../model/date-value.ts';
import { codePoints } from '../model/offsets.ts';
import { asAnnotatorId, asDocumentId, type AnnotationId } from '../model/ids.ts';
import { axisTicks, tickUnitFor } from './axis-ticks.ts';
import { dateValueSpan } from './date-span.ts';
import { buildTimeIndex } from './time-index.ts';
import { fitView, zoomView, xOfDay } from './time-scale.ts';
import type { DatedClaim } from './timeline-claims.ts';
import { buildScene, entryDetail, rowsFitting, truncate } from './timeline-scene.ts';
import { writeTimelineSvg } from './timeline-svg.ts';

const day = (year: number, month: number, d: number) => dayNumber({ year, month, day: d });

describe('the axis', () => {
  it('adapts its ticks from decades to days as the zoom grows', () => {
    expect([0.02, 0.05, 0.3, 1, 3, 12, 100].map(tickUnitFor)).toEqual([
      'decade',
      'five-years',
      'year',
      'quarter',
      'month',
      'week',
      'day',
    ]);
    expect(
      axisTicks(day(2020, 9, 20), day(2020, 12, 10), 'month').map((tick) => tick.label),
    ).toEqual(['Oct', 'Nov', 'Dec']);
    expect(
      axisTicks(day(2019, 11, 1), day(2020, 3, 1), 'month').map((tick) => [tick.label, tick.major]),
    ).toEqual([
      ['Nov', false],
      ['Dec', false],
      ['Jan 2020', true],
      ['Feb', false],
      ['Mar', false],
    ]);
    expect(
      axisTicks(day(2020, 10, 24), day(2020, 11, 3), 'week').map((tick) => tick.label),
    ).toEqual(['W44 · 26 Oct', 'W45 · 2 Nov']);
    expect(axisTicks(day(1988, 1, 1), day(2024, 1, 1), 'decade').map((tick) => tick.label)).toEqual(
      ['1990s', '2000s', '2010s', '2020s'],
    );
  });

  it('zooms around the pointer: the day under it stays put', () => {
    const view = { start: day(2020, 1, 1), pxPerDay: 2 };
    const zoomed = zoomView(view, 1.5, 300);
    expect(xOfDay(zoomed, day(2020, 1, 1) + 150)).toBeCloseTo(300);
    expect(zoomed.pxPerDay).toBe(3);
  });
});

const claim = (value: string, text: string, document = 0): DatedClaim => ({
  id: text as AnnotationId,
  documentId: asDocumentId(`doc${document}`),
  document,
  annotator: asAnnotatorId('ana'),
  start: codePoints(0),
  end: codePoints(text.length),
  text,
  claimants: [{ name: 'Mike Pompeo' }],
  targets: [],
  dateText: value,
  dateValue: value as DateValue,
  ...dateValueSpan(value as DateValue)!,
});

describe('entryDetail', () => {
  it('says who, when and where, the document’s source beside its title when it has one', () => {
    const dated = claim('2020-10-30', 'Both must implement a ceasefire');
    const document = { id: asDocumentId('doc0'), title: 'Pompeo steps in' };
    expect(entryDetail(dated, document)).toBe('Mike Pompeo · 30 October 2020 · Pompeo steps in');
    expect(entryDetail(dated, { ...document, source: 'U.S. Department of State' })).toBe(
      'Mike Pompeo · 30 October 2020 · Pompeo steps in (U.S. Department of State)',
    );
  });
});

describe('buildScene', () => {
  const documents = [{ id: asDocumentId('doc0'), title: 'Pompeo steps in' }];
  const claims = [
    claim('2020-09-27', 'Turkey is ready to join Azerbaijan on the battlefield'),
    claim('2020-09-28', 'A second claim, one day later, that must go in another row'),
    claim('2020-10', 'Fighting went on all month'),
    claim('2020-11-15', 'A claim after the others'),
  ].sort((a, b) => a.from - b.from);
  const index = buildTimeIndex(claims);

  it('lays entries out left to right without overlaps, in as many rows as needed', () => {
    const view = fitView(index.extent!.from, index.extent!.to, 1000);
    const scene = buildScene(index, documents, view, 1000, 400);
    expect(scene.entries.map((entry) => claims[entry.claim]!.text.slice(0, 10))).toEqual([
      'Turkey is ',
      'A second c',
      'Fighting w',
      'A claim af',
    ]);
    const xs = scene.entries.map((entry) => entry.barX);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const rows = new Map<number, [number, number][]>();
    for (const entry of scene.entries) {
      const extent: [number, number] = [
        entry.barX,
        Math.max(entry.barX + entry.barWidth, entry.textX + 100),
      ];
      for (const [start, end] of rows.get(entry.y) ?? [])
        expect(extent[0] >= end || extent[1] <= start).toBe(true);
      rows.set(entry.y, [...(rows.get(entry.y) ?? []), extent]);
    }
    expect(rows.size).toBeGreaterThan(1);
    expect(scene.entries[2]!.interval).toBe(true);
    expect(scene.entries[0]!.detail).toBe('Mike Pompeo · 27 September 2020 · Pompeo s…');
    expect(scene.hidden).toBe(0);
  });

  it('culls to the window and counts what the rows cannot hold', () => {
    const view = { start: day(2020, 11, 1), pxPerDay: 20 };
    expect(
      buildScene(index, documents, view, 600, 400).entries.map((entry) => entry.claim),
    ).toEqual([3]);
    const crowded = buildTimeIndex(
      Array.from({ length: 500 }, (_, i) => claim('2020-09-27', `Claim ${i}`)),
    );
    const scene = buildScene(
      crowded,
      documents,
      { start: day(2020, 9, 20), pxPerDay: 10 },
      800,
      300,
    );
    expect(scene.entries.length).toBe(rowsFitting(300));
    expect(scene.hidden).toBe(500 - rowsFitting(300));
    expect(scene.density.reduce((sum, bin) => sum + bin.count, 0)).toBe(500);
  });

  it('gives the rows to precise claims before those spanning most of the window', () => {
    const mixed = buildTimeIndex(
      [
        claim('2020', 'Sometime in 2020'),
        claim('2020-06-01', 'On the day'),
        claim('2020-06-01', 'Same day'),
      ].sort((a, b) => a.from - b.from),
    );
    const scene = buildScene(
      mixed,
      documents,
      { start: day(2020, 5, 28), pxPerDay: 100 },
      800,
      100,
    );
    expect(rowsFitting(100)).toBe(2);
    expect(scene.entries.map((entry) => mixed.claims[entry.claim]!.text)).toEqual([
      'On the day',
      'Same day',
    ]);
    expect(scene.hidden).toBe(1);
  });

  it('writes a self-contained SVG of the scene, text escaped', () => {
    const view = fitView(index.extent!.from, index.extent!.to, 800);
    const svg = writeTimelineSvg(
      buildScene(index, documents, view, 800, 300),
      claims,
      'Claims <all> & more',
    );
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Claims &lt;all&gt; &amp; more');
    expect(svg).not.toMatch(/<style|href=|url\(|<script/);
    expect(svg).toContain('<title>Turkey is ready to join Azerbaijan on the battlefield</title>');
  });

  it('truncates on whole code points', () => {
    expect(truncate('Ceasefire talks 🇦🇲 resume', 18)).toBe('Ceasefire talks 🇦…');
    expect(truncate('short', 18)).toBe('short');
  });
});
