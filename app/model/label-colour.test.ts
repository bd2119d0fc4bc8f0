import { describe, expect, it } from 'vitest';
import { normaliseLabelColour } from './label-colour.ts';

describe('normaliseLabelColour', () => {
  it('reads every CSS hex form as #rrggbb in lowercase', () => {
    expect(normaliseLabelColour('#d33')).toBe('#dd3333');
    expect(normaliseLabelColour('#D33')).toBe('#dd3333');
    expect(normaliseLabelColour('#dd3333')).toBe('#dd3333');
    expect(normaliseLabelColour('#DD3333')).toBe('#dd3333');
    expect(normaliseLabelColour('#d338')).toBe('#dd3333');
    expect(normaliseLabelColour('#DD333380')).toBe('#dd3333');
  });

  it('is null for what is not a hex colour', () => {
    for (const colour of ['blue', '#dd333', '#ggg', 'dd3333', '#dd3333 ', ''])
      expect(normaliseLabelColour(colour)).toBeNull();
  });
});
