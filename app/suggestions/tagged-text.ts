// Text the analyst tagged elsewhere, for suggestions (issue 10): the quotes of one annotator's
// annotations across the library, each with the label it was given, found again in a document.
// Names are what repeats ("Ilham Aliyev", "Nagorno-Karabakh", "Defence Ministry"), so a quote is
// matched exactly, case and all, as whole words; what depends on its sentence is left out (see
// isSuggestibleQuote). Offsets are code points, end-exclusive.

import type { EntityId, LabelId } from '../model/ids.ts';
import { ACTOR } from '../model/labels.ts';
import { codePoints, utf16, type CodePointOffset } from '../model/offsets.ts';
import { CodePointIndex } from '../text/code-points.ts';

export interface TaggedTextMatch {
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  label: LabelId;
  /** The entity every linked annotation of this quote (of this label) points to, when they agree. */
  entity?: EntityId;
}

/** Longer quotes are whole claims: their sentence, not their words, makes them one. */
export const LONGEST_TAGGED_QUOTE_WORDS = 8;
/** Shorter quotes ("he", "EU") match too much ordinary text. */
export const SHORTEST_TAGGED_QUOTE = 3;

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether a tagged quote is worth suggesting wherever it recurs: at least three characters, at
 * most eight words, on one line, starting and ending with a letter or digit, and holding a capital
 * letter or a digit. The last rule keeps names, places and dates and leaves out lowercase words
 * and phrases ("they", "the ministry", "officials said"), whose meaning depends on the sentence.
 */
export function isSuggestibleQuote(quote: string): boolean {
  if (quote.length < SHORTEST_TAGGED_QUOTE || quote.includes('\n')) return false;
  if (!WORD_CHARACTER.test(quote[0]!) || !WORD_CHARACTER.test(quote.at(-1)!)) return false;
  if (!/[\p{Lu}\p{N}]/u.test(quote)) return false;
  return (quote.match(WORD) ?? []).length <= LONGEST_TAGGED_QUOTE_WORDS;
}

interface TaggedQuote {
  quote: string;
  /** How many annotations of each label quote it. */
  labels: Map<LabelId, number>;
  /** How many of them link each entity. */
  entities: Map<EntityId, number>;
}

/** What a TaggedTextIndex counts: an annotation's label, quote and entity link. */
export interface TaggedAnnotation {
  label: LabelId;
  quote: string;
  entity?: EntityId | undefined;
}

/**
 * The suggestible quotes of a set of annotations, counted, so that an annotation added or deleted
 * moves one count: a quote stays suggested while any annotation still has it.
 */
export class TaggedTextIndex {
  private readonly quotes = new Map<string, TaggedQuote>();
  /** The shorter runs of whole words the quotes begin with ("Nikol" of "Nikol Pashinyan"), counted. */
  private readonly prefixes = new Map<string, number>();

  constructor(annotations: Iterable<TaggedAnnotation> = []) {
    for (const annotation of annotations) this.add(annotation);
  }

  get size(): number {
    return this.quotes.size;
  }

  /** Counts an annotation in; true when what its quote suggests changed. */
  add(annotation: TaggedAnnotation): boolean {
    return this.count(annotation, 1);
  }

  /** Counts an annotation out; true when what its quote suggests changed. */
  remove(annotation: TaggedAnnotation): boolean {
    return this.count(annotation, -1);
  }

  /** The label and entity a quote is suggested with; undefined when it is not suggested. */
  suggestionFor(quote: string): { label: LabelId; entity?: EntityId } | undefined {
    const tagged = this.quotes.get(quote);
    if (!tagged) return undefined;
    // The label it was given most often (the first such, in the order first seen).
    let label: LabelId | undefined;
    let most = 0;
    for (const [candidate, count] of tagged.labels)
      if (count > most) [label, most] = [candidate, count];
    if (label === undefined) return undefined;
    const entities = [...tagged.entities.keys()];
    return label === ACTOR && entities.length === 1 ? { label, entity: entities[0]! } : { label };
  }

  /**
   * Where the quotes recur in `text`, in order, as whole words, the longest where several start
   * at one place, none overlapping another; offsets counted from `offset`.
   */
  find(text: string, offset: CodePointOffset = codePoints(0)): TaggedTextMatch[] {
    if (this.quotes.size === 0) return [];
    // From each word, runs of whole words are extended while some quote begins with them: one
    // or two lookups per word, however many quotes there are.
    const words = [...text.matchAll(WORD)].map(
      (word) => [word.index, word.index + word[0].length] as const,
    );
    const index = new CodePointIndex(text);
    const matches: TaggedTextMatch[] = [];
    for (let first = 0; first < words.length; first++) {
      const from = words[first]![0];
      let longest = -1;
      for (let last = first; last < words.length; last++) {
        const run = text.slice(from, words[last]![1]);
        if (this.quotes.has(run)) longest = last;
        if (!this.prefixes.has(run)) break;
      }
      if (longest < 0) continue;
      const quote = text.slice(from, words[longest]![1]);
      matches.push({
        start: codePoints(offset + index.toCodePoint(utf16(from))),
        end: codePoints(offset + index.toCodePoint(utf16(words[longest]![1]))),
        quote,
        ...this.suggestionFor(quote)!,
      });
      // None overlapping another: the search goes on after it.
      first = longest;
    }
    return matches;
  }

  private count({ label, quote, entity }: TaggedAnnotation, delta: 1 | -1): boolean {
    if (!isSuggestibleQuote(quote)) return false;
    const before = this.suggestionFor(quote);
    let tagged = this.quotes.get(quote);
    if (!tagged) {
      if (delta < 0) return false;
      this.quotes.set(quote, (tagged = { quote, labels: new Map(), entities: new Map() }));
      for (const prefix of prefixesOf(quote)) bump(this.prefixes, prefix, 1);
    }
    bump(tagged.labels, label, delta);
    if (entity !== undefined) bump(tagged.entities, entity, delta);
    if (tagged.labels.size === 0) {
      this.quotes.delete(quote);
      for (const prefix of prefixesOf(quote)) bump(this.prefixes, prefix, -1);
    }
    const after = this.suggestionFor(quote);
    return before?.label !== after?.label || before?.entity !== after?.entity;
  }
}

/** "Nikol Vovayi Pashinyan" → "Nikol", "Nikol Vovayi". */
function prefixesOf(quote: string): string[] {
  return [...quote.matchAll(WORD)]
    .slice(0, -1)
    .map((word) => quote.slice(0, word.index + word[0].length));
}

function bump<K>(counts: Map<K, number>, key: K, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}
