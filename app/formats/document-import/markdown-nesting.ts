// How deeply a Markdown file nests its containers (block quotes and list items), read from the
// markers at the start of each line, before marked sees the file. marked's lexer and parser
// recurse once per level: about 2,000 `>` on one line (2 KB) overflow the stack, and the
// importer refuses such a file by name instead (docs/hostile-inputs.md).

/**
 * The deepest nesting a Markdown file asks for. No real document comes near it: an e-mail
 * thread quoted a dozen times nests a dozen `>`.
 */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * The most container markers (`>`, `-`/`+`/`*` or `1.`/`1)` followed by a space) any line opens
 * with, e.g. 3 for `> - > text`. An upper bound of marked's own depth: a marker that CommonMark
 * would read as text (after an indented code block, say) still counts, which only matters past
 * the limit. Nesting by indentation alone costs marked time rather than stack; the importer's
 * time limit bounds that.
 */
export function markdownNestingDepth(source: string): number {
  let deepest = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    deepest = Math.max(deepest, lineDepth(source, lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  return deepest;
}

function lineDepth(source: string, start: number, end: number): number {
  let depth = 0;
  let at = start;
  for (;;) {
    while (at < end && isBlank(source[at])) at++;
    if (at >= end) return depth;
    const char = source[at]!;
    if (char === '>') {
      depth++;
      at++;
      continue;
    }
    if ((char === '-' || char === '+' || char === '*') && isBlank(source[at + 1])) {
      // "- - -" is a thematic break, not three lists.
      if (isThematicBreak(source, at, end)) return depth;
      depth++;
      at += 2;
      continue;
    }
    let digitsEnd = at;
    while (digitsEnd < end && digitsEnd - at < 9 && isDigit(source[digitsEnd])) digitsEnd++;
    const delimiter = source[digitsEnd];
    if (
      digitsEnd > at &&
      (delimiter === '.' || delimiter === ')') &&
      (digitsEnd + 1 === end || isBlank(source[digitsEnd + 1]))
    ) {
      depth++;
      at = digitsEnd + 1;
      continue;
    }
    return depth;
  }
}

/** Whether the rest of the line is three or more of one of - * _ with only blanks between. */
function isThematicBreak(source: string, start: number, end: number): boolean {
  const marker = source[start];
  let count = 0;
  for (let at = start; at < end; at++) {
    const char = source[at];
    if (char === marker) count++;
    else if (!isBlank(char)) return false;
  }
  return count >= 3;
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\r';
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
