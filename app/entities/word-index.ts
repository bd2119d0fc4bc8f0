// The words of every indexed label and which labels hold them, kept as a sorted array so that
// "every word starting with p" is one binary search and a contiguous run. MiniSearch was tried
// first; measured on the build machine under load, its radix-tree walk and per-result
// bookkeeping made the slowest keystroke of entity-search.timing.ts 23 ms (this: 4–13 ms) and a
// query that every one of 40,000 labels matches 300–800 ms (this: 60–130 ms).

import { prefixDistance } from './prefix-distance.ts';

/** One word's labels, with how well the word matched the typed one (1 = exactly). */
export type WordMatches = Map<number, number>;

export class WordIndex {
  /** Distinct words in code-unit order. */
  #sorted: string[] = [];
  readonly #labels = new Map<string, Set<number>>();

  /** Adds many (word, label) pairs with one sort, for building the index at once. */
  addAll(pairs: Iterable<readonly [string, number]>): void {
    let added = false;
    for (const [word, label] of pairs) {
      const labels = this.#labels.get(word);
      if (labels) labels.add(label);
      else {
        this.#labels.set(word, new Set([label]));
        this.#sorted.push(word);
        added = true;
      }
    }
    if (added) this.#sorted.sort();
  }

  add(word: string, label: number): void {
    const labels = this.#labels.get(word);
    if (labels) labels.add(label);
    else {
      this.#labels.set(word, new Set([label]));
      this.#sorted.splice(this.#lowerBound(word), 0, word);
    }
  }

  remove(word: string, label: number): void {
    const labels = this.#labels.get(word);
    if (!labels?.delete(label) || labels.size > 0) return;
    this.#labels.delete(word);
    this.#sorted.splice(this.#lowerBound(word), 1);
  }

  /**
   * Labels holding a word that starts with `typed` or is within `maxTypos` edits of a word that
   * does, each with the best quality found: 1 for the word itself, 0.6–0.9 for a prefix (closer
   * to the whole word is better), 0.5 − 0.15 × edits for a typo.
   */
  match(typed: string, maxTypos: number): WordMatches {
    const matches: WordMatches = new Map();
    const note = (word: string, quality: number) => {
      for (const label of this.#labels.get(word)!) {
        if ((matches.get(label) ?? 0) < quality) matches.set(label, quality);
      }
    };
    const start = this.#lowerBound(typed);
    let end = start;
    for (; end < this.#sorted.length && this.#sorted[end]!.startsWith(typed); end++) {
      const word = this.#sorted[end]!;
      note(word, word.length === typed.length ? 1 : 0.6 + (0.3 * typed.length) / word.length);
    }
    if (maxTypos > 0) {
      // Every word outside the prefix run: the run's words are already matched at ≥ 0.6.
      for (let i = 0; i < this.#sorted.length; i++) {
        if (i === start) i = end;
        if (i >= this.#sorted.length) break;
        const word = this.#sorted[i]!;
        const edits = prefixDistance(typed, word, maxTypos);
        if (edits !== Infinity) note(word, 0.5 - 0.15 * edits);
      }
    }
    return matches;
  }

  #lowerBound(word: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#sorted[middle]! < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
