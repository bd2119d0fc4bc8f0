import { describe, expect, it } from 'vitest';
import { asLabelId } from './ids.ts';
import { ACTOR, CLAIM, DATE, labelName } from './labels.ts';

describe('labelName', () => {
  it('names the built-in labels', () => {
    expect([CLAIM, ACTOR, DATE].map(labelName)).toEqual(['Claim', 'Actor', 'Date']);
  });

  it('falls back to the id of a label a file brought', () => {
    expect(labelName(asLabelId('location'))).toBe('location');
  });
});
