import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.ts';
import { asEntityId } from '../model/ids.ts';
import { sliceByCodePoints } from '../text/code-points.ts';
import { normaliseText } from '../text/normalise.ts';
import { findEntityMentions } from './entity-mentions.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const text = normaliseText(
  readFileSync(
    join(
      CORPUS,
      readdirSync(CORPUS).find((name) => name.startsWith('000_'))!,
    ),
    'utf8',
  ),
);
const entity = (id: string, name: string, aliases: string[] = []): Entity => ({
  id: asEntityId(id),
  name,
  kind: 'person',
  aliases,
});

describe('findEntityMentions', () => {
  it('finds names and aliases as whole words, ignoring case, the longest where they overlap', () => {
    const pompeo = entity('pompeo', 'Mike Pompeo', ['Pompeo', 'Secretary of State Mike Pompeo']);
    const mentions = findEntityMentions(text, [pompeo]);
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.map((mention) => mention.quote)).toContain('Secretary of State Mike Pompeo');
    for (const mention of mentions) {
      expect(mention.entity).toBe('pompeo');
      expect(sliceByCodePoints(text, mention.start, mention.end)).toBe(mention.quote);
    }
    // None overlaps another.
    for (let i = 1; i < mentions.length; i++)
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('skips parts of words, very short names and names two entities share', () => {
    const found = findEntityMentions('Armenian forces and Armenia; the US and the EU; Georgia.', [
      entity('armenia', 'Armenia'),
      entity('us', 'US'),
      entity('georgia-state', 'Georgia'),
      entity('georgia-country', 'Georgia'),
    ]);
    expect(found.map(({ quote, start }) => [quote, start])).toEqual([['Armenia', 20]]);
  });

  it('counts offsets in code points after astral characters', () => {
    const [found] = findEntityMentions('🕊️ Bayramov spoke.', [entity('b', 'Bayramov')]);
    expect(found).toMatchObject({ start: 3, end: 11, quote: 'Bayramov' });
  });
});
