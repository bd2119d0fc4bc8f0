// How wide a word is compared with the line it stands on, when all pdf.js tells is the width
// of the whole line. Counting characters misjudges "Roman" against a line of "i"s and spaces
// by most of an em; Helvetica's advance widths (Adobe's AFM, in thousandths of an em) rank
// characters the same way most text faces do, so the share of the line's width they give a
// word is close to its real width.

// prettier-ignore
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, //       p to ~
];

const OTHER_WIDTHS: Record<string, number> = {
  '\u00a0': 278,
  '‘': 222,
  '’': 222,
  '“': 333,
  '”': 333,
  '–': 556,
  '—': 1000,
  '…': 1000,
};

function widthOf(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32]!;
  const known = OTHER_WIDTHS[char];
  if (known !== undefined) return known;
  return char.toLowerCase() === char ? 556 : 722;
}

/** The relative width of `text`, in Helvetica's thousandths of an em. */
export function relativeWidth(text: string): number {
  let width = 0;
  for (const char of text) width += widthOf(char);
  return width;
}
