// Maps between DOM positions in the rendered document and UTF-16 indices into its text. The
// view renders paragraph i of the ParagraphTable as the i-th child of the root, holding one
// text node (or a <br> when empty), so a DOM point is a paragraph plus an offset within it.

import {
  utf16,
  type CodePointOffset,
  type CodePointRange,
  type Utf16Index,
  type Utf16Range,
} from '../../app/model/offsets.ts';
import { utf16RangeToCodePoints } from '../../app/text/quote-selector.ts';
import { snapToWords } from '../../app/text/snap.ts';
import type { CodePointIndex } from '../../app/text/code-points.ts';
import type { ParagraphTable } from '../../app/text/paragraphs.ts';

export class DomOffsets {
  private readonly indexOfParagraph = new WeakMap<Element, number>();
  /** The paragraphs rendered so far: the view builds a long document in chunks. */
  readonly paragraphElements: HTMLElement[] = [];

  constructor(
    readonly root: HTMLElement,
    paragraphElements: readonly HTMLElement[],
    readonly paragraphs: ParagraphTable,
    /** The text's code-point index: annotations and groups are positioned in code points. */
    readonly index: CodePointIndex,
  ) {
    this.append(paragraphElements);
  }

  /** Registers the next rendered paragraphs, in document order. */
  append(elements: readonly HTMLElement[]): void {
    for (const element of elements) {
      this.indexOfParagraph.set(element, this.paragraphElements.length);
      this.paragraphElements.push(element);
    }
  }

  /** Position of a paragraph element in the document, or -1. */
  paragraphIndexOf(element: Element): number {
    return this.indexOfParagraph.get(element) ?? -1;
  }

  /** The text node holding paragraph i's text, or null for an empty paragraph. */
  textNodeOf(paragraph: number): Text | null {
    const element = this.paragraphElements[paragraph];
    const walker = element ? document.createTreeWalker(element, NodeFilter.SHOW_TEXT) : null;
    return (walker?.nextNode() as Text | null) ?? null;
  }

  /** The UTF-16 index of a DOM point inside the document, or null if it lies outside. */
  toIndex(node: Node, offset: number): Utf16Index | null {
    if (node === this.root) {
      if (offset >= this.paragraphElements.length)
        return utf16(this.paragraphs.endOf(this.paragraphElements.length - 1));
      return this.paragraphs.starts[offset] ?? null;
    }
    const paragraphElement = this.paragraphElementOf(node);
    if (!paragraphElement) return null;
    const paragraph = this.indexOfParagraph.get(paragraphElement)!;
    const start = this.paragraphs.starts[paragraph]!;
    if (node.nodeType === Node.TEXT_NODE)
      return utf16(start + Math.min(offset, (node as Text).length));
    // An element boundary: before all of the paragraph's content, or after some of it.
    // A paragraph holds a single text node, so any element offset past 0 is after all of it.
    return offset === 0 ? start : this.paragraphs.endOf(paragraph);
  }

  /** The document range a DOM range covers, or null if it is empty or outside the document. */
  rangeOf(range: Range): Utf16Range | null {
    if (!this.root.contains(range.commonAncestorContainer)) return null;
    const start = this.toIndex(range.startContainer, range.startOffset);
    const end = this.toIndex(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /** A DOM range over part of one paragraph, or null if the paragraph shows no text there. */
  domRangeInParagraph(paragraph: number, start: Utf16Index, end: Utf16Index): Range | null {
    const text = this.textNodeOf(paragraph);
    if (!text) return null;
    const base = this.paragraphs.starts[paragraph]!;
    const range = new Range();
    range.setStart(text, Math.max(0, start - base));
    range.setEnd(text, Math.min(text.length, end - base));
    return range;
  }

  /**
   * The window's selection as a code-point range of `text` (the text this view shows), trimmed
   * of spaces and, with `snap`, widened to whole words; null when nothing here is selected.
   */
  selectionRange(text: string, snap: boolean): CodePointRange | null {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = this.rangeOf(selection.getRangeAt(0));
    const snapped = range && snapToWords(text, range, { snap });
    return snapped ? utf16RangeToCodePoints(this.index, snapped) : null;
  }

  /** The caret offset, in code points, under a viewport point; null off the text. */
  codePointAtPoint(x: number, y: number): number | null {
    const position = document.caretPositionFromPoint?.(x, y);
    const index = position ? this.toIndex(position.offsetNode, position.offset) : null;
    return index === null ? null : this.index.toCodePoint(utf16(index));
  }

  /** Where paragraph i's text starts and ends, in code points (end-exclusive). */
  paragraphSpan(paragraph: number): { start: CodePointOffset; end: CodePointOffset } {
    return {
      start: this.index.toCodePoint(this.paragraphs.starts[paragraph]!),
      end: this.index.toCodePoint(this.paragraphs.endOf(paragraph)),
    };
  }

  /** The paragraphs a span (in code points) touches, first to last. */
  paragraphsOfSpan(span: { start: CodePointOffset; end: CodePointOffset }): number[] {
    const start = this.index.toUtf16(span.start);
    const first = this.paragraphs.paragraphAt(start);
    const last = this.paragraphs.paragraphAt(
      utf16(Math.max(start, this.index.toUtf16(span.end) - 1)),
    );
    const result: number[] = [];
    for (let i = first; i <= last; i++) result.push(i);
    return result;
  }

  /** A DOM range over the part of a span (in code points) inside one paragraph, or null. */
  spanRangeInParagraph(
    span: { start: CodePointOffset; end: CodePointOffset },
    paragraph: number,
  ): Range | null {
    const start = Math.max(this.index.toUtf16(span.start), this.paragraphs.starts[paragraph]!);
    const end = Math.min(this.index.toUtf16(span.end), this.paragraphs.endOf(paragraph));
    return start < end ? this.domRangeInParagraph(paragraph, utf16(start), utf16(end)) : null;
  }

  private paragraphElementOf(node: Node): HTMLElement | null {
    let current: Node | null = node;
    while (current && current !== this.root) {
      if (current instanceof HTMLElement && this.indexOfParagraph.has(current)) return current;
      current = current.parentNode;
    }
    return null;
  }
}
