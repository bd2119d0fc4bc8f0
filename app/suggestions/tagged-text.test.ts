import { describe, expect, it } from 'vitest';
import { corpusReport } from '../test-support/corpus.ts';
import { asEntityId, asLabelId } from '../model/ids.ts';
import { ACTOR, CLAIM, DATE } from '../model/labels.ts';
import { sliceByCodePoints } from '../text/code-points.ts';
import { isSuggestibleQuote, TaggedTextIndex } from './tagged-text.ts';

const report = corpusReport;

describe('isSuggestibleQuote', () => {
  it('keeps names, places and dates, and leaves out what depends on its sentence', () => {
    expect(isSuggestibleQuote('Nikol Pashinyan')).toBe(true);
    expect(isSuggestibleQuote('Nagorno-Karabakh')).toBe(true);
    expect(isSuggestibleQuote('September 27')).toBe(true);
    // Too short, lowercase, across lines, cut mid-punctuation, or a whole claim.
    expect(isSuggestibleQuote('EU')).toBe(false);
    expect(isSuggestibleQuote('they')).toBe(false);
    expect(isSuggestibleQuote('the ministry said')).toBe(false);
    expect(isSuggestibleQuote('Pashinyan\nsaid')).toBe(false);
    expect(isSuggestibleQuote('“Aliyev')).toBe(false);
    expect(
      isSuggestibleQuote(
        'Azerbaijan is ready to return to the negotiating table if Armenia withdraws',
      ),
    ).toBe(false);
  });
});

describe('TaggedTextIndex', () => {
  it('finds names tagged in one report where another repeats them, whole words and case kept', () => {
    const index = new TaggedTextIndex([
      { label: ACTOR, quote: 'Pashinyan', entity: asEntityId('pashinyan') },
      { label: ACTOR, quote: 'Nikol Pashinyan', entity: asEntityId('pashinyan') },
      { label: ACTOR, quote: 'Nagorno-Karabakh' },
      { label: CLAIM, quote: 'the fighting must stop' },
    ]);
    const text = report('004_');
    const matches = index.find(text);
    const quotes = new Set(matches.map((match) => match.quote));
    expect(quotes).toEqual(new Set(['Pashinyan', 'Nikol Pashinyan', 'Nagorno-Karabakh']));
    expect(matches.filter((match) => match.quote === 'Nagorno-Karabakh')).toHaveLength(15);
    for (const match of matches) {
      expect(sliceByCodePoints(text, match.start, match.end)).toBe(match.quote);
      expect(match.label).toBe(ACTOR);
    }
    // The linked entity comes along where every linked annotation of the quote agrees.
    expect(matches.find((match) => match.quote === 'Pashinyan')?.entity).toBe('pashinyan');
    expect(matches.find((match) => match.quote === 'Nagorno-Karabakh')?.entity).toBeUndefined();
    // The longest at one place, none overlapping another.
    for (let i = 1; i < matches.length; i++)
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
  });

  it('matches whole words only and keeps case', () => {
    const index = new TaggedTextIndex([{ label: ACTOR, quote: 'Armenia' }]);
    const found = index.find('Armenian forces left Armenia; ARMENIA and armenia did not.');
    expect(found.map(({ quote, start, end }) => [quote, start, end])).toEqual([
      ['Armenia', 21, 28],
    ]);
  });

  it('suggests the label given most often, and forgets a quote once no annotation has it', () => {
    const index = new TaggedTextIndex();
    const asDate = { label: DATE, quote: 'October 10' };
    const asOther = { label: asLabelId('event'), quote: 'October 10' };
    expect(index.add(asOther)).toBe(true);
    expect(index.add(asDate)).toBe(false);
    expect(index.add({ ...asDate })).toBe(true);
    expect(index.suggestionFor('October 10')).toEqual({ label: DATE });
    index.remove(asDate);
    index.remove(asDate);
    expect(index.suggestionFor('October 10')).toEqual({ label: 'event' });
    expect(index.remove(asOther)).toBe(true);
    expect(index.find('On October 10 they met.')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('counts offsets in code points after astral characters', () => {
    const index = new TaggedTextIndex([{ label: ACTOR, quote: 'Bayramov' }]);
    expect(index.find('🕊️ Bayramov spoke.', 100 as never)).toMatchObject([
      { start: 103, end: 111, quote: 'Bayramov' },
    ]);
  });
});
