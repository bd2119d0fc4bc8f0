// What the rest of the UI may ask of the rendered document: the analyst's current selection
// as a code-point range, the annotations under a click, revealing and selecting a span.

import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import { utf16, type CodePointRange } from '../../app/model/offsets.ts';
import { snapToWords } from '../../app/text/snap.ts';
import type { DocumentSession } from '../document/document-session.ts';
import type { DomOffsets } from './dom-offsets.ts';
import { HighlightPainter } from './highlight-painter.ts';

export class DocumentViewController {
  readonly painter: HighlightPainter;

  constructor(
    readonly session: DocumentSession,
    readonly offsets: DomOffsets,
    readonly scrollContainer: HTMLElement,
  ) {
    this.painter = new HighlightPainter(session, offsets, scrollContainer);
    this.painter.updateVisible();
  }

  private complete = false;
  private readonly waitingForComplete: (() => void)[] = [];

  dispose(): void {
    this.painter.dispose();
  }

  /** More paragraphs of the document are in the DOM. */
  appendParagraphs(elements: readonly HTMLElement[], done: boolean): void {
    this.offsets.append(elements);
    this.painter.paragraphsAdded();
    if (done) {
      this.complete = true;
      for (const resolve of this.waitingForComplete.splice(0)) resolve();
    }
  }

  /** Resolves once every paragraph is rendered. */
  whenComplete(): Promise<void> {
    return this.complete ? Promise.resolve() : new Promise((resolve) => this.waitingForComplete.push(resolve));
  }

  /** The selected text as a code-point range, trimmed and (optionally) snapped to words. */
  selectionRange(snap: boolean): CodePointRange | null {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = this.offsets.rangeOf(selection.getRangeAt(0));
    if (!range) return null;
    const snapped = snapToWords(this.session.text, range, { snap });
    if (!snapped) return null;
    const { index } = this.session;
    return { start: index.toCodePoint(snapped.start), end: index.toCodePoint(snapped.end) };
  }

  clearSelection(): void {
    window.getSelection()?.removeAllRanges();
  }

  /** Annotations under a viewport point, innermost first. */
  annotationsAtPoint(x: number, y: number): Annotation[] {
    const position = document.caretPositionFromPoint?.(x, y);
    if (!position) return [];
    const index = this.offsets.toIndex(position.offsetNode, position.offset);
    if (index === null) return [];
    const offset = this.session.index.toCodePoint(utf16(index));
    // A click lands between two characters; count the character to its right, unless the
    // click is at the very end of a span, where the left one is meant.
    const hits = this.session.annotationsAt(offset);
    return hits.length > 0 ? hits : offset > 0 ? this.session.annotationsAt(offset - 1).filter((a) => a.end === offset) : [];
  }

  select(id: AnnotationId | null): void {
    this.painter.select(id);
  }

  /** Scrolls an annotation into the middle of the view and flashes it. */
  reveal(annotation: Annotation): void {
    if (!this.complete) {
      void this.whenComplete().then(() => this.reveal(annotation));
      return;
    }
    const [first] = this.offsets.paragraphsOfSpan(annotation);
    this.offsets.paragraphElements[first!]?.scrollIntoView({ block: 'center' });
    // The range's own box is more precise than its paragraph's, once it is laid out.
    const range = this.offsets.spanRangeInParagraph(annotation, first!);
    const box = range?.getBoundingClientRect();
    const container = this.scrollContainer.getBoundingClientRect();
    if (box && box.height > 0) this.scrollContainer.scrollTop += box.top - container.top - container.height / 2 + box.height / 2;
    this.painter.flash(annotation);
  }
}
