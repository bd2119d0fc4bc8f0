// Imported HTML is never rendered: we parse it with htmlparser2 (pure JS, no DOM) and keep only
// its text, so scripts, event handlers and remote resources in the file can do nothing. That is
// what makes importing a saved web page safe.

import { ElementType, parseDocument } from 'htmlparser2';
import type { DocumentMetadata } from '../../model/document-metadata.ts';
import { htmlMetadata } from './html-metadata.ts';

// The node types come from domhandler, which htmlparser2 uses but we do not depend on directly.
type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: unknown }>;
type HtmlTextNode = Extract<HtmlNode, { type: typeof ElementType.Text }>;

/** Elements whose content is not part of the article: code, styling, metadata, embedded media. */
const DROPPED = names(`script style template noscript head title svg math iframe object embed
  canvas video audio`);

/** Elements that start and end a paragraph (the HTML block and flow elements, plus br). */
const BLOCKS = names(`address article aside blockquote body br caption center dd details dialog
  dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html
  legend li main menu nav ol p pre section summary table tbody tfoot thead tr ul`);

/** Table cells sit side by side in a row: a space keeps their words apart. */
const CELLS = new Set(['td', 'th']);

/** HTML's own white space (not NBSP, which is content): collapsed outside pre. */
const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

export interface HtmlText {
  /** The <title>, else the first <h1>; null when neither has text. */
  title: string | null;
  /** One paragraph per line, joined by '\n', without empty lines. */
  text: string;
  /** What the page's head says about it (html-metadata.ts). */
  metadata: DocumentMetadata;
}

/** The readable text of an HTML document, one paragraph per line. */
export function htmlToText(html: string): HtmlText {
  const document = parseDocument(html);
  return {
    title: titleOf(document.children),
    text: textOf(document.children),
    metadata: htmlMetadata(document.children),
  };
}

function textOf(nodes: readonly HtmlNode[]): string {
  const paragraphs = new ParagraphCollector();
  collect(nodes, paragraphs);
  paragraphs.break();
  return paragraphs.lines.join('\n');
}

/** What is left to do: read a node (inside pre or not), or close an element read earlier. */
type CollectStep =
  { node: HtmlNode; inPre: boolean } | { closing: true; block: boolean; cell: boolean };

/**
 * Reads the nodes' text into paragraphs in document order. Iterative, with its own stack: a
 * hostile page nests thousands of elements (5,000 <div>s are 25 KB), which recursion would
 * answer with a stack overflow.
 */
function collect(nodes: readonly HtmlNode[], paragraphs: ParagraphCollector): void {
  const stack: CollectStep[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, inPre: false });
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('closing' in step) {
      if (step.cell) paragraphs.add(' ', false);
      if (step.block) paragraphs.break();
      continue;
    }
    const { node, inPre } = step;
    if (isTextNode(node)) {
      paragraphs.add(node.data, inPre);
      continue;
    }
    if (!isElement(node)) continue; // comments, CDATA, processing instructions, doctype
    const name = node.name.toLowerCase();
    if (DROPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    const cell = CELLS.has(name);
    if (block) paragraphs.break();
    if (cell) paragraphs.add(' ', false);
    stack.push({ closing: true, block, cell });
    const childrenInPre = inPre || name === 'pre';
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, inPre: childrenInPre });
  }
}

/** Builds paragraphs from text runs: collapses white space, and breaks lines at blocks. */
class ParagraphCollector {
  readonly lines: string[] = [];
  private current = '';
  /** Whether the current paragraph came from pre, whose leading indentation is kept. */
  private currentIsPre = false;

  add(data: string, inPre: boolean): void {
    if (!inPre) {
      this.current += data.replace(HTML_WHITESPACE, ' ');
      return;
    }
    const [first, ...rest] = data.split('\n');
    this.current += first;
    this.currentIsPre = true;
    for (const line of rest) {
      this.break();
      this.current = line;
      this.currentIsPre = true;
    }
  }

  break(): void {
    // Runs from neighbouring inline elements can each bring a space: collapse them once more.
    const line = this.currentIsPre
      ? this.current.trimEnd()
      : this.current.replace(/ {2,}/g, ' ').trim();
    if (line.trim() !== '') this.lines.push(line);
    this.current = '';
    this.currentIsPre = false;
  }
}

function titleOf(nodes: readonly HtmlNode[]): string | null {
  // An SVG's <title> is a tooltip, not the page's title; <head> is dropped from the text but
  // is exactly where <title> lives, so it is searched here.
  const title = findElement(nodes, 'title', new Set(['svg', 'math']));
  const fromTitle = title === null ? '' : oneLine(title.children);
  if (fromTitle !== '') return fromTitle;
  const heading = findElement(nodes, 'h1', DROPPED);
  const fromHeading = heading === null ? '' : oneLine(heading.children);
  return fromHeading === '' ? null : fromHeading;
}

/** The text of some nodes on one line (a heading may contain <br>). */
function oneLine(nodes: readonly HtmlNode[]): string {
  return textOf(nodes).replace(/\n/g, ' ');
}

/** The first element called `name` in document order, not looking inside `skipped` elements. */
function findElement(
  nodes: readonly HtmlNode[],
  name: string,
  skipped: ReadonlySet<string>,
): HtmlElement | null {
  // Iterative for the reason collect is.
  const stack: HtmlNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    const nodeName = node.name.toLowerCase();
    if (nodeName === name) return node;
    if (skipped.has(nodeName)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}

function names(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

function isTextNode(node: HtmlNode): node is HtmlTextNode {
  return node.type === ElementType.Text;
}
