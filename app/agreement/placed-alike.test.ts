import { describe, expect, it } from 'vitest';
import {
  emptyPlacedTally,
  sortPlaced,
  tallyPlacedAlike,
  type PlacedValue,
} from './placed-alike.ts';

const at = (start: number, end: number, value: string): PlacedValue => ({ start, end, value });

function tally(first: PlacedValue[], second: PlacedValue[]) {
  const into = emptyPlacedTally();
  tallyPlacedAlike(sortPlaced([...first]), sortPlaced([...second]), (a, b) => a === b, into);
  return into;
}

describe('tallyPlacedAlike', () => {
  it('compares only spans with the same start and end', () => {
    expect(tally([at(0, 3, 'x'), at(5, 9, 'y')], [at(0, 3, 'x'), at(5, 8, 'y')])).toEqual({
      same: 1,
      counted: 1,
    });
    expect(tally([at(0, 3, 'x')], [at(0, 3, 'z')])).toEqual({ same: 0, counted: 1 });
    expect(tally([at(0, 3, 'x')], [])).toEqual({ same: 0, counted: 0 });
  });

  it('pairs duplicates at the same offsets in sorted order, whichever side they are on', () => {
    const twice = [at(0, 3, 'y'), at(0, 3, 'x')];
    expect(tally(twice, [at(0, 3, 'x')])).toEqual({ same: 1, counted: 1 });
    expect(tally([at(0, 3, 'x')], twice)).toEqual({ same: 1, counted: 1 });
    expect(tally(twice, [at(0, 3, 'y')])).toEqual({ same: 0, counted: 1 });
    expect(tally(twice, [at(0, 3, 'y'), at(0, 3, 'x'), at(4, 6, 'x')])).toEqual({
      same: 2,
      counted: 2,
    });
  });

  it('goes on past a group with leftovers on one side', () => {
    expect(
      tally(
        [at(0, 3, 'a'), at(0, 3, 'b'), at(0, 3, 'c'), at(7, 9, 'd')],
        [at(0, 3, 'a'), at(7, 9, 'd')],
      ),
    ).toEqual({ same: 2, counted: 2 });
  });
});
