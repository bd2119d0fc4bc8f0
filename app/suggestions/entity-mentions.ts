// Mentions of known entities in a document's text, for suggestions (issue 10): every whole-word
// occurrence of an entity's name or alias, ignoring case, the longest where several overlap
// ("Mike Pompeo" over "Pompeo"). Offsets are code points, end-exclusive.

import type { Entity } from '../model/entity.ts';
import type { EntityId } from '../model/ids.ts';
import { utf16, type CodePointOffset } from '../model/offsets.ts';
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
  const byName = new Map<string, EntityId>();
  const shared = new Set<string>();
  for (const entity of entities)
    for (const name of [entity.name, ...entity.aliases]) {
      const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
      if (key.length < SHORTEST_NAME) continue;
      const known = byName.get(key);
      if (known !== undefined && known !== entity.id) shared.add(key);
      else byName.set(key, entity.id);
    }
  // A name two entities share says nothing about which one is meant.
  for (const key of shared) byName.delete(key);
  const names = [...byName.keys()];
  if (names.length === 0) return [];
  // Longest first, so that the alternation prefers "mike pompeo" to "pompeo" at one position.
  names.sort((a, b) => b.length - a.length);
  const escaped = names.map((name) =>
    name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'),
  );
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const index = new CodePointIndex(text);
  const mentions: EntityMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const quote = match[0];
    const entity = byName.get(quote.toLowerCase().replace(/\s+/g, ' '));
    if (entity === undefined) continue;
    mentions.push({
      start: index.toCodePoint(utf16(match.index)),
      end: index.toCodePoint(utf16(match.index + quote.length)),
      quote,
      entity,
    });
  }
  return mentions;
}
