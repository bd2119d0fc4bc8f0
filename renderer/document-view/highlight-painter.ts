// Paints annotations with the CSS Custom Highlight API, registering ranges only for paragraphs
// near the viewport. docs/design-measurements.md: Lexical MarkNodes cost 1.7 s for 10k spans and grow the
// DOM tenfold; registering every range makes each later change repaint all of them; near-
// viewport registration keeps adding a span to about one frame. Ranges are per paragraph, so a
// paragraph that scrolls away takes its ranges with it, and nothing is indexed up front: a
// paragraph asks the session for the spans overlapping it when it comes into view (see
// visible-paragraphs.ts for how "in view" is found).

import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';
import { isAnnotationChange, type Change } from '../changes/change.ts';
import { HIGHLIGHT_DEPTHS, highlightKeyOf, onStyledLabelsChange } from '../labels/label-style.ts';
import type { DocumentSession } from '../document/document-session.ts';
import type { DomOffsets } from './dom-offsets.ts';
import { ParagraphHighlights } from './paragraph-highlights.ts';
import { VisibleParagraphs } from './visible-paragraphs.ts';

/** Same-label spans nested deeper than this share the deepest style. */
export const MAX_NESTING_STYLES = HIGHLIGHT_DEPTHS;
const KNOWN_LABELS = new Set(['claim', 'actor', 'date']);

/**
 * The highlight an annotation of `label` is drawn in at a nesting depth: the built-ins' and the
 * library's own labels each have theirs (renderer/labels/label-style.ts writes their colours),
 * a label nobody defined is drawn in the neutral `other`.
 */
export function highlightName(label: string, depth: number): string {
  return `mg-${highlightKeyOf(label)}-${Math.min(depth, MAX_NESTING_STYLES - 1)}`;
}

const SELECTED = 'mg-selected';
const FLASH = 'mg-flash';

export class HighlightPainter {
  private readonly highlights: ParagraphHighlights;
  private readonly visible: VisibleParagraphs;
  private readonly unsubscribe: () => void;
  private selectedId: AnnotationId | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly session: DocumentSession,
    private readonly offsets: DomOffsets,
    scrollContainer: HTMLElement,
  ) {
    const names = [SELECTED, FLASH];
    for (const label of [...KNOWN_LABELS, 'other'])
      for (let depth = 0; depth < MAX_NESTING_STYLES; depth++)
        names.push(highlightName(label, depth));
    // Selection and flash are drawn over the label colours.
    this.highlights = new ParagraphHighlights(
      names.map((name) => [name, name === SELECTED ? 10 : name === FLASH ? 20 : 0] as const),
    );
    this.visible = new VisibleParagraphs(
      scrollContainer,
      offsets.paragraphElements,
      (paragraph) => this.paint(paragraph),
      (paragraph) => this.highlights.clear(paragraph),
    );
    const unsubscribeChanges = session.subscribeChanges((changes) => this.onChanges(changes));
    // A label added or imported while the document is open gets its own colour at once.
    const unsubscribeLabels = onStyledLabelsChange(() => {
      for (const paragraph of this.visible) this.paint(paragraph);
    });
    this.unsubscribe = () => {
      unsubscribeChanges();
      unsubscribeLabels();
    };
  }

  /** Paragraphs were appended (the document view adds them in chunks): some may be in view. */
  paragraphsAdded(): void {
    this.visible.updateSoon();
  }

  dispose(): void {
    this.visible.dispose();
    this.unsubscribe();
    clearTimeout(this.flashTimer);
    this.highlights.dispose();
  }

  /** Paints the paragraphs in view now (the first screen, before the first frame). */
  updateVisible(): void {
    this.visible.update();
  }

  select(id: AnnotationId | null): void {
    const previous = this.selectedId ? this.session.get(this.selectedId) : undefined;
    this.selectedId = id;
    if (previous) this.repaintSpan(previous);
    const next = id ? this.session.get(id) : undefined;
    if (next) this.repaintSpan(next);
  }

  /** Briefly marks an annotation (or any span) so the eye finds it after a jump. */
  flash(annotation: CodePointRange): void {
    const highlight = this.highlights.get(FLASH);
    highlight.clear();
    for (const paragraph of this.paragraphsOf(annotation)) {
      const range = this.rangeFor(annotation, paragraph);
      if (range) highlight.add(range);
    }
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => highlight.clear(), 900);
  }

  /** The paragraphs an annotation touches, first to last. */
  paragraphsOf(annotation: Pick<Annotation, 'start' | 'end'>): number[] {
    return this.offsets.paragraphsOfSpan(annotation);
  }

  private onChanges(changes: readonly Change[]): void {
    const touched = new Set<number>();
    for (const change of changes) {
      if (!isAnnotationChange(change)) continue;
      const { before, after } = change;
      if (before) for (const paragraph of this.paragraphsOf(before)) touched.add(paragraph);
      if (after) for (const paragraph of this.paragraphsOf(after)) touched.add(paragraph);
    }
    for (const paragraph of touched) if (this.visible.has(paragraph)) this.paint(paragraph);
  }

  private repaintSpan(annotation: Annotation): void {
    for (const paragraph of this.paragraphsOf(annotation))
      if (this.visible.has(paragraph)) this.paint(paragraph);
  }

  private rangeFor(annotation: CodePointRange, paragraph: number): Range | null {
    return this.offsets.spanRangeInParagraph(annotation, paragraph);
  }

  private paint(paragraph: number): void {
    this.highlights.clear(paragraph);
    const { start, end } = this.offsets.paragraphSpan(paragraph);
    // Nesting depth per label: how many same-label spans are still open where this one starts.
    const openEnds = new Map<string, number[]>();
    for (const annotation of this.session.annotationsOverlapping(start, Math.max(end, start + 1))) {
      const ends = (openEnds.get(annotation.label) ?? []).filter(
        (openEnd) => openEnd > annotation.start,
      );
      const depth = ends.length;
      ends.push(annotation.end);
      openEnds.set(annotation.label, ends);
      const range = this.rangeFor(annotation, paragraph);
      if (!range) continue;
      this.highlights.add(paragraph, highlightName(annotation.label, depth), range);
      if (annotation.id === this.selectedId)
        this.highlights.add(paragraph, SELECTED, range.cloneRange());
    }
  }
}
