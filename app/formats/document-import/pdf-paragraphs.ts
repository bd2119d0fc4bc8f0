// Lines → paragraphs, by how they are set on the page. A PDF has no paragraph marks, but
// typesetting leaves three signs that a reader uses too: more space above a paragraph than
// between its lines, a first line indented, and a last line that stops short, where the next
// word would have fitted. A paragraph that runs on into the next column or page is joined
// again; one that runs on into the next page stays on the page where it starts, so that pages
// hold whole paragraphs. A word hyphenated at a line end is joined again (see joinLines).

import { relativeWidth } from './pdf-glyph-widths.ts';
import type { PdfLine } from './pdf-reading-order.ts';

/** More space above a line than this times the usual line spacing starts a paragraph. */
const PARAGRAPH_SPACING = 1.2;
/** A line starting this many ems right of the line above starts a paragraph. */
const INDENT = 0.8;
/** Font sizes further apart than this fraction are a heading and its text. */
const FONT_SIZE_CHANGE = 0.1;
/**
 * Slack, in ems, before deciding that the next word would have fitted on a line: widths are
 * estimated, and a wrong "it would have fitted" cuts a paragraph in two, where a missed one
 * only matters when neither spacing nor an indent marks the paragraph either.
 */
const FIT_SLACK = 1;
/** A word space, in ems, for the same decision. */
const SPACE_WIDTH = 0.25;

/** A list item's marker: its wrapped lines are indented under its text, not a new paragraph. */
const LIST_MARKER = /^(?:[•·▪‣◦●○■□–—-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s/i;
const LETTER = /[\p{L}\p{M}]/u;
const HYPHENS = '-\u2010';

/** Each page's paragraphs, one per line; a paragraph belongs to the page where it starts. */
export function paragraphsByPage(pages: readonly (readonly PdfLine[])[]): string[] {
  const spacing = usualLineSpacing(pages);
  const hyphenated = hyphenatedWordsOf(pages);
  const paragraphsOfPages: string[][] = pages.map(() => []);
  let open: { page: number; index: number } | null = null;
  let previous: PdfLine | null = null;
  for (const [page, lines] of pages.entries()) {
    for (const [index, line] of lines.entries()) {
      const paragraphs = paragraphsOfPages[page]!;
      if (
        previous === null ||
        open === null ||
        startsParagraph(previous, line, { spacingInEms: spacing, samePage: index > 0 })
      ) {
        paragraphs.push(line.text);
        open = { page, index: paragraphs.length - 1 };
      } else {
        const owner = paragraphsOfPages[open.page]!;
        owner[open.index] = joinLines(owner[open.index]!, line.text, hyphenated);
      }
      previous = line;
    }
  }
  return paragraphsOfPages.map((paragraphs) => paragraphs.join('\n'));
}

/** True when `next` starts a new paragraph rather than continuing the one `line` is in. */
function startsParagraph(
  line: PdfLine,
  next: PdfLine,
  { spacingInEms, samePage }: { spacingInEms: number; samePage: boolean },
): boolean {
  const em = Math.max(line.fontSize, next.fontSize);
  if (Math.abs(line.fontSize - next.fontSize) > FONT_SIZE_CHANGE * em) return true;
  // Space above counts where the next line stands below this one, not at the top of the next
  // column or page (the short last line of a title that spans the columns is read as the
  // first line of the left column, below the title).
  const below = samePage && next.y > line.y && next.left < line.right && line.left < next.right;
  if (below && next.y - line.y > PARAGRAPH_SPACING * spacingInEms * em) return true;
  const indent = line.left - line.region.left;
  const nextIndent = next.left - next.region.left;
  if (nextIndent - indent > INDENT * em && !LIST_MARKER.test(line.text)) return true;
  return nextWordWouldFit(line, next);
}

/** The last line of a paragraph stops short: the next line's first word would have fitted on it. */
function nextWordWouldFit(line: PdfLine, next: PdfLine): boolean {
  // A hyphen at the end says the line was full (hyphenation points are far apart).
  if (endsWithHyphenatedWord(line.text)) return false;
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  const wordWidth =
    ((next.right - next.left) * relativeWidth(firstWord)) / Math.max(1, relativeWidth(next.text));
  const em = line.fontSize;
  return line.right + SPACE_WIDTH * em + wordWidth + FIT_SLACK * em <= line.region.right;
}

/**
 * One paragraph's text with its next line. A word broken at the line end by a hyphen is joined
 * without it ("conflict-" + "ing" → "conflicting"), unless the hyphen is the word's own:
 * before an uppercase letter or a digit ("Nagorno-" + "Karabakh" → "Nagorno-Karabakh"; a
 * word is never broken before a capital), or where the document itself writes the compound
 * with a hyphen elsewhere and never without ("well-" + "known" → "well-known" when
 * "well-known" is in its text and "wellknown" is not). A soft hyphen always goes.
 */
export function joinLines(text: string, next: string, hyphenated: ReadonlySet<string>): string {
  const last = text.at(-1) ?? '';
  if (last === '\u00ad') return text.slice(0, -1) + next;
  if (HYPHENS.includes(last) && text.length >= 2) {
    const before = text.at(-2)!;
    const after = next[0] ?? '';
    if (LETTER.test(before) && /\p{Ll}/u.test(after)) {
      const stem = /[\p{L}\p{M}]+$/u.exec(text.slice(0, -1))?.[0] ?? '';
      const rest = /^[\p{L}\p{M}]+/u.exec(next)?.[0] ?? '';
      const compound = `${stem}-${rest}`.toLowerCase();
      const joined = `${stem}${rest}`.toLowerCase();
      if (hyphenated.has(compound) && !hyphenated.has(`=${joined}`)) return text + next;
      return text.slice(0, -1) + next;
    }
    if (/[\p{L}\p{M}\p{N}]/u.test(before) && /[\p{Lu}\p{Lt}\p{N}]/u.test(after)) return text + next;
  }
  // A dash set close to its word ("peace—and") stays close across the line end.
  if ((last === '\u2014' || last === '/') && text.length >= 2 && !/\s/.test(text.at(-2)!))
    return text + next;
  return `${text} ${next}`;
}

function endsWithHyphenatedWord(text: string): boolean {
  const last = text.at(-1) ?? '';
  return (HYPHENS.includes(last) || last === '\u00ad') && LETTER.test(text.at(-2) ?? '');
}

/**
 * What the document writes inside its lines, as evidence for joinLines: its hyphenated
 * compounds ("well-known") and, prefixed with "=", its words without hyphen ("=wellknown").
 */
function hyphenatedWordsOf(pages: readonly (readonly PdfLine[])[]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    for (const line of lines) {
      for (const match of line.text.matchAll(/[\p{L}\p{M}]+(?:[-\u2010][\p{L}\p{M}]+)*/gu)) {
        const word = match[0].toLowerCase();
        words.add(/[-\u2010]/.test(word) ? word.replace(/\u2010/g, '-') : `=${word}`);
      }
    }
  }
  return words;
}

/**
 * The usual distance between the baselines of two lines of one paragraph, in ems: the most
 * common one between consecutive lines of a column (paragraph breaks are rarer than lines).
 */
function usualLineSpacing(pages: readonly (readonly PdfLine[])[]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i - 1]!;
      const next = lines[i]!;
      if (line.region !== next.region || line.fontSize !== next.fontSize) continue;
      const ems = (next.y - line.y) / line.fontSize;
      if (!(ems > 0.5 && ems < 4)) continue;
      const bucket = Math.round(ems * 20) / 20;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
  }
  let best = 1.2;
  let bestCount = 0;
  for (const [bucket, count] of counts) {
    if (count > bestCount || (count === bestCount && bucket < best)) {
      best = bucket;
      bestCount = count;
    }
  }
  return best;
}
