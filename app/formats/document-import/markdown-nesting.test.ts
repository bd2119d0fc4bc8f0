import { describe, expect, it } from 'vitest';
import { markdownNestingDepth } from './markdown-nesting.ts';

describe('markdownNestingDepth', () => {
  it('counts the block quote and list markers a line opens with', () => {
    expect(markdownNestingDepth('Plain text.\n\nMore text.')).toBe(0);
    expect(markdownNestingDepth('> quoted\n>> twice\n> > > thrice')).toBe(3);
    expect(markdownNestingDepth('- item\n  - nested\n- > - quoted list')).toBe(3);
    expect(markdownNestingDepth('1. first\n2) second\n3. 1. 1) deep')).toBe(3);
    expect(markdownNestingDepth('>'.repeat(2000) + ' x')).toBe(2000);
  });

  it('does not count what only looks like a marker', () => {
    // A thematic break, emphasis, a negative number, a comparison.
    expect(markdownNestingDepth('- - -\n* * * *\n*emphasis*\n-5 degrees\nx > y')).toBe(0);
    expect(markdownNestingDepth('> - - -')).toBe(1);
    expect(markdownNestingDepth('1234567890. too many digits for a list')).toBe(0);
  });
});
