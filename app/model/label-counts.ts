// Counts per label id, as a document's library row keeps them. Label ids come from datasets and
// from the analyst (issue 11), so one may be `constructor`, `toString` or `__proto__`: on a
// plain object, reading such a key finds the prototype's property and assigning `__proto__`
// replaces the prototype, which corrupted their counts. Every read and write goes through here.

export type LabelCounts = Record<string, number>;

/** The count of `label`; 0 when it has none (whatever the object's prototype holds). */
export function countOfLabel(counts: Readonly<LabelCounts>, label: string): number {
  return Object.hasOwn(counts, label) ? counts[label]! : 0;
}

/** Sets the count of `label` as an own property (never the prototype), at least 0. */
export function setCount(counts: LabelCounts, label: string, count: number): void {
  Object.defineProperty(counts, label, {
    value: Math.max(0, count),
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** Adds `delta` to the count of `label`, never below 0. */
export function addToCount(counts: LabelCounts, label: string, delta: number): void {
  setCount(counts, label, countOfLabel(counts, label) + delta);
}
