// The items token-level kappas are computed over. A token is a word (letters and digits, joined
// by single apostrophes or hyphens: "don't", "Nagorno-Karabakh", "COVID-19") or any other
// single non-space character (punctuation, a symbol, an emoji). The issue gives the ASCII
// pattern /[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*|[^A-Za-z0-9\s]/; its classes are widened to all of
// Unicode: letters \p{L}, digits \p{N}, and combining marks \p{M}, which belong to the letter
// they follow (a decomposed "é", a Devanagari vowel sign) rather than being tokens of their own.
// Note the apostrophe is ASCII ' only: "Azerbaijan’s" (U+2019) is three tokens, as in the
// original pattern.

/** Token boundaries in code points, end-exclusive: token i is [starts[i], ends[i]). */
export interface TokenOffsets {
  starts: Int32Array;
  ends: Int32Array;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*|[^\p{L}\p{M}\p{N}\s]/gu;

/** The tokens of `text`, in order, as code-point offsets. */
export function tokenize(text: string): TokenOffsets {
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let count = 0;
  // Matches come in UTF-16 indices; the code-point offset is carried along by counting the
  // astral characters (surrogate pairs) passed since the previous match, so the whole text is
  // walked once.
  let utf16Index = 0;
  let codePoint = 0;
  const advanceTo = (target: number) => {
    for (; utf16Index < target; utf16Index++) {
      const unit = text.charCodeAt(utf16Index);
      // A low surrogate right after a high one is the second half of one code point.
      if (
        unit >= 0xdc00 &&
        unit <= 0xdfff &&
        utf16Index > 0 &&
        isHighSurrogate(text.charCodeAt(utf16Index - 1))
      )
        continue;
      codePoint++;
    }
  };
  for (const match of text.matchAll(TOKEN)) {
    if (count === starts.length) {
      starts = grow(starts);
      ends = grow(ends);
    }
    advanceTo(match.index);
    starts[count] = codePoint;
    advanceTo(match.index + match[0].length);
    ends[count] = codePoint;
    count++;
  }
  return { starts: starts.slice(0, count), ends: ends.slice(0, count) };
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
