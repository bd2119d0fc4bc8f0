// Settling what files of a merge say differently (a name, a colour, an entity's kind) by a fixed
// preference rather than by file order, so the merged file is the same whatever order its inputs
// come in.

/** The candidate whose key (compared element by element) is smallest. */
export function preferred<T>(
  candidates: readonly T[],
  key: (candidate: T) => (string | number)[],
): T {
  let best = candidates[0] as T;
  let bestKey = key(best);
  for (let i = 1; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const candidateKey = key(candidate);
    if (compareKeys(candidateKey, bestKey) < 0) [best, bestKey] = [candidate, candidateKey];
  }
  return best;
}

/** Keys element by element: numbers as numbers, strings in code-unit order. */
export function compareKeys(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}
