// The named CSS highlights a painter registers, and the ranges it has added to them paragraph
// by paragraph, so one paragraph can be repainted, or dropped when it scrolls away, without
// touching the others. Shared by the document's painter and the review's.

export class ParagraphHighlights {
  private readonly highlights = new Map<string, Highlight>();
  private readonly painted = new Map<number, { name: string; range: Range }[]>();

  /** Registers a highlight per name, drawn in order of priority (higher over lower). */
  constructor(priorities: Iterable<readonly [name: string, priority: number]>) {
    for (const [name, priority] of priorities) {
      const highlight = new Highlight();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
  }

  /**
   * The highlight registered under `name` (for ranges that belong to no paragraph). A name not
   * registered up front (an analyst's label, issue 11) is registered on first use, under the rest.
   */
  get(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (highlight === undefined) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  add(paragraph: number, name: string, range: Range): void {
    this.get(name).add(range);
    let ranges = this.painted.get(paragraph);
    if (ranges === undefined) this.painted.set(paragraph, (ranges = []));
    ranges.push({ name, range });
  }

  /** Takes out every range added for `paragraph`. */
  clear(paragraph: number): void {
    for (const { name, range } of this.painted.get(paragraph) ?? []) this.get(name).delete(range);
    this.painted.delete(paragraph);
  }

  dispose(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
  }
}
