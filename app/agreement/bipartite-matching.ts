// Maximum matching in a bipartite graph: Hopcroft and Karp (1973), O(E √V). Overlap F1 needs a
// one-to-one pairing of two annotators' spans that pairs as many as possible; a greedy pass can
// miss pairs when one span overlaps several (A1 overlaps B1 and B2, A2 overlaps only B1: greedy
// A1–B1 leaves A2 alone, the maximum pairs A1–B2 and A2–B1).

/** Edges from each left vertex in compressed rows: left u's neighbours are edges[starts[u] … starts[u + 1]). */
export interface BipartiteGraph {
  leftCount: number;
  rightCount: number;
  starts: Int32Array;
  edges: Int32Array;
}

const UNMATCHED = -1;
const UNREACHED = 0x7fffffff;

/** The size of a maximum matching of `graph`. */
export function maximumMatchingSize(graph: BipartiteGraph): number {
  const { leftCount, rightCount, starts, edges } = graph;
  const partnerOfLeft = new Int32Array(leftCount).fill(UNMATCHED);
  const partnerOfRight = new Int32Array(rightCount).fill(UNMATCHED);
  let size = 0;

  // A greedy start settles most vertices, so the phases below only repair the rest.
  for (let u = 0; u < leftCount; u++) {
    for (let e = starts[u]!; e < starts[u + 1]!; e++) {
      const v = edges[e]!;
      if (partnerOfRight[v] === UNMATCHED) {
        partnerOfRight[v] = u;
        partnerOfLeft[u] = v;
        size++;
        break;
      }
    }
  }

  // Usually the greedy pass is already perfect, and there is nothing to repair.
  if (size === Math.min(leftCount, rightCount)) return size;

  const layer = new Int32Array(leftCount);
  const queue = new Int32Array(leftCount);
  const cursor = new Int32Array(leftCount);
  const stack = new Int32Array(leftCount);

  // Breadth-first layering from the free left vertices; true when an augmenting path exists.
  const buildLayers = (): boolean => {
    let head = 0;
    let tail = 0;
    for (let u = 0; u < leftCount; u++) {
      if (partnerOfLeft[u] === UNMATCHED) {
        layer[u] = 0;
        queue[tail++] = u;
      } else layer[u] = UNREACHED;
    }
    let found = false;
    while (head < tail) {
      const u = queue[head++]!;
      for (let e = starts[u]!; e < starts[u + 1]!; e++) {
        const w = partnerOfRight[edges[e]!]!;
        if (w === UNMATCHED) found = true;
        else if (layer[w] === UNREACHED) {
          layer[w] = layer[u]! + 1;
          queue[tail++] = w;
        }
      }
    }
    return found;
  };

  // Depth-first search for one augmenting path from `root` along the layers, iterative so a
  // long alternating path cannot overflow the call stack. cursor[u] is u's next edge to try;
  // for every vertex below the top of the stack, the edge before its cursor leads to the
  // vertex above it.
  const augmentFrom = (root: number): boolean => {
    let depth = 0;
    stack[depth++] = root;
    while (depth > 0) {
      const u = stack[depth - 1]!;
      if (cursor[u] === starts[u + 1]) {
        layer[u] = UNREACHED; // a dead end for the rest of this phase
        depth--;
        continue;
      }
      const v = edges[cursor[u]!++]!;
      const w = partnerOfRight[v]!;
      if (w === UNMATCHED) {
        for (let i = depth - 1; i >= 0; i--) {
          const left = stack[i]!;
          const right = edges[cursor[left]! - 1]!;
          partnerOfLeft[left] = right;
          partnerOfRight[right] = left;
        }
        return true;
      }
      if (layer[w] === layer[u]! + 1) stack[depth++] = w;
    }
    return false;
  };

  while (buildLayers()) {
    cursor.set(starts.subarray(0, leftCount));
    for (let u = 0; u < leftCount; u++)
      if (partnerOfLeft[u] === UNMATCHED && augmentFrom(u)) size++;
  }
  return size;
}
