// Mentions of known entities in a document's text, for suggestions (issue 10): every whole-word
// occurrence of an entity's name or alias, ignoring case, the longest where several overlap
// ("Mike Pompeo" over "Pompeo"). Offsets are code points, end-exclusive.

import type { Entity } from '../model/entity.ts';
import type { EntityId } from '../model/ids.ts';
import { codePoints, utf16, type CodePointOffset } from '../model/offsets.ts';
import { CodePointIndex } from '../text/code-points.ts';

export interface EntityMention {
  start: CodePointOffset;
  end: CodePointOffset;
  quote: string;
  entity: EntityId;
}

/** Names shorter than this ("US", "EU") match too much ordinary text to be suggested. */
const SHORTEST_NAME = 3;

/** The mentions of `entities` in `text`, in order, none overlapping another. */
export function findEntityMentions(text: string, entities: readonly Entity[]): EntityMention[] {
  return new EntityMentionFinder(entities).find(text);
}

/**
 * The entities' names compiled once, to find their mentions in many texts (a document's lines,
 * one at a time, while the analyst reads).
 */
export class EntityMentionFinder {
  private readonly byName = new Map<string, EntityId>();
  private readonly pattern: RegExp | null;

  constructor(entities: readonly Entity[]) {
    const shared = new Set<string>();
    for (const entity of entities)
      for (const name of [entity.name, ...entity.aliases]) {
        const key = nameKey(name.trim());
        if (key.length < SHORTEST_NAME) continue;
        const known = this.byName.get(key);
        if (known !== undefined && known !== entity.id) shared.add(key);
        else this.byName.set(key, entity.id);
      }
    // A name two entities share says nothing about which one is meant.
    for (const key of shared) this.byName.delete(key);
    const names = [...this.byName.keys()];
    // Longest first, so that the alternation prefers "mike pompeo" to "pompeo" at one position.
    names.sort((a, b) => b.length - a.length);
    const escaped = names.map((name) =>
      name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
    );
    this.pattern =
      names.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }

  /** The mentions in `text`, with offsets counted from `offset` (where `text` starts in its document). */
  find(text: string, offset: CodePointOffset = codePoints(0)): EntityMention[] {
    if (this.pattern === null) return [];
    const index = new CodePointIndex(text);
    const mentions: EntityMention[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const quote = match[0];
      const entity = this.byName.get(nameKey(quote));
      if (entity === undefined) continue;
      mentions.push({
        start: codePoints(offset + index.toCodePoint(utf16(match.index))),
        end: codePoints(offset + index.toCodePoint(utf16(match.index + quote.length))),
        quote,
        entity,
      });
    }
    return mentions;
  }
}

function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}
