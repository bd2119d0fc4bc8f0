// Whole-word, case-sensitive occurrences of many phrases in long texts, for the missed-occurrence
// check. The phrases are cut into tokens and filed in a trie of tokens; each document is walked
// token by token once, and from each token the trie is followed as far as the next tokens allow.
// The work is the text's tokens times the depth matched there (a few tokens), however many
// phrases share a first word: filing phrases under their first word alone made every "the" of a
// 35 MB library compare itself with the thousands of tagged phrases that begin with "the".

import { utf16, type Utf16Index } from '../model/offsets.ts';

/** A word (letters, marks, digits) or one character that is neither a word nor a space. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export interface PhraseOccurrence {
  phrase: string;
  start: Utf16Index;
  end: Utf16Index;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Phrases whose tokens end here (they may differ in the spaces between the tokens). */
  phrases: string[] | null;
}

export class PhraseMatcher {
  private readonly root: TrieNode = { next: null, phrases: null };
  private count = 0;

  /**
   * Phrases are matched as given, spaces included; leading and trailing spaces never match
   * (a token begins and ends every occurrence), so pass phrases trimmed.
   */
  constructor(phrases: Iterable<string>) {
    for (const phrase of new Set(phrases)) {
      const tokens = phrase.match(TOKEN);
      if (tokens === null) continue;
      let node = this.root;
      for (const token of tokens) {
        node.next ??= new Map();
        let child = node.next.get(token);
        if (!child) node.next.set(token, (child = { next: null, phrases: null }));
        node = child;
      }
      (node.phrases ??= []).push(phrase);
      this.count++;
    }
  }

  /** How many phrases are looked for. */
  get size(): number {
    return this.count;
  }

  /** Every occurrence in `text`, in order of start; at one start, the shorter phrases first. */
  occurrencesIn(text: string): PhraseOccurrence[] {
    const found: PhraseOccurrence[] = [];
    if (this.count === 0) return found;
    const starts: number[] = [];
    const tokens: string[] = [];
    for (const match of text.matchAll(TOKEN)) {
      starts.push(match.index);
      tokens.push(match[0]);
    }
    for (let first = 0; first < tokens.length; first++) {
      let node = this.root.next!.get(tokens[first]!);
      for (let last = first; node !== undefined;) {
        if (node.phrases !== null) {
          const start = starts[first]!;
          const end = starts[last]! + tokens[last]!.length;
          for (const phrase of node.phrases)
            // The tokens agree; the spaces between them must too. A token ends at a word's end,
            // so the occurrence is whole-word at both ends.
            if (phrase.length === end - start && text.startsWith(phrase, start))
              found.push({ phrase, start: utf16(start), end: utf16(end) });
        }
        if (node.next === null || ++last >= tokens.length) break;
        node = node.next.get(tokens[last]!);
      }
    }
    return found;
  }
}
