import { describe, expect, it } from 'vitest';
import { scoreCandidate } from './score-candidate.ts';

const text = 'we had everything before us, we had nothing before us, we were all going direct';
const at = (quote: string, after = 0) => {
  const start = text.indexOf(quote, after);
  return { start, end: start + quote.length, quoteScore: 1 };
};

describe('scoreCandidate', () => {
  it('judges a bare quote on the quote alone', () => {
    // Hypothesis counts absent context as a perfect match: 0.5 would score about 0.72 there.
    expect(scoreCandidate(text, { ...at('before us'), quoteScore: 0.5 }, {}).total).toBe(0.5);
  });

  it('prefers the candidate whose prefix is like the stored one', () => {
    const first = at('before us');
    const second = at('before us', first.end);
    const context = { prefix: 'we had nothing ' };
    const scores = [first, second].map((candidate) => scoreCandidate(text, candidate, context));
    expect(scores[1]!.total).toBeGreaterThan(scores[0]!.total);
    expect(scores[1]!.prefix).toBe(1);
    expect(scores[0]!.prefix).toBeLessThan(1);
  });

  it('prefers the candidate whose suffix is like the stored one', () => {
    const first = at('we had');
    const second = at('we had', first.end);
    const context = { suffix: ' nothing' };
    const [a, b] = [first, second].map((candidate) => scoreCandidate(text, candidate, context));
    expect(b!.total).toBeGreaterThan(a!.total);
    expect(b!.suffix).toBe(1);
  });

  it('breaks a tie by nearness to the hint', () => {
    const first = at('before us');
    const second = at('before us', first.end);
    const nearSecond = { hint: second.start + 2 };
    expect(scoreCandidate(text, second, nearSecond).total).toBeGreaterThan(
      scoreCandidate(text, first, nearSecond).total,
    );
  });

  it('lets context outweigh position', () => {
    const first = at('before us');
    const second = at('before us', first.end);
    const context = { prefix: 'we had nothing ', hint: first.start };
    expect(scoreCandidate(text, second, context).total).toBeGreaterThan(
      scoreCandidate(text, first, context).total,
    );
  });

  it('scores 1 for the quote in its own context at its own place', () => {
    const candidate = at('nothing');
    expect(
      scoreCandidate(text, candidate, {
        prefix: 'we had ',
        suffix: ' before',
        hint: candidate.start,
      }),
    ).toEqual({ total: 1, quote: 1, prefix: 1, suffix: 1 });
  });
});
