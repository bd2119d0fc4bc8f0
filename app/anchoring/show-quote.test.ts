import { describe, expect, it } from 'vitest';
import { showQuote } from './show-quote.ts';

describe('showQuote', () => {
  it('puts a short quote in typographic quotes', () => {
    expect(showQuote('within reach')).toBe('“within reach”');
  });

  it('cuts after 40 code points, counting an emoji as one', () => {
    expect(showQuote('🕊'.repeat(45))).toBe(`“${'🕊'.repeat(40)}…”`);
  });

  it('keeps a quote on one line', () => {
    expect(showQuote('Geneva.\nMinister\r\nBayramov')).toBe('“Geneva.⏎Minister⏎Bayramov”');
  });
});
