// Two kinds of position into one string. JavaScript strings, the DOM and Lexical count UTF-16
// code units; the dataset format, the W3C Web Annotation model and Python count Unicode code
// points. They differ after every astral character (emoji, CJK extension B), so they are
// branded: a function that wants one cannot be handed the other by accident.

declare const codePointBrand: unique symbol;
declare const utf16Brand: unique symbol;

/** A position counted in Unicode code points (what the dataset stores and exports). */
export type CodePointOffset = number & { readonly [codePointBrand]: true };

/** A position counted in UTF-16 code units (what JavaScript strings and the DOM use). */
export type Utf16Index = number & { readonly [utf16Brand]: true };

/** Marks a number as a code-point offset; the caller vouches for the unit. */
export function codePoints(value: number): CodePointOffset {
  return value as CodePointOffset;
}

/** Marks a number as a UTF-16 index; the caller vouches for the unit. */
export function utf16(value: number): Utf16Index {
  return value as Utf16Index;
}

/** A half-open range [start, end) in code points. */
export interface CodePointRange {
  start: CodePointOffset;
  end: CodePointOffset;
}

/** A half-open range [start, end) in UTF-16 code units. */
export interface Utf16Range {
  start: Utf16Index;
  end: Utf16Index;
}
