// How orphan reasons and summaries show a quote: in typographic quotes, cut short, one line.

/** Longest quote shown in full, in code points. */
const SHOWN_LENGTH = 40;

/** `“within reach”`; long quotes end in an ellipsis, line breaks show as ⏎. */
export function showQuote(quote: string): string {
  const characters = [...quote.replace(/\r\n?|\n/g, '⏎')];
  const shown =
    characters.length <= SHOWN_LENGTH
      ? characters.join('')
      : `${characters.slice(0, SHOWN_LENGTH).join('')}…`;
  return `“${shown}”`;
}
