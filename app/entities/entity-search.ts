// The Entity field's search: the analyst types part of a name, an alias or a misspelling and
// sees the library's entities, best first. Kept in memory and updated entity by entity, so
// editing one entity does not rebuild the index of ten thousand.
//
// Every name and every alias is a "label", its text folded by accentFreeKey (so "aliyev" finds
// "Əliyev" and "ilham" finds "İlham") and split into words; a word joined by an apostrophe or a
// hyphen is also indexed whole ("nagorno-karabakh" as "nagornokarabakh"). Every word of the
// query must match a word of the label (AND), as a prefix or with small typos: none for words
// under 4 letters, 1 edit up to 6 letters, 2 beyond. Typed words are prefixes, so a typo is
// measured against the closest start of a word, and one edit of a 3-letter start ("jan") reaches
// a large share of any list of names: measured, it made those keystrokes 5× slower and filled
// the list with noise, hence no typos before the fourth letter.
//
// Ranking: the query equal to a label by nameKey first, then equal but for accents, then by
// score (how well each query word matched, with a bonus when the label starts with the query and
// when the query covers more of the label); ties go to names before aliases, then text order.
// Each entity appears once, with its best-matching label.

import type { Entity } from '../model/entity.ts';
import type { EntityId } from '../model/ids.ts';
import { compareStrings } from '../model/compare-strings.ts';
import { accentFreeKey, nameKey } from './entity-names.ts';
import { WordIndex, type WordMatches } from './word-index.ts';

/** One entity found: the spelling of it that matched the query best. */
export interface EntityHit {
  entityId: EntityId;
  /** The name or alias that matched, as written. */
  matched: string;
  field: 'name' | 'alias';
  /** Higher is better; comparable only within one search. */
  score: number;
  /** The query is this label up to case and whitespace (`name-key`) or also accents (`accents`). */
  exact: 'name-key' | 'accents' | false;
}

interface Label {
  entityId: EntityId;
  text: string;
  field: 'name' | 'alias';
  folded: string;
  nameKey: string;
  words: string[];
  /** Words as written in the label, without the joined forms: the coverage bonus counts these. */
  wordCount: number;
}

/** An incremental index of entities' names and aliases; see the module comment for the rules. */
export class EntitySearch {
  readonly #words = new WordIndex();
  /** By label id; a removed label leaves a hole (ids are never reused, so none is ever stale). */
  readonly #labels: (Label | undefined)[] = [];
  readonly #labelsOf = new Map<EntityId, number[]>();

  constructor(entities: Iterable<Entity> = []) {
    const pairs: [string, number][] = [];
    for (const entity of entities) {
      for (const id of this.#register(entity)) {
        for (const word of this.#labels[id]!.words) pairs.push([word, id]);
      }
    }
    this.#words.addAll(pairs);
  }

  /** How many entities are indexed. */
  get size(): number {
    return this.#labelsOf.size;
  }

  has(id: EntityId): boolean {
    return this.#labelsOf.has(id);
  }

  /** Indexes a new entity; an id already indexed is a caller's bug (use replace). */
  add(entity: Entity): void {
    for (const id of this.#register(entity)) {
      for (const word of this.#labels[id]!.words) this.#words.add(word, id);
    }
  }

  /** Drops an entity from the index; false when it was not there. */
  remove(id: EntityId): boolean {
    const labelIds = this.#labelsOf.get(id);
    if (labelIds === undefined) return false;
    for (const labelId of labelIds) {
      for (const word of this.#labels[labelId]!.words) this.#words.remove(word, labelId);
      this.#labels[labelId] = undefined;
    }
    this.#labelsOf.delete(id);
    return true;
  }

  /** Re-indexes an edited entity (or adds it when it was not indexed yet). */
  replace(entity: Entity): void {
    this.remove(entity.id);
    this.add(entity);
  }

  /** The entities matching the query, best first, one hit per entity. */
  search(query: string, limit = 20): EntityHit[] {
    const folded = accentFreeKey(query);
    const typedWords = wordsOf(folded).written;
    if (typedWords.length === 0 || limit <= 0) return [];
    const queryNameKey = nameKey(query);
    // The rarest word first: the others are then only looked up, never iterated.
    const perWord = typedWords
      .map((word) => this.#words.match(word, typosAllowed(word)))
      .sort((a, b) => a.size - b.size);
    const best = new Map<EntityId, EntityHit>();
    for (const [labelId, firstQuality] of perWord[0]!) {
      const quality = totalQuality(labelId, firstQuality, perWord);
      if (quality === undefined) continue;
      const label = this.#labels[labelId]!;
      const hit: EntityHit = {
        entityId: label.entityId,
        matched: label.text,
        field: label.field,
        score:
          quality / typedWords.length +
          (label.folded.startsWith(folded) ? 0.3 : 0) +
          (0.2 * Math.min(typedWords.length, label.wordCount)) / label.wordCount,
        exact:
          label.nameKey === queryNameKey ? 'name-key' : label.folded === folded ? 'accents' : false,
      };
      const kept = best.get(label.entityId);
      if (kept === undefined || compareHits(hit, kept) < 0) best.set(label.entityId, hit);
    }
    // The best `limit` by insertion: a one-letter query can hit most of the library, and
    // sorting all of it to show twenty was the larger part of that keystroke's time.
    const top: EntityHit[] = [];
    for (const hit of best.values()) {
      if (top.length === limit && compareHits(hit, top[limit - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && compareHits(hit, top[at - 1]!) < 0) at--;
      top.splice(at, 0, hit);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** Records an entity's labels and returns their ids; the caller indexes their words. */
  #register(entity: Entity): number[] {
    if (this.#labelsOf.has(entity.id)) {
      throw new Error(`entity ${entity.id} is already indexed; replace it instead`);
    }
    const ids: number[] = [];
    const texts = [
      [entity.name, 'name'] as const,
      ...entity.aliases.map((a) => [a, 'alias'] as const),
    ];
    for (const [text, field] of texts) {
      const folded = accentFreeKey(text);
      const { written, all } = wordsOf(folded);
      if (written.length === 0) continue;
      ids.push(this.#labels.length);
      this.#labels.push({
        entityId: entity.id,
        text,
        field,
        folded,
        nameKey: nameKey(text),
        words: all,
        wordCount: written.length,
      });
    }
    this.#labelsOf.set(entity.id, ids);
    return ids;
  }
}

function typosAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length <= 6 ? 1 : 2;
}

/** The sum of each typed word's match quality in this label, or undefined when one is missing. */
function totalQuality(labelId: number, first: number, perWord: WordMatches[]): number | undefined {
  let total = first;
  for (let i = 1; i < perWord.length; i++) {
    const quality = perWord[i]!.get(labelId);
    if (quality === undefined) return undefined;
    total += quality;
  }
  return total;
}

/** Letters, digits and marks make words; an apostrophe or hyphen inside one also joins it. */
function wordsOf(folded: string): { written: string[]; all: string[] } {
  const written = folded.split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
  const joined = folded
    .split(/[^\p{L}\p{N}\p{M}'-]+/u)
    .filter((chunk) => /['-]/.test(chunk))
    .map((chunk) => chunk.replace(/['-]/g, ''))
    .filter((word) => word !== '' && !written.includes(word));
  return { written, all: [...new Set([...written, ...joined])] };
}

const EXACT_RANK = { 'name-key': 0, accents: 1 } as const;

function compareHits(a: EntityHit, b: EntityHit): number {
  const rank = (hit: EntityHit) => (hit.exact === false ? 2 : EXACT_RANK[hit.exact]);
  return (
    rank(a) - rank(b) ||
    b.score - a.score ||
    (a.field === b.field ? 0 : a.field === 'name' ? -1 : 1) ||
    compareStrings(a.matched, b.matched) ||
    compareStrings(a.entityId, b.entityId)
  );
}
