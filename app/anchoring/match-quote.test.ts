import { describe, expect, it } from 'vitest';
import { CodePointIndex, sliceByCodePoints } from '../text/code-points.ts';
import {
  bestCandidate,
  exactOccurrences,
  findApproximateQuote,
  maxErrorsFor,
} from './match-quote.ts';

const text =
  'It was the best of times, it was the worst of times, it was the age of wisdom, ' +
  'it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.';
const index = new CodePointIndex(text);

describe('maxErrorsFor', () => {
  it('allows half the quote, at most 256', () => {
    expect(maxErrorsFor('Baku')).toBe(2);
    expect(maxErrorsFor('Bakü!')).toBe(2);
    expect(maxErrorsFor('x'.repeat(2000))).toBe(256);
  });
});

describe('exactOccurrences', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(exactOccurrences('aaa', 'aa').map(({ start }) => start)).toEqual([0, 1]);
  });

  it('does not find half an emoji', () => {
    // '🕊' is \ud83d\udd4a; a quote beginning with its low half must not match inside it.
    expect(exactOccurrences('a🕊b', '\udd4ab')).toEqual([]);
  });
});

describe('bestCandidate', () => {
  it('takes the occurrence in the stored context', () => {
    const occurrences = exactOccurrences(text, 'the age of');
    const best = bestCandidate(occurrences, text, { suffix: ' foolishness' }, index)!;
    expect(text.slice(best.start, best.end + ' foolishness'.length)).toBe('the age of foolishness');
    expect(best.candidates).toBe(2);
  });

  it('takes the occurrence nearest the hint when nothing else differs', () => {
    const occurrences = exactOccurrences(text, 'it was');
    const last = occurrences.at(-1)!.start;
    expect(bestCandidate(occurrences, text, { hint: last - 3 }, index)!.start).toBe(last);
  });

  it('takes the first of equally good occurrences', () => {
    const occurrences = exactOccurrences(text, 'it was');
    expect(bestCandidate(occurrences, text, {}, index)!.start).toBe(text.indexOf('it was'));
  });

  it('has nothing to offer without candidates', () => {
    expect(bestCandidate([], text, {}, index)).toBeUndefined();
  });
});

describe('findApproximateQuote', () => {
  it('finds a quote with a typo', () => {
    const match = findApproximateQuote(text, 'the worst of tymes', {}, index)!;
    expect(text.slice(match.start, match.end)).toBe('the worst of times');
    expect(match.score.quote).toBeCloseTo(1 - 1 / 18);
  });

  it('finds nothing when the quote is more than half changed', () => {
    expect(findApproximateQuote(text, 'a winter of despair', {}, index)).toBeUndefined();
  });

  it('uses context to choose between equally close matches', () => {
    const match = findApproximateQuote(text, 'the epoh of', { suffix: ' incredulity' }, index)!;
    expect(text.slice(match.end, match.end + 12)).toBe(' incredulity');
  });

  it('looks past places excluded by the caller', () => {
    const edited = text.replace('the worst of times', 'the worst of tymes');
    const editedIndex = new CodePointIndex(edited);
    const occurrences = exactOccurrences(edited, 'of times');
    expect(occurrences).toHaveLength(1);
    const match = findApproximateQuote(
      edited,
      'of times',
      { prefix: 'the worst ' },
      editedIndex,
      occurrences,
    )!;
    expect(edited.slice(match.start, match.end)).toBe('of tymes');
  });

  it('returns code-point offsets, whole emoji included', () => {
    const emojiText = '🇦🇲 Yerevan 🕊 talks 🕊 Baku 🇦🇿';
    const emojiIndex = new CodePointIndex(emojiText);
    const match = findApproximateQuote(emojiText, '🕊 tolks 🕊', {}, emojiIndex)!;
    expect(sliceByCodePoints(emojiText, match.start, match.end, emojiIndex)).toBe('🕊 talks 🕊');
    expect(match.start).toBe(11);
  });

  it('widens a match that would split an emoji', () => {
    // The pattern's last unit matches the high half of 🕊 only: the match must take all of it.
    const emojiText = 'peace 🕊 now';
    const emojiIndex = new CodePointIndex(emojiText);
    const match = findApproximateQuote(emojiText, 'peace \ud83d', {}, emojiIndex)!;
    const found = sliceByCodePoints(emojiText, match.start, match.end, emojiIndex);
    expect(found).toBe('peace 🕊');
  });
});
