import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.ts';

const found = (phrases: string[], text: string) =>
  new PhraseMatcher(phrases)
    .occurrencesIn(text)
    .map(({ phrase, start, end }) => [phrase, start, end]);

describe('PhraseMatcher', () => {
  it('finds whole words only, in the same case', () => {
    expect(found(['Armenia'], 'Armenia, Armenian forces, armenia, Armenia’s army')).toEqual([
      ['Armenia', 0, 7],
      ['Armenia', 35, 42],
    ]);
  });

  it('finds phrases sharing a first word, each where it occurs', () => {
    expect(found(['Mike Pompeo', 'Mike'], 'Mike Pompeo met Mike.')).toEqual([
      ['Mike', 0, 4],
      ['Mike Pompeo', 0, 11],
      ['Mike', 16, 20],
    ]);
  });

  it('finds phrases that begin or end with punctuation', () => {
    expect(found(['“peace”', '@ZMnatsakanyan'], 'a “peace” deal with @ZMnatsakanyan.')).toEqual([
      ['“peace”', 2, 9],
      ['@ZMnatsakanyan', 20, 34],
    ]);
  });

  it('counts in UTF-16 units and treats astral letters as letters', () => {
    expect(found(['Baku'], '🕊️ Baku 𝐀Baku')).toEqual([['Baku', 4, 8]]);
  });

  it('matches the spaces between words exactly', () => {
    expect(found(['Mike Pompeo'], 'Mike  Pompeo, Mike\nPompeo, Mike Pompeo')).toEqual([
      ['Mike Pompeo', 27, 38],
    ]);
  });

  it('ignores phrases made only of spaces', () => {
    expect(found([' ', ''], 'a b')).toEqual([]);
  });
});
