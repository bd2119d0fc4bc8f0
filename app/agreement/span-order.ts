// One order for spans throughout agreement: by start, longer first (the order of every list in
// Marginalia, and of UIMA's annotation index, which INCEpTION's rules assume). The report sorts
// each annotator's spans once; every measure then checks, in one pass, instead of sorting again.

interface Positioned {
  start: number;
  end: number;
}

/** Start ascending, then end descending. */
export function byPosition(a: Positioned, b: Positioned): number {
  return a.start - b.start || b.end - a.end;
}

export function isInPositionOrder(spans: readonly Positioned[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byPosition(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

/** `spans` itself when already in position order, else a sorted copy (never sorts in place). */
export function inPositionOrder<T extends Positioned>(spans: readonly T[]): readonly T[] {
  return isInPositionOrder(spans) ? spans : [...spans].sort(byPosition);
}
