import { describe, expect, it } from 'vitest';
import { createDismissal } from '../../app/model/dismissal.ts';
import { ChangeHub } from '../changes/change-hub.ts';
import { ALICE, BOB, openTestDatabase, randomDocumentId } from '../test-support/test-database.ts';
import { readDismissedKeys } from './dismissal-store.ts';
import { deleteDocument } from './document-store.ts';

describe('dismissals', () => {
  it('are written by the change model, read per annotator and document, and undone in one step', async () => {
    const db = openTestDatabase();
    const hub = new ChangeHub(db);
    const document = randomDocumentId();
    const other = randomDocumentId();
    const rejected = createDismissal('suggestion', ALICE.id, document, 'date|10|20');
    hub.commit(document, 'Reject suggestion', [
      { kind: 'dismissal', before: null, after: rejected },
      {
        kind: 'dismissal',
        before: null,
        after: createDismissal('suggestion', BOB.id, document, 'date|30|40'),
      },
      {
        kind: 'dismissal',
        before: null,
        after: createDismissal('suggestion', ALICE.id, other, 'date|1|2'),
      },
      {
        kind: 'dismissal',
        before: null,
        after: createDismissal('check', ALICE.id, null, 'label-mismatch|the army'),
      },
    ]);
    await hub.whenPersisted();
    expect(await readDismissedKeys(db, 'suggestion', ALICE.id, document)).toEqual(
      new Set(['date|10|20']),
    );
    expect(await readDismissedKeys(db, 'suggestion', ALICE.id)).toEqual(
      new Set(['date|10|20', 'date|1|2']),
    );
    expect(await readDismissedKeys(db, 'check', ALICE.id)).toEqual(
      new Set(['label-mismatch|the army']),
    );

    hub.undo(document);
    await hub.whenPersisted();
    expect(await db.dismissals.count()).toBe(0);
  });

  it('of a deleted document go with it', async () => {
    const db = openTestDatabase();
    const document = randomDocumentId();
    await db.dismissals.put(createDismissal('suggestion', ALICE.id, document, 'actor|0|5'));
    await db.dismissals.put(createDismissal('check', ALICE.id, null, 'missed|Pompeo'));
    await deleteDocument(db, document);
    expect((await db.dismissals.toArray()).map((row) => row.key)).toEqual(['missed|Pompeo']);
  });
});
