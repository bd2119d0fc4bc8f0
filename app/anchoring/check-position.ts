// The first thing anchoring tries: the offsets a selector gives. They are usable only if both
// are whole numbers inside the text with start before end; otherwise the reason is kept, for
// the orphan message if the quote cannot be found either.

import { codePoints, type CodePointOffset } from '../model/offsets.ts';
import type { TextSelector } from './anchor-result.ts';

export type PositionCheck =
  /** The selector gives no offsets at all. */
  | { kind: 'absent' }
  /** Offsets were given but cannot be used; `hint` is a start to search near, when there is one. */
  | { kind: 'unusable'; reason: string; hint?: number }
  | { kind: 'usable'; start: CodePointOffset; end: CodePointOffset };

/** Whether the selector's offsets can be used in a text of `length` code points, and if not why. */
export function checkPosition(selector: TextSelector, length: number): PositionCheck {
  const { start, end } = selector;
  if (start === undefined && end === undefined) return { kind: 'absent' };
  const hint =
    typeof start === 'number' && Number.isFinite(start)
      ? Math.min(Math.max(0, start), length)
      : undefined;
  const unusable = (reason: string): PositionCheck =>
    hint === undefined ? { kind: 'unusable', reason } : { kind: 'unusable', reason, hint };

  if (end === undefined) return unusable(`only a start offset (${show(start)}) is given`);
  if (start === undefined) return unusable(`only an end offset (${show(end)}) is given`);
  const offsets = `offsets ${show(start)}–${show(end)}`;
  // Typed as numbers, but a decoder's bug or a hand-edited file must not make this throw.
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end))
    return unusable(`${offsets} are not whole numbers`);
  if (start < 0 || end < 0) return unusable(`${offsets} are negative`);
  if (start > end) return unusable(`${offsets} are reversed`);
  if (start === end) return unusable(`${offsets} select no text`);
  if (end > length) return unusable(`${offsets} go beyond the end of the text (length ${length})`);
  return { kind: 'usable', start: codePoints(start), end: codePoints(end) };
}

function show(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}
