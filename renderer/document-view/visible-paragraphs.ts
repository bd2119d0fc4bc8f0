// Which paragraphs are within 600 px of the view, found by a binary search over their boxes on
// scroll, not an IntersectionObserver: observing 1,600 paragraphs cost ~3 ms of every frame
// (traced), the frame right after a keypress included, and IndexedDB's answer waits behind it.
// The document's painter and the review's painter both paint only what this reports.

export class VisibleParagraphs {
  private visible = new Set<number>();
  private frame = 0;
  private readonly schedule = () => {
    if (this.frame === 0)
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.update();
      });
  };

  constructor(
    private readonly scrollContainer: HTMLElement,
    /** The paragraphs rendered so far, in document order (the view appends in chunks). */
    private readonly paragraphElements: readonly HTMLElement[],
    private readonly onEnter: (paragraph: number) => void,
    private readonly onLeave: (paragraph: number) => void,
  ) {
    scrollContainer.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule);
  }

  has(paragraph: number): boolean {
    return this.visible.has(paragraph);
  }

  /** The paragraphs in view now. */
  [Symbol.iterator](): Iterator<number> {
    return this.visible[Symbol.iterator]();
  }

  /** Recomputes on the next frame (paragraphs were added, or the view moved). */
  updateSoon(): void {
    this.schedule();
  }

  /** Recomputes now: enters the paragraphs that came into view, leaves those that went. */
  update(): void {
    const box = this.scrollContainer.getBoundingClientRect();
    const elements = this.paragraphElements;
    let low = 0;
    let high = elements.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (elements[mid]!.getBoundingClientRect().bottom < box.top - 600) low = mid + 1;
      else high = mid;
    }
    const next = new Set<number>();
    for (let i = low; i < elements.length; i++) {
      if (elements[i]!.getBoundingClientRect().top > box.bottom + 600) break;
      next.add(i);
    }
    for (const paragraph of this.visible) if (!next.has(paragraph)) this.onLeave(paragraph);
    const entering = [...next].filter((paragraph) => !this.visible.has(paragraph));
    this.visible = next;
    for (const paragraph of entering) this.onEnter(paragraph);
  }

  dispose(): void {
    this.scrollContainer.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
  }
}
