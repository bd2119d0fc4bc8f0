// The entity list's reads and change lists, on a real IndexedDB database: merges and deletes
// are committed through the change hub as the Entities screen commits them, read back from the
// database, and undone.

import { describe, expect, it } from 'vitest';
import { ALIYEV } from '../../app/entities/corpus-entities.ts';
import type { Entity } from '../../app/model/entity.ts';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { openTestDatabase } from '../test-support/test-database.ts';
import {
  deleteEntityChanges,
  importEntityListChanges,
  mergeEntityChanges,
  newEntityFromText,
  readEntities,
  readEntityMentions,
} from './entity-store.ts';
import { POMPEO_DUPLICATE, POMPEO_ENTITY, writeEntityLibrary } from './entity-test-library.ts';

const NOW = new Date('2024-05-01T10:00:00.000Z');

/** Which entity each mention (by quote) links to, as the database holds it now. */
async function linksByQuote(db: MarginaliaDatabase) {
  const index = await readEntityMentions(db);
  return Object.fromEntries(
    [...index].flatMap(([id, mentions]) => mentions.map((m) => [m.annotation.quote, id])),
  );
}

describe('readEntityMentions', () => {
  it('finds every mention over all layers, the journal included, with its document', async () => {
    const db = openTestDatabase();
    const { documentId } = await writeEntityLibrary(db);
    const index = await readEntityMentions(db);
    const duplicates = index.get(POMPEO_DUPLICATE.id)!;
    expect(duplicates.map((m) => [m.title, m.annotation.quote, m.annotation.annotator])).toEqual([
      ['Talks report', 'Pompeo', 'annotator-alice'],
      ['Talks report', 'Secretary Pompeo', 'annotator-bob'],
    ]);
    expect(duplicates.every((m) => m.documentId === documentId)).toBe(true);
    expect(index.get(POMPEO_ENTITY.id)).toBeUndefined();
  });
});

describe('mergeEntityChanges through the hub', () => {
  it('relinks every mention, keeps the source’s names as aliases, deletes it; undo restores', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    const hub = changeHubOf(db);
    const before = await readEntities(db);
    const linksBefore = await linksByQuote(db);
    const mentions = (await readEntityMentions(db)).get(POMPEO_DUPLICATE.id)!;

    hub.commit(
      LIBRARY_SCOPE,
      'Merge',
      mergeEntityChanges(POMPEO_DUPLICATE, POMPEO_ENTITY, mentions, NOW),
    );
    await hub.whenPersisted();

    expect(await db.entities.get(POMPEO_DUPLICATE.id)).toBeUndefined();
    const merged = (await db.entities.get(POMPEO_ENTITY.id))!;
    expect(merged.aliases).toEqual(['Pompeo', 'Secretary Pompeo', 'Mike R. Pompeo']);
    // The target had no note: the source's is kept rather than lost.
    expect(merged.note).toBe('US Secretary of State');
    expect(await linksByQuote(db)).toEqual({
      Pompeo: POMPEO_ENTITY.id,
      'Secretary Pompeo': POMPEO_ENTITY.id,
      Aliyev: ALIYEV.id,
    });

    expect(hub.undo(LIBRARY_SCOPE)).toBe(true);
    await hub.whenPersisted();
    expect(await readEntities(db)).toEqual(before);
    expect(await linksByQuote(db)).toEqual(linksBefore);
  });
});

describe('deleteEntityChanges through the hub', () => {
  it('unlinks the mentions and deletes the entity; undo brings both back', async () => {
    const db = openTestDatabase();
    const { bobsPompeo } = await writeEntityLibrary(db);
    const hub = changeHubOf(db);
    const mentions = (await readEntityMentions(db)).get(POMPEO_DUPLICATE.id)!;

    hub.commit(LIBRARY_SCOPE, 'Delete', deleteEntityChanges(POMPEO_DUPLICATE, mentions, NOW));
    await hub.whenPersisted();
    expect(await db.entities.get(POMPEO_DUPLICATE.id)).toBeUndefined();
    expect(await linksByQuote(db)).toEqual({ Aliyev: ALIYEV.id });

    hub.undo(LIBRARY_SCOPE);
    await hub.whenPersisted();
    expect(await db.entities.get(POMPEO_DUPLICATE.id)).toEqual(POMPEO_DUPLICATE);
    const restored = (await readEntityMentions(db)).get(POMPEO_DUPLICATE.id)!;
    expect(restored.map((m) => m.annotation)).toContainEqual(bobsPompeo);
  });
});

describe('importEntityListChanges', () => {
  const library = [POMPEO_ENTITY, ALIYEV];
  const incoming: Entity[] = [
    { ...newEntityFromText('mike  POMPEO', 'person') },
    newEntityFromText('Nikol Pashinyan', 'person'),
    // Differs from Aliyev's name only in accents: a possible match, not a new entity.
    newEntityFromText('İlham Əliyev', 'person'),
  ];

  it('creates only the new entities and holds back possible matches', () => {
    const plan = importEntityListChanges(incoming, library);
    expect([plan.matched, plan.created, plan.heldBack]).toEqual([1, 1, 1]);
    expect(plan.changes).toEqual([{ kind: 'entity', before: null, after: incoming[1] }]);
  });

  it('creates a possible match the analyst confirmed as new', () => {
    const plan = importEntityListChanges(incoming, library, new Set([incoming[2]!.id]));
    expect(plan.changes.map((change) => change.after!.name)).toEqual([
      'Nikol Pashinyan',
      'İlham Əliyev',
    ]);
    expect(plan.heldBack).toBe(0);
  });
});
