// The few words either side of a hit that let an analyst judge it without opening the document:
// cut at a line break (a hit's context stays in its paragraph) and at a word boundary, with an
// ellipsis where the text goes on. Never splits an astral character.

const REACH = 60;

export interface HitContext {
  before: string;
  match: string;
  after: string;
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** The context of the hit at UTF-16 [from, to) of `text`. */
export function hitContext(text: string, from: number, to: number): HitContext {
  let start = Math.max(0, from - REACH);
  if (isLowSurrogate(text, start)) start--;
  let before = text.slice(start, from);
  const lineBefore = before.lastIndexOf('\n');
  if (lineBefore >= 0) before = before.slice(lineBefore + 1);
  else if (start > 0) before = `…${before.replace(/^\S*\s/u, '')}`;
  let end = Math.min(text.length, to + REACH);
  if (isLowSurrogate(text, end)) end++;
  let after = text.slice(to, end);
  const lineAfter = after.indexOf('\n');
  if (lineAfter >= 0) after = after.slice(0, lineAfter);
  else if (end < text.length) after = `${after.replace(/\s\S*$/u, '')}…`;
  return { before, match: text.slice(from, to), after };
}
