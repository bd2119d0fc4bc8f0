// How far a typed word is from the start of an indexed word, for typo-tolerant search as the
// analyst types: "pahsin" is 1 edit from "pashin…", the start of "pashinyan". Optimal string
// alignment distance (Levenshtein plus swapping two neighbours, the commonest typo, as one edit)
// between the typed word and the closest prefix of the other. The search calls this for every
// word of the index on every keystroke, so it stops as soon as the bound is exceeded and
// allocates nothing per call.

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The OSA distance from `typed` to the closest prefix of `word`, or Infinity when above `max`. */
export function prefixDistance(typed: string, word: string, max: number): number {
  const m = typed.length;
  if (m === 0) return 0;
  // A prefix longer than the typed word plus `max` only costs more deletions.
  const n = Math.min(word.length, m + max);
  if (rows[0]!.length <= n) rows = rows.map(() => new Int32Array(2 * n + 2));
  let [older, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) previous[j] = j;
  let previousMinimum = 0;
  let best = Infinity;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let minimum = i;
    const typedChar = typed.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const wordChar = word.charCodeAt(j - 1);
      const cost = typedChar === wordChar ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        typedChar === word.charCodeAt(j - 2) &&
        typed.charCodeAt(i - 2) === wordChar
      ) {
        distance = Math.min(distance, older[j - 2]! + 1);
      }
      current[j] = distance;
      if (distance < minimum) minimum = distance;
    }
    // Every cell of later rows comes from this row or the one before (a swap), plus ≥ 0.
    if (minimum > max && previousMinimum > max) return Infinity;
    previousMinimum = minimum;
    if (i === m) {
      for (let j = 0; j <= n; j++) if (current[j]! < best) best = current[j]!;
    }
    [older, previous, current] = [previous, current, older];
  }
  return best <= max ? best : Infinity;
}
