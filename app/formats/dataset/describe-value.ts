// How issue messages show a value that was found: short, typed and unambiguous, so a message
// fits on one terminal line even when the offending value is a whole document.

/** Longest string shown in full, in code points. */
const SHOWN_LENGTH = 60;

/** A value as an issue message shows it: `"abc"`, `42`, `null`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty string' : showString(value);
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

/** A string in JSON quotes, cut after SHOWN_LENGTH code points with an ellipsis. */
export function showString(text: string): string {
  const characters = [...text];
  if (characters.length <= SHOWN_LENGTH) return JSON.stringify(text);
  return `${JSON.stringify(characters.slice(0, SHOWN_LENGTH).join(''))}…`;
}

/** Whether showString would show the two strings identically although they differ. */
export function showsAlike(a: string, b: string): boolean {
  return a !== b && showString(a) === showString(b);
}

/** Code-point offset of the first difference between two strings (the shorter length if one is a prefix). */
export function firstDifference(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return i;
}

/** "1 document", "2 documents". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
