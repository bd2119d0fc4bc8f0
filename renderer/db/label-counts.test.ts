// A document's counts per label, written by the one write path, for label ids that name the
// properties of every JavaScript object (issue 11: they corrupted the counts of a plain object).

import { describe, expect, it } from 'vitest';
import { countOfLabel } from '../../app/model/label-counts.ts';
import { asLabelId } from '../../app/model/ids.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { ChangeHub } from '../changes/change-hub.ts';
import { ALICE, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';
import { addDocuments } from './document-store.ts';

const TEXT = 'Azerbaijan and Armenia agreed to a ceasefire on 10 October 2020.';

describe('label counts of a document row', () => {
  it('count labels named constructor, __proto__ and toString like any other, and undo them', async () => {
    const db = openTestDatabase();
    const hub = new ChangeHub(db);
    const id = documentIdOf(TEXT);
    await addDocuments(db, [
      { id, title: 'Ceasefire', sourceName: 'c.txt', format: 'text', text: TEXT },
    ]);
    const labels = ['constructor', '__proto__', 'toString', '__proto__', 'claim'];
    hub.commit(
      id,
      'Tag',
      labels.map((label) => ({
        before: null,
        after: makeAnnotation({ documentId: id, annotator: ALICE.id, label: asLabelId(label) }),
      })),
    );
    await hub.whenPersisted();
    const row = (await db.documents.get(id))!;
    expect(Object.getPrototypeOf(row.counts)).toBe(Object.prototype);
    expect(
      ['constructor', '__proto__', 'toString', 'claim'].map((label) =>
        countOfLabel(row.counts, label),
      ),
    ).toEqual([1, 2, 1, 1]);

    hub.undo(id);
    await hub.whenPersisted();
    const undone = (await db.documents.get(id))!;
    expect(
      ['constructor', '__proto__', 'toString', 'claim'].map((label) =>
        countOfLabel(undone.counts, label),
      ),
    ).toEqual([0, 0, 0, 0]);
  });
});
