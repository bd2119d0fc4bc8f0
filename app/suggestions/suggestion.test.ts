import { describe, expect, it } from 'vitest';
import { corpusReport } from '../test-support/corpus.ts';
import type { Entity } from '../model/entity.ts';
import { asEntityId } from '../model/ids.ts';
import { ACTOR, DATE } from '../model/labels.ts';
import { sliceByCodePoints } from '../text/code-points.ts';
import { findDateExpressions } from './date-expressions.ts';
import {
  SuggestionFinder,
  mergeSuggestions,
  suggestionKey,
  type Suggestion,
} from './suggestion.ts';
import { TaggedTextIndex } from './tagged-text.ts';

const report = corpusReport;
const pompeo: Entity = {
  id: asEntityId('pompeo'),
  name: 'Mike Pompeo',
  kind: 'person',
  aliases: ['Pompeo'],
};

describe('SuggestionFinder', () => {
  it('lists the three sources of a corpus report in reading order, keyed, the richer source winning an overlap', () => {
    const text = report('001_');
    const tagged = new TaggedTextIndex([
      { label: ACTOR, quote: 'Mike Pompeo' },
      { label: ACTOR, quote: 'AP News' },
    ]);
    const found = new SuggestionFinder({
      publishedAt: '2020-10-03',
      entities: [pompeo],
      tagged,
    }).inText(text);
    for (const suggestion of found) {
      expect(sliceByCodePoints(text, suggestion.start, suggestion.end)).toBe(suggestion.quote);
      expect(suggestion.key).toBe(suggestionKey(suggestion));
    }
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
    // "Mike Pompeo" is both a known entity's name and tagged elsewhere: the entity mention stays.
    const pompeos = found.filter((suggestion) => suggestion.quote.includes('Pompeo'));
    expect(pompeos.length).toBeGreaterThan(0);
    expect(
      pompeos.every(
        (suggestion) => suggestion.source === 'entity' && suggestion.entity === 'pompeo',
      ),
    ).toBe(true);
    expect(
      found
        .filter((suggestion) => suggestion.quote === 'AP News')
        .map((suggestion) => suggestion.source),
    ).toEqual(['tagged', 'tagged']);
    // A date expression carries the value proposed against the publication date.
    expect(found.find((suggestion) => suggestion.quote === 'this Friday')).toMatchObject({
      source: 'date',
      label: DATE,
      value: expect.stringMatching(/^2020-10-\d\d$/),
    });
  });

  it('finds the same dates line by line as the whole text', () => {
    const text = report('000_');
    const dates = new SuggestionFinder({ publishedAt: '2020-10-26' })
      .inText(text)
      .filter((suggestion) => suggestion.source === 'date');
    expect(
      dates.map(({ start, end, quote, value }) => ({ start, end, quote, value: value ?? null })),
    ).toEqual(findDateExpressions(text, '2020-10-26'));
  });
});

describe('mergeSuggestions', () => {
  const suggestion = (
    source: Suggestion['source'],
    start: number,
    end: number,
    label = ACTOR,
  ): Suggestion => {
    const partial = { source, label, start, end, quote: 'x'.repeat(end - start) } as Omit<
      Suggestion,
      'key'
    >;
    return { key: suggestionKey(partial), ...partial };
  };

  it('keeps one suggestion per label and place, and different labels side by side', () => {
    const merged = mergeSuggestions([
      suggestion('tagged', 0, 11),
      suggestion('entity', 5, 11),
      suggestion('tagged', 20, 30),
      suggestion('date', 5, 11, DATE),
    ]);
    expect(merged.map(({ source, start, label }) => [source, start, label])).toEqual([
      ['entity', 5, ACTOR],
      ['date', 5, DATE],
      ['tagged', 20, ACTOR],
    ]);
  });
});
