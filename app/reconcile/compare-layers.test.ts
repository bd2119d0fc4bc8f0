import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asAnnotationId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { compareLayers, type SpanGroup, type SpanLike } from './compare-layers.ts';
import { groupIdOf } from './reconciled-ids.ts';
import { ANA, ANA_AND_BEN, BEN, CLEO, span } from './test-support.ts';

/** Each group as "kind: member ids", the way a reviewer reads the list. */
function describeGroups(groups: SpanGroup[]): string[] {
  return groups.map((group) => `${group.kind}: ${group.members.map((m) => m.id).join(' ')}`);
}

describe('compareLayers', () => {
  it('marks the same span and label from both annotators agreed', () => {
    const groups = compareLayers(
      [span('ana', 30, 40, 'date'), span('ben', 30, 40, 'date')],
      ANA_AND_BEN,
    );
    expect(groups).toEqual([
      expect.objectContaining({
        kind: 'agreed',
        start: 30,
        end: 40,
        annotators: ['ana', 'ben'],
        id: groupIdOf(['ana-30-40-date', 'ben-30-40-date']),
      }),
    ]);
  });

  it('marks the same span with different labels a label conflict', () => {
    expect(
      describeGroups(
        compareLayers([span('ana', 42, 59, 'actor'), span('ben', 42, 59, 'claim')], ANA_AND_BEN),
      ),
    ).toEqual(['label: ana-42-59-actor ben-42-59-claim']);
  });

  it('marks overlapping spans of one label with different offsets a boundary conflict', () => {
    const groups = compareLayers(
      [span('ana', 65, 90), span('ben', 60, 90), span('ben', 88, 100)],
      ANA_AND_BEN,
    );
    expect(describeGroups(groups)).toEqual([
      'boundary: ben-60-90-claim ana-65-90-claim ben-88-100-claim',
    ]);
    expect(groups[0]).toMatchObject({ start: 60, end: 100 });
  });

  it("marks a span only one annotator has single, including one with another's at other offsets and label", () => {
    expect(
      describeGroups(
        compareLayers(
          [span('ana', 42, 59, 'actor'), span('ben', 40, 59, 'claim'), span('ben', 100, 110)],
          ANA_AND_BEN,
        ),
      ),
    ).toEqual(['single: ben-40-59-claim', 'single: ana-42-59-actor', 'single: ben-100-110-claim']);
  });

  it("does not set an annotator's own overlapping spans against each other", () => {
    expect(
      describeGroups(compareLayers([span('ana', 0, 10), span('ana', 5, 15)], ANA_AND_BEN)),
    ).toEqual(['single: ana-0-10-claim', 'single: ana-5-15-claim']);
  });

  it('keeps an agreement when one annotator adds an overlapping span of the same label', () => {
    expect(
      describeGroups(
        compareLayers([span('ana', 0, 10), span('ben', 0, 10), span('ben', 5, 15)], ANA_AND_BEN),
      ),
    ).toEqual(['agreed: ana-0-10-claim ben-0-10-claim', 'single: ben-5-15-claim']);
  });

  it('agrees label by label when annotators give one span several labels', () => {
    const both = [
      span('ana', 0, 10, 'claim'),
      span('ana', 0, 10, 'actor'),
      span('ben', 0, 10, 'claim'),
    ];
    // Same offsets: the two groups come in the order of their ids.
    expect(describeGroups(compareLayers(both, ANA_AND_BEN)).sort()).toEqual([
      'agreed: ana-0-10-claim ben-0-10-claim',
      'single: ana-0-10-actor',
    ]);
    // One annotator giving a span two labels disagrees with nobody.
    expect(describeGroups(compareLayers(both.slice(0, 2), ANA_AND_BEN)).sort()).toEqual([
      'single: ana-0-10-actor',
      'single: ana-0-10-claim',
    ]);
  });

  it('counts a duplicate by one annotator once, keeping both annotations in the group', () => {
    const duplicate = [
      span('ana', 0, 10),
      span('ana', 0, 10, 'claim', 'ana-again'),
      span('ben', 0, 10),
    ];
    expect(describeGroups(compareLayers(duplicate, ANA_AND_BEN))).toEqual([
      'agreed: ana-0-10-claim ana-again ben-0-10-claim',
    ]);
  });

  it('with three annotators, tells what several have (partial) from what all have (agreed)', () => {
    const annotations = [
      span('ana', 0, 10),
      span('ben', 0, 10),
      span('cleo', 0, 10),
      span('ana', 20, 30),
      span('ben', 20, 30),
      span('ana', 40, 50),
      span('ben', 40, 50),
      span('cleo', 40, 52),
    ];
    expect(describeGroups(compareLayers(annotations, [ANA, BEN, CLEO]))).toEqual([
      'agreed: ana-0-10-claim ben-0-10-claim cleo-0-10-claim',
      'partial: ana-20-30-claim ben-20-30-claim',
      'boundary: ana-40-50-claim ben-40-50-claim cleo-40-52-claim',
    ]);
  });

  it('leaves out annotators not chosen, and with one chosen, marks everything single', () => {
    const annotations = [span('ana', 0, 10), span('ben', 0, 10), span('reconciled', 0, 10)];
    expect(describeGroups(compareLayers(annotations, [ANA]))).toEqual(['single: ana-0-10-claim']);
  });
});

/** Spans of up to three annotators on a short stretch, so that they overlap often. */
const annotations = fc
  .array(
    fc.record({
      annotator: fc.constantFrom('ana', 'ben', 'cleo'),
      start: fc.nat({ max: 20 }),
      length: fc.integer({ min: 1, max: 8 }),
      label: fc.constantFrom('claim', 'actor'),
    }),
    { maxLength: 30 },
  )
  .map((specs) =>
    specs.map(({ annotator, start, length, label }, i) =>
      span(annotator, start, start + length, label, `a${i}`),
    ),
  );

describe('compareLayers properties', () => {
  it('puts every annotation of the chosen annotators in exactly one group, sorted by start', () => {
    fc.assert(
      fc.property(annotations, fc.subarray([ANA, BEN, CLEO], { minLength: 1 }), (spans, chosen) => {
        const groups = compareLayers(spans, chosen);
        const members = groups.flatMap((group) => group.members.map((member) => member.id));
        const expected = spans.filter((a) => chosen.includes(a.annotator)).map((a) => a.id);
        expect([...members].sort()).toEqual([...expected].sort());
        for (let i = 1; i < groups.length; i++)
          expect(groups[i - 1]!.start).toBeLessThanOrEqual(groups[i]!.start);
        for (const group of groups) {
          expect(group.id).toBe(groupIdOf(group.members.map((member) => member.id)));
          const offsets = new Set(group.members.map((m) => `${m.start}-${m.end}`));
          const labels = new Set(group.members.map((m) => m.label));
          if (group.kind === 'agreed') expect(group.annotators).toEqual([...chosen].sort());
          if (group.kind === 'agreed' || group.kind === 'partial' || group.kind === 'single')
            expect([offsets.size, labels.size]).toEqual([1, 1]);
          if (group.kind === 'partial') expect(group.annotators.length).toBeGreaterThan(1);
          if (group.kind === 'single') expect(group.annotators).toHaveLength(1);
          if (group.kind === 'label') expect([offsets.size, labels.size > 1]).toEqual([1, true]);
          if (group.kind === 'boundary') expect([offsets.size > 1, labels.size]).toEqual([true, 1]);
          if (group.kind === 'label' || group.kind === 'boundary')
            expect(group.annotators.length).toBeGreaterThan(1);
        }
      }),
    );
  });

  it('gives the same groups whatever order the annotations come in', () => {
    fc.assert(
      fc.property(
        annotations.chain((spans) =>
          fc.tuple(fc.constant(spans), fc.shuffledSubarray(spans, { minLength: spans.length })),
        ),
        ([spans, shuffled]) => {
          expect(compareLayers(shuffled, [ANA, BEN, CLEO])).toEqual(
            compareLayers(spans, [ANA, BEN, CLEO]),
          );
        },
      ),
    );
  });
});

describe('compareLayers at scale', () => {
  it('groups 100,000 annotations of one document, each in exactly one group', () => {
    const claim = asLabelId('claim');
    const many: SpanLike[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: asAnnotationId(`a${i}`),
      annotator: i % 2 === 0 ? ANA : BEN,
      label: claim,
      start: codePoints(i % 90),
      end: codePoints((i % 90) + 1 + (i % 40)),
    }));
    const groups = compareLayers(many, ANA_AND_BEN);
    expect(groups.reduce((sum, group) => sum + group.members.length, 0)).toBe(100_000);
  });
});
