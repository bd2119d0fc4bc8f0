import { describe, expect, it } from 'vitest';
import { labelTokens, OUTSIDE, type CategorisedSpan } from './token-labels.ts';
import { tokenize } from './tokenize.ts';

const ACTOR = 1;
const CLAIM = 2;
const DATE = 3;

/** Each token of `text` with its category, "word:category". */
function labelled(text: string, spans: CategorisedSpan[]): string[] {
  const tokens = tokenize(text);
  const categories = labelTokens(tokens, spans);
  const characters = [...text];
  return [...tokens.starts].map(
    (start, i) => `${characters.slice(start, tokens.ends[i]).join('')}:${categories[i]}`,
  );
}

describe('labelTokens', () => {
  it('gives a token the label of a span it shares a character with, O (0) otherwise', () => {
    // "Aliyev said talks resumed." — actor [0, 6), and a claim that starts inside "said".
    expect(
      labelled('Aliyev said talks resumed.', [
        { start: 0, end: 6, category: ACTOR },
        { start: 9, end: 17, category: CLAIM },
      ]),
    ).toEqual(['Aliyev:1', 'said:2', 'talks:2', 'resumed:0', '.:0']);
    expect(OUTSIDE).toBe(0);
  });

  it('prefers the shortest span, then the earliest, then the first label id', () => {
    const text = 'Talks on 3 May 2024 in Geneva';
    // Tokens: Talks[0,5) on[6,8) 3[9,10) May[11,14) 2024[15,19) in[20,22) Geneva[23,29).
    const spans = [
      { start: 0, end: 29, category: CLAIM }, // the whole sentence
      { start: 9, end: 19, category: DATE }, // "3 May 2024": shorter, wins inside
      { start: 20, end: 29, category: CLAIM }, // "in Geneva", length 9
      { start: 20, end: 29, category: ACTOR }, // the same span as actor: id "actor" < "claim"
      { start: 5, end: 12, category: CLAIM }, // " on 3 M": length 7, shorter than the date
    ];
    expect(labelled(text, spans)).toEqual([
      'Talks:2', // only the sentence touches it (the span at 5 starts after its last character)
      'on:2', // the 7-long span at 5
      '3:2', // the 7-long span at 5 beats the 10-long date
      'May:2', // [5, 12) shares its "M", and is still the shortest
      '2024:3',
      'in:1', // two 9-long spans at 20: actor before claim
      'Geneva:1',
    ]);
  });

  it('labels nothing when there are no spans or no tokens', () => {
    expect(labelled('one two', [])).toEqual(['one:0', 'two:0']);
    expect(labelTokens(tokenize(''), [{ start: 0, end: 1, category: 1 }])).toEqual(
      new Int32Array(0),
    );
  });
});
