// Paints a review's span groups with the CSS Custom Highlight API, as HighlightPainter paints
// annotations and for the same reasons (docs/design-measurements.md): ranges only for paragraphs within
// 600 px of the view, found by binary search over their boxes on scroll, repainted per
// paragraph. Each group is painted over its extent in the style of its kind, faded once
// resolved; the current group is drawn over all of them.

import type { SpanGroupKind } from '../../app/model/review.ts';
import type { SpanGroupId } from '../../app/model/ids.ts';
import type { SpanGroup } from '../../app/reconcile/compare-layers.ts';
import type { DomOffsets } from '../document-view/dom-offsets.ts';
import { ParagraphHighlights } from '../document-view/paragraph-highlights.ts';
import { VisibleParagraphs } from '../document-view/visible-paragraphs.ts';
import type { ReviewSession } from './review-session.ts';

/** The highlight of an open group of this kind; `partial` looks like `single` (neither conflicts). */
export function reviewHighlightName(kind: SpanGroupKind): string {
  return `mg-review-${kind === 'partial' ? 'single' : kind}`;
}

export const RESOLVED_HIGHLIGHT = 'mg-review-resolved';
/** A decided group whose links, entity or value the annotators disagree on. */
export const ENRICHMENT_HIGHLIGHT = 'mg-review-enrichment';
export const CURRENT_HIGHLIGHT = 'mg-review-current';
const NAMES = [
  ...(['agreed', 'label', 'boundary', 'single'] as const).map(reviewHighlightName),
  RESOLVED_HIGHLIGHT,
  ENRICHMENT_HIGHLIGHT,
  CURRENT_HIGHLIGHT,
];

export class ReviewPainter {
  private readonly highlights: ParagraphHighlights;
  private readonly visible: VisibleParagraphs;
  private currentId: SpanGroupId | null = null;

  constructor(
    private readonly session: ReviewSession,
    private readonly offsets: DomOffsets,
    scrollContainer: HTMLElement,
  ) {
    // Conflicts over agreement, and the current group over everything.
    this.highlights = new ParagraphHighlights(
      NAMES.map(
        (name) =>
          [
            name,
            name === CURRENT_HIGHLIGHT
              ? 10
              : name === RESOLVED_HIGHLIGHT || name.endsWith('agreed')
                ? 0
                : 1,
          ] as const,
      ),
    );
    this.visible = new VisibleParagraphs(
      scrollContainer,
      offsets.paragraphElements,
      (paragraph) => this.paint(paragraph),
      (paragraph) => this.highlights.clear(paragraph),
    );
  }

  dispose(): void {
    this.visible.dispose();
    this.highlights.dispose();
  }

  /** Paragraphs were appended (the view adds them in chunks): some may be in view. */
  paragraphsAdded(): void {
    this.visible.updateSoon();
  }

  /** Groups or statuses changed: repaint what is in view. */
  refresh(): void {
    for (const paragraph of this.visible) this.paint(paragraph);
    this.visible.updateSoon();
  }

  setCurrent(id: SpanGroupId | null): void {
    if (id === this.currentId) return;
    const before = this.session.group(this.currentId);
    this.currentId = id;
    const after = this.session.group(id);
    const touched = new Set([
      ...(before ? this.paragraphsOf(before) : []),
      ...(after ? this.paragraphsOf(after) : []),
    ]);
    for (const paragraph of touched) if (this.visible.has(paragraph)) this.paint(paragraph);
  }

  /** Paints the paragraphs in view now (the first screen, before the first frame). */
  updateVisible(): void {
    this.visible.update();
  }

  /** The paragraphs a span touches, first to last. */
  paragraphsOf(span: Pick<SpanGroup, 'start' | 'end'>): number[] {
    return this.offsets.paragraphsOfSpan(span);
  }

  /** A DOM range over the part of a span inside one paragraph. */
  rangeFor(span: Pick<SpanGroup, 'start' | 'end'>, paragraph: number): Range | null {
    return this.offsets.spanRangeInParagraph(span, paragraph);
  }

  private paint(paragraph: number): void {
    this.highlights.clear(paragraph);
    if (paragraph >= this.offsets.paragraphElements.length) return;
    const { start, end } = this.offsets.paragraphSpan(paragraph);
    for (const group of this.session.groupsOverlapping(start, Math.max(end, start + 1))) {
      const range = this.rangeFor(group, paragraph);
      if (!range) continue;
      const name =
        this.session.statusOf(group) === 'open'
          ? reviewHighlightName(group.kind)
          : this.session.hasOpenEnrichment(group)
            ? ENRICHMENT_HIGHLIGHT
            : RESOLVED_HIGHLIGHT;
      this.highlights.add(paragraph, name, range);
      if (group.id === this.currentId)
        this.highlights.add(paragraph, CURRENT_HIGHLIGHT, range.cloneRange());
    }
  }
}
