import { describe, expect, it } from 'vitest';
import { asAnnotationId, asAnnotatorId, type DocumentId, type EntityId } from '../model/ids.ts';
import { ACTOR, CLAIM, DATE } from '../model/labels.ts';
import { codePoints, type CodePointRange } from '../model/offsets.ts';
import { documentIdOf } from '../text/document-id.ts';
import { hitContext } from './hit-context.ts';
import { planTagging, type ExistingSpan, type TaggingRequest } from './plan-tagging.ts';

const ANA = asAnnotatorId('ana');
const BEN = asAnnotatorId('ben');
const TEXT =
  '😀 Secretary of State Mike Pompeo met them on Friday. “Both must stop,” Pompeo wrote.';
const DOCUMENT = { id: documentIdOf(TEXT), text: TEXT, publishedAt: '2020-10-31' };

function rangeOf(needle: string, from = 0): CodePointRange {
  const at = TEXT.indexOf(needle, from);
  const start = [...TEXT.slice(0, at)].length;
  return { start: codePoints(start), end: codePoints(start + [...needle].length) };
}

function request(label = ACTOR, entity?: EntityId): TaggingRequest {
  let n = 0;
  return {
    label,
    annotator: ANA,
    now: new Date('2026-12-02T12:00:00Z'),
    newId: () => asAnnotationId(`new-${++n}`),
    ...(entity ? { entity } : {}),
  };
}

describe('planTagging', () => {
  const pompeos = [rangeOf('Pompeo'), rangeOf('Pompeo', 40)];

  it('makes one annotation per hit with its quote and context, linked to the entity', () => {
    const plan = planTagging(
      [{ document: DOCUMENT, ranges: pompeos }],
      () => [],
      request(ACTOR, 'mike-pompeo' as EntityId),
    );
    expect(plan).toMatchObject({ skipped: 0, documents: 1 });
    expect(
      plan.annotations.map((annotation) => [
        annotation.quote,
        annotation.entity,
        annotation.annotator,
      ]),
    ).toEqual([
      ['Pompeo', 'mike-pompeo', ANA],
      ['Pompeo', 'mike-pompeo', ANA],
    ]);
    expect(plan.annotations[0]!.prefix.endsWith('State Mike ')).toBe(true);
    expect(plan.annotations[1]!.suffix).toBe(' wrote.');
  });

  it('skips the exact spans the analyst already tagged with that label, not overlaps or others’ layers', () => {
    const existing: ExistingSpan[] = [
      { ...pompeos[0]!, label: ACTOR, annotator: ANA },
      { ...rangeOf('Mike Pompeo'), label: ACTOR, annotator: ANA },
      { ...pompeos[1]!, label: ACTOR, annotator: BEN },
      { ...pompeos[1]!, label: CLAIM, annotator: ANA },
    ];
    const plan = planTagging(
      [{ document: DOCUMENT, ranges: pompeos }],
      (id: DocumentId) => (id === DOCUMENT.id ? existing : []),
      request(),
    );
    expect(plan.skipped).toBe(1);
    expect(plan.annotations.map((annotation) => annotation.start)).toEqual([pompeos[1]!.start]);
  });

  it('proposes a date’s value from the publication date, marked suggested', () => {
    const plan = planTagging(
      [{ document: DOCUMENT, ranges: [rangeOf('Friday')] }],
      () => [],
      request(DATE),
    );
    expect(plan.annotations[0]).toMatchObject({
      quote: 'Friday',
      value: '2020-10-30',
      valueStatus: 'suggested',
    });
    expect(plan.annotations[0]!.entity).toBeUndefined();
  });
});

describe('hitContext', () => {
  it('shows a few words either side, cut at word boundaries, never splitting an emoji', () => {
    const text = `${'word '.repeat(30)}😀 Pompeo 😀${' word'.repeat(30)}`;
    const at = text.indexOf('Pompeo');
    const context = hitContext(text, at, at + 6);
    expect(context.match).toBe('Pompeo');
    expect(context.before.startsWith('…word ')).toBe(true);
    expect(context.before.endsWith('😀 ')).toBe(true);
    expect(context.after.endsWith('word…')).toBe(true);
  });

  it('stays in the hit’s paragraph', () => {
    const text = 'First paragraph.\nSecond with Pompeo in it.\nThird.';
    const at = text.indexOf('Pompeo');
    expect(hitContext(text, at, at + 6)).toEqual({
      before: 'Second with ',
      match: 'Pompeo',
      after: ' in it.',
    });
  });
});
