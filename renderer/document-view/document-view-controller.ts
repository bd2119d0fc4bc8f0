// What the rest of the UI may ask of the rendered document: the analyst's current selection
// as a code-point range, the annotations under a click, revealing and selecting a span.

import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';
import { spansClickedAt } from '../../app/model/spans-overlapping.ts';
import type { DocumentSession } from '../document/document-session.ts';
import type { DomOffsets } from './dom-offsets.ts';
import { ConnectorLayer } from './connector-layer.ts';
import { HighlightPainter } from './highlight-painter.ts';

export class DocumentViewController {
  readonly painter: HighlightPainter;
  readonly connectors: ConnectorLayer;

  constructor(
    readonly session: DocumentSession,
    readonly offsets: DomOffsets,
    readonly scrollContainer: HTMLElement,
  ) {
    this.painter = new HighlightPainter(session, offsets, scrollContainer);
    this.painter.updateVisible();
    this.connectors = new ConnectorLayer(session, offsets, scrollContainer);
  }

  private complete = false;
  private readonly waitingForComplete: (() => void)[] = [];

  dispose(): void {
    this.painter.dispose();
    this.connectors.dispose();
  }

  /** More paragraphs of the document are in the DOM. */
  appendParagraphs(elements: readonly HTMLElement[], done: boolean): void {
    this.offsets.append(elements);
    this.painter.paragraphsAdded();
    if (done) {
      // Links to spans of paragraphs not rendered before can be drawn now.
      this.connectors.draw();
      this.complete = true;
      for (const resolve of this.waitingForComplete.splice(0)) resolve();
    }
  }

  /** Resolves once every paragraph is rendered. */
  whenComplete(): Promise<void> {
    return this.complete
      ? Promise.resolve()
      : new Promise((resolve) => this.waitingForComplete.push(resolve));
  }

  /** The selected text as a code-point range, trimmed and (optionally) snapped to words. */
  selectionRange(snap: boolean): CodePointRange | null {
    return this.offsets.selectionRange(this.session.text, snap);
  }

  clearSelection(): void {
    window.getSelection()?.removeAllRanges();
  }

  /** Annotations under a viewport point, innermost first. */
  annotationsAtPoint(x: number, y: number): Annotation[] {
    const offset = this.offsets.codePointAtPoint(x, y);
    return offset === null ? [] : spansClickedAt(offset, (at) => this.session.annotationsAt(at));
  }

  select(id: AnnotationId | null): void {
    this.painter.select(id);
    this.connectors.show(id);
  }

  /** Scrolls an annotation (or any span) into the middle of the view and flashes it. */
  reveal(annotation: CodePointRange): void {
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
    if (box && box.height > 0)
      this.scrollContainer.scrollTop +=
        box.top - container.top - container.height / 2 + box.height / 2;
    this.painter.flash(annotation);
  }
}
