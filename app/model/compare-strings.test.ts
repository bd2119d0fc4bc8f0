import { describe, expect, it } from 'vitest';
import { compareStrings } from './compare-strings.ts';

describe('compareStrings', () => {
  it('orders by UTF-16 code units, whatever the locale would say', () => {
    expect(['b', 'a', 'B', 'é', 'e', '😀', '\uffff'].sort(compareStrings)).toEqual([
      'B',
      'a',
      'b',
      'e',
      'é',
      '😀',
      '\uffff',
    ]);
    expect(compareStrings('ann-1', 'ann-1')).toBe(0);
    expect(compareStrings('ann-10', 'ann-2')).toBeLessThan(0);
  });
});
