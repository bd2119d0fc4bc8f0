import { describe, expect, it } from 'vitest';
import { asAnnotationId, asAnnotatorId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { compareLayers, type SpanGroup } from './compare-layers.ts';
import { acceptAllAgreed, acceptMembers, editDecision, rejectGroup } from './decisions.ts';
import { reconciledIdOf } from './reconciled-ids.ts';
import { ANA_AND_BEN, span, talks } from './test-support.ts';

const reviewer = asAnnotatorId('rosa');
const now = new Date('2024-06-01T10:00:00Z');
const later = new Date('2024-06-02T10:00:00Z');

/** The one group the annotations form. */
function groupOf(...annotations: ReturnType<typeof span>[]): SpanGroup {
  const groups = compareLayers(annotations, ANA_AND_BEN);
  expect(groups).toHaveLength(1);
  return groups[0]!;
}

const ids = (...values: string[]) => values.map(asAnnotationId);

describe('acceptMembers', () => {
  it('accepts an agreed group as unanimous, citing every member, with no review entry', () => {
    const agreed = groupOf(span('ana', 30, 40, 'date'), span('ben', 30, 40, 'date'));
    const outcome = acceptMembers(agreed, ids('ana-30-40-date', 'ben-30-40-date'), null, now);
    expect(outcome.conflict).toBeNull();
    expect(outcome.annotations).toEqual([
      {
        id: reconciledIdOf(agreed.id, asLabelId('date'), 30, 40),
        documentId: talks.id,
        label: 'date',
        start: 30,
        end: 40,
        quote: '3 May 2024',
        prefix: agreed.members[0]!.prefix,
        suffix: agreed.members[0]!.suffix,
        annotator: 'reconciled',
        note: '',
        createdAt: '2024-06-01T10:00:00.000Z',
        updatedAt: '2024-06-01T10:00:00.000Z',
        provenance: {
          decision: 'unanimous',
          decidedBy: null,
          decidedAt: '2024-06-01T10:00:00.000Z',
          sources: [
            { annotator: 'ana', annotationId: 'ana-30-40-date', label: 'date', start: 30, end: 40 },
            { annotator: 'ben', annotationId: 'ben-30-40-date', label: 'date', start: 30, end: 40 },
          ],
        },
      },
    ]);
  });

  it('accepts one side of a conflict as adjudicated and records the group resolved', () => {
    const boundary = groupOf(span('ana', 65, 90), span('ben', 60, 90));
    const outcome = acceptMembers(boundary, ids('ben-60-90-claim'), reviewer, now);
    expect(
      outcome.annotations.map(({ start, end, provenance }) => ({ start, end, provenance })),
    ).toEqual([
      {
        start: 60,
        end: 90,
        provenance: {
          decision: 'adjudicated',
          decidedBy: 'rosa',
          decidedAt: '2024-06-01T10:00:00.000Z',
          sources: [
            {
              annotator: 'ben',
              annotationId: 'ben-60-90-claim',
              label: 'claim',
              start: 60,
              end: 90,
            },
          ],
        },
      },
    ]);
    expect(outcome.conflict).toEqual({
      id: boundary.id,
      kind: 'boundary',
      annotations: ['ben-60-90-claim', 'ana-65-90-claim'],
      status: 'resolved',
    });
  });

  it('accepts several sides as one reconciled annotation per span and label', () => {
    const label = groupOf(span('ana', 42, 59, 'actor'), span('ben', 42, 59, 'claim'));
    const outcome = acceptMembers(label, ids('ana-42-59-actor', 'ben-42-59-claim'), reviewer, now);
    expect(outcome.annotations.map((a) => `${a.label} ${a.quote}`).sort()).toEqual([
      'actor Minister Bayramov',
      'claim Minister Bayramov',
    ]);
    expect(new Set(outcome.annotations.map((a) => a.id)).size).toBe(2);
  });

  it('derives the same id when the same thing is decided again, later or by someone else', () => {
    const boundary = groupOf(span('ana', 65, 90), span('ben', 60, 90));
    const first = acceptMembers(boundary, ids('ana-65-90-claim'), reviewer, now);
    const again = acceptMembers(boundary, ids('ana-65-90-claim'), asAnnotatorId('sam'), later);
    expect(again.annotations[0]!.id).toBe(first.annotations[0]!.id);
    const other = acceptMembers(boundary, ids('ben-60-90-claim'), reviewer, now);
    expect(other.annotations[0]!.id).not.toBe(first.annotations[0]!.id);
  });

  it('refuses ids that are not members, and an empty choice', () => {
    const boundary = groupOf(span('ana', 65, 90), span('ben', 60, 90));
    expect(() => acceptMembers(boundary, ids('elsewhere'), reviewer, now)).toThrow(RangeError);
    expect(() => acceptMembers(boundary, [], reviewer, now)).toThrow(RangeError);
  });
});

describe('rejectGroup', () => {
  it('leaves no reconciled annotation and records the group resolved', () => {
    const single = groupOf(span('ben', 100, 110));
    expect(rejectGroup(single)).toEqual({
      group: single.id,
      kind: 'single',
      members: ['ben-100-110-claim'],
      annotations: [],
      conflict: {
        id: single.id,
        kind: 'single',
        annotations: ['ben-100-110-claim'],
        status: 'resolved',
      },
    });
  });
});

describe('editDecision', () => {
  it('sets span and label by hand, takes quote and context from the text, and cites every member', () => {
    const boundary = groupOf(span('ana', 65, 90), span('ben', 60, 90));
    // Offsets count code points: the dove emoji at the start is one, not two.
    const edit = { start: codePoints(60), end: codePoints(64), label: asLabelId('actor') };
    const [annotation] = editDecision(boundary, edit, talks.text, reviewer, now).annotations;
    expect(annotation).toMatchObject({
      label: 'actor',
      start: 60,
      end: 64,
      quote: [...talks.text].slice(60, 64).join(''),
      prefix: [...talks.text].slice(28, 60).join(''),
      suffix: [...talks.text].slice(64, 96).join(''),
      provenance: { decision: 'edited', decidedBy: 'rosa' },
    });
    expect(annotation!.provenance!.sources.map((source) => source.annotationId)).toEqual([
      'ben-60-90-claim',
      'ana-65-90-claim',
    ]);
  });

  it('refuses an empty span or one past the end of the text', () => {
    const single = groupOf(span('ben', 100, 110));
    const at = (start: number, end: number) => ({
      start: codePoints(start),
      end: codePoints(end),
      label: asLabelId('claim'),
    });
    expect(() => editDecision(single, at(5, 5), talks.text, reviewer, now)).toThrow(RangeError);
    expect(() => editDecision(single, at(5, 10_000), talks.text, reviewer, now)).toThrow(
      RangeError,
    );
  });
});

describe('acceptAllAgreed', () => {
  it('accepts every agreed group as unanimous and nothing else', () => {
    const groups = compareLayers(
      [
        span('ana', 0, 10),
        span('ben', 0, 10),
        span('ana', 30, 40, 'date'),
        span('ben', 30, 40, 'date'),
        span('ben', 100, 110),
      ],
      ANA_AND_BEN,
    );
    const outcomes = acceptAllAgreed(groups, reviewer, now);
    expect(outcomes.map((outcome) => outcome.annotations.map((a) => a.quote))).toEqual([
      [[...talks.text].slice(0, 10).join('')],
      ['3 May 2024'],
    ]);
    expect(
      outcomes.every((outcome) => outcome.annotations[0]!.provenance!.decision === 'unanimous'),
    ).toBe(true);
  });
});
