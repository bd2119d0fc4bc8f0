// A label's colour as the library keeps it: `#rrggbb`, lowercase. Datasets and W3C collections
// may write it in any CSS hex form (`#d33`, `#DD3333`, with an alpha digit or two), and a file
// is never refused over that notation: each is read as the colour it names, alpha dropped
// (a label is drawn over text with its own transparency).

/** Every CSS hex colour form: #rgb, #rgba, #rrggbb, #rrggbbaa, either case. */
export const HEX_COLOUR_PATTERN = '^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$';
const HEX_COLOUR = new RegExp(HEX_COLOUR_PATTERN);

/** `#rrggbb` in lowercase for any CSS hex colour; null for anything else. */
export function normaliseLabelColour(colour: string): string | null {
  if (!HEX_COLOUR.test(colour)) return null;
  const digits = colour.slice(1).toLowerCase();
  const rgb =
    digits.length <= 4
      ? [...digits.slice(0, 3)].map((digit) => digit + digit).join('')
      : digits.slice(0, 6);
  return `#${rgb}`;
}
