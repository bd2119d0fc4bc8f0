// Pages of a document imported from a paged format (PDF): the text keeps no page breaks, only
// where each page starts (`pageStarts`, code points, page 1 at 0), so that an annotation can say
// on which page it lies without a form feed ever entering the text and its offsets.

/** The page (from 1) holding `offset`; with empty pages sharing a start, the last of them. */
export function pageOf(pageStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  // The last page whose start is at or before the offset (page 1 starts at 0, so one exists).
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pageStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Why `pageStarts` cannot be a text's pages (first 0, never decreasing, within the text), or null. */
export function pageStartsProblem(
  pageStarts: readonly number[],
  textLength: number,
): string | null {
  if (pageStarts[0] !== 0) return `expected the first page to start at 0, found ${pageStarts[0]}`;
  for (let i = 1; i < pageStarts.length; i++) {
    if (pageStarts[i]! < pageStarts[i - 1]!)
      return `expected page starts in order, found page ${i + 1} at ${pageStarts[i]} before page ${i} at ${pageStarts[i - 1]}`;
    if (pageStarts[i]! > textLength)
      return `expected page starts within the text (${textLength} code points), found page ${i + 1} at ${pageStarts[i]}`;
  }
  return null;
}
