// mammoth turns a Word document into HTML made for a web page; two of its habits do not suit a
// text to annotate, so they are mended in the HTML before htmlToText reads it:
// - a note ends with a back-link "↑" to its reference: dropped, and the note starts with the
//   number its reference shows in the text ("[1] The ministry said…");
// - a table cell holds its paragraphs as <p>, which would put every cell on its own line: a
//   cell's paragraphs are joined by a space, so that a table row reads as one paragraph;
// and the document's first heading is found on the way, for the title.

import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

/** The prefix convertDocx gives mammoth for the ids it writes, so that notes are found by id. */
export const MAMMOTH_ID_PREFIX = 'marginalia-';

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: unknown }>;

const NOTE_ID = new RegExp(`^${MAMMOTH_ID_PREFIX}(?:footnote|endnote)-`);
const NOTE_BACK_LINK = new RegExp(`^#${MAMMOTH_ID_PREFIX}(?:footnote|endnote)-ref-`);
/** A note reference in the text (`<a id="…footnote-ref-1">[1]</a>`). */
const NOTE_REFERENCE = new RegExp(`^${MAMMOTH_ID_PREFIX}(?:footnote|endnote)-ref-`);
const HEADING = /^h[1-6]$/;

export interface TidiedHtml {
  html: string;
  /** The first heading's text (any level, in document order) on one line, or null. */
  firstHeading: string | null;
}

/** mammoth's HTML with its notes and table cells mended for reading as text. */
export function tidyMammothHtml(html: string): TidiedHtml {
  const document = parseDocument(html);
  const heading = DomUtils.findOne((element) => HEADING.test(element.name), document.children);
  const firstHeading = heading === null ? null : oneLine(headingText(heading.children));
  numberNotes(document.children);
  for (const cell of DomUtils.findAll(isCell, document.children)) flattenCell(cell);
  return { html: DomUtils.getOuterHTML(document.children), firstHeading };
}

/** A heading's text without its note references: a title does not end in "[1]". */
function headingText(nodes: HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === ElementType.Text) return (node as { data: string }).data;
      if (!isElement(node) || NOTE_REFERENCE.test(node.attribs.id ?? '')) return '';
      return headingText(node.children);
    })
    .join('');
}

function numberNotes(nodes: HtmlNode[]): void {
  // mammoth lists the notes in the order their references appear and numbers the references
  // [1], [2]… in that same order, footnotes and endnotes alike.
  const notes = DomUtils.findAll(
    (element) => element.name === 'li' && NOTE_ID.test(element.attribs.id ?? ''),
    nodes,
  );
  notes.forEach((note, index) => {
    const backLinks = DomUtils.findAll(
      (element) => element.name === 'a' && NOTE_BACK_LINK.test(element.attribs.href ?? ''),
      note.children,
    );
    for (const backLink of backLinks) DomUtils.removeElement(backLink);
    const firstText = DomUtils.findOne(
      (element) => element.children.some(isNonBlankText),
      note.children,
    );
    const target = firstText ?? note;
    DomUtils.prependChild(target, textNode(`[${index + 1}] `));
  });
}

/** A cell's paragraphs, lists and line breaks become one line of text, words kept apart. */
function flattenCell(cell: HtmlElement): void {
  // A table nested in the cell joins the row too (findAll lists outer cells first; flattening
  // one detaches its inner cells, which are then flattened harmlessly off the tree).
  const parts: string[] = [];
  collectText(cell.children, parts);
  const text = oneLine(parts.join(' '));
  for (const child of [...cell.children]) DomUtils.removeElement(child);
  if (text !== null) DomUtils.appendChild(cell, textNode(text));
}

function collectText(nodes: HtmlNode[], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === ElementType.Text) parts.push((node as { data: string }).data);
    else if (isElement(node)) {
      // Inline runs join without a space ("Ar<b>men</b>ia"); blocks and <br> are separated.
      const block = !INLINE.has(node.name);
      if (block) parts.push(' ');
      collectText(node.children, parts);
      if (block) parts.push(' ');
    }
  }
}

/** The inline elements mammoth writes inside a paragraph. */
const INLINE = new Set(['a', 'b', 'strong', 'i', 'em', 'u', 's', 'sup', 'sub', 'span', 'img']);

function oneLine(text: string): string | null {
  const line = text.replace(/[ \t\n\f\r]+/g, ' ').trim();
  return line === '' ? null : line;
}

function isCell(element: HtmlElement): boolean {
  return element.name === 'td' || element.name === 'th';
}

function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

function isNonBlankText(node: HtmlNode): boolean {
  return node.type === ElementType.Text && (node as { data: string }).data.trim() !== '';
}

/**
 * A text node holding `data`. htmlparser2 does not export domhandler's Text class (and we do
 * not depend on domhandler directly), so the node is parsed from escaped text.
 */
function textNode(data: string): HtmlNode {
  const escaped = data.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const node = parseDocument(escaped).children[0];
  if (node === undefined) throw new Error('a text node cannot be empty');
  DomUtils.removeElement(node);
  return node;
}
