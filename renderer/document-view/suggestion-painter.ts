// Paints the open document's suggestions (issue 10) with the CSS Custom Highlight API, apart from
// the annotations' highlights and never like them: a wavy underline in the label's colour and no
// fill (styles in renderer/suggestions/suggestions.css), the current one of the keyboard walk
// tinted. Like the annotations' painter, only paragraphs near the viewport hold ranges.

import type { LabelId } from '../../app/model/ids.ts';
import type { CodePointRange } from '../../app/model/offsets.ts';
import type { DomOffsets } from './dom-offsets.ts';
import { ParagraphHighlights } from './paragraph-highlights.ts';
import { VisibleParagraphs } from './visible-paragraphs.ts';

/** What the painter asks of the suggestions it paints. */
export interface PaintedSuggestions {
  visibleIn(paragraph: number): readonly (CodePointRange & { key: string; label: LabelId })[];
  readonly currentKeyNow: string | null;
  onParagraphs(listener: (paragraphs: readonly number[]) => void): () => void;
}

const LABELS = new Set(['claim', 'actor', 'date']);
const CURRENT = 'mg-suggestion-current';

export function suggestionHighlightName(label: string): string {
  return `mg-suggestion-${LABELS.has(label) ? label : 'other'}`;
}

export class SuggestionPainter {
  private readonly highlights: ParagraphHighlights;
  private readonly visible: VisibleParagraphs;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly suggestions: PaintedSuggestions,
    private readonly offsets: DomOffsets,
    scrollContainer: HTMLElement,
  ) {
    const names = [...LABELS, 'other'].map((label) => [suggestionHighlightName(label), 1] as const);
    // Under the annotations' selection (10) and flash (20), over their label fills (0).
    this.highlights = new ParagraphHighlights([...names, [CURRENT, 5]]);
    this.visible = new VisibleParagraphs(
      scrollContainer,
      offsets.paragraphElements,
      (paragraph) => this.paint(paragraph),
      (paragraph) => this.highlights.clear(paragraph),
    );
    this.unsubscribe = suggestions.onParagraphs((paragraphs) => {
      for (const paragraph of paragraphs) if (this.visible.has(paragraph)) this.paint(paragraph);
    });
    this.visible.update();
  }

  /** Paragraphs were added to the view (a long document renders in chunks). */
  paragraphsAdded(): void {
    this.visible.updateSoon();
  }

  dispose(): void {
    this.visible.dispose();
    this.unsubscribe();
    this.highlights.dispose();
  }

  private paint(paragraph: number): void {
    this.highlights.clear(paragraph);
    const current = this.suggestions.currentKeyNow;
    for (const suggestion of this.suggestions.visibleIn(paragraph)) {
      const range = this.offsets.spanRangeInParagraph(suggestion, paragraph);
      if (!range) continue;
      this.highlights.add(paragraph, suggestionHighlightName(suggestion.label), range);
      if (suggestion.key === current) this.highlights.add(paragraph, CURRENT, range.cloneRange());
    }
  }
}
