// The label set in the library (issue 11), in real IndexedDB: what a library that never edited
// its labels reads, labels added, edited and deleted through the change hub and undone, a delete
// that moves the label's annotations across documents and layers undone in one step, and the
// labels an imported dataset brings.

import Dexie from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import small from '../../app/formats/dataset/fixtures/valid-small.json';
import { asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { ACTOR, BUILT_IN_LABELS, CLAIM, type Label } from '../../app/model/labels.ts';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import { MarginaliaDatabase } from '../db/database.ts';
import { newDocumentRow } from '../db/document-store.ts';
import { applyImportPlan } from '../db/import-store.ts';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6 } from '../db/schema.ts';
import { writeChanges } from '../db/write-changes.ts';
import { planImportFile } from '../import/plan-import-file.ts';
import {
  ALICE,
  BOB,
  deleteTestDatabase,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
  uniqueDatabaseName,
} from '../test-support/test-database.ts';
import {
  addLabelChange,
  deleteLabelChanges,
  editLabelChange,
  readLabelUsage,
} from './label-changes.ts';
import { readLabels } from './label-store.ts';

const LOCATION: Label = {
  id: asLabelId('location'),
  name: 'Location',
  color: '#aa3366',
  shortcut: '4',
};

async function addDocument(db: MarginaliaDatabase): Promise<DocumentId> {
  const id = randomDocumentId();
  await db.documents.add(
    newDocumentRow(
      {
        id,
        title: 'Talks',
        text: 'Talks resumed in Geneva.',
        format: 'text',
        sourceName: 'talks.txt',
      },
      '2024-01-01T00:00:00.000Z',
    ),
  );
  return id;
}

describe('the library’s label set', () => {
  it('is exactly the built-in set in a library that never edited its labels', async () => {
    expect(await readLabels(openTestDatabase())).toEqual(BUILT_IN_LABELS);
  });

  it('is the built-in set after a version 6 library is upgraded', async () => {
    const name = uniqueDatabaseName();
    const v6 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6].forEach((schema, i) =>
      v6.version(i + 1).stores(schema),
    );
    await v6.open();
    v6.close();
    const db = new MarginaliaDatabase(name);
    onTestFinished(() => deleteTestDatabase(db));
    expect(await readLabels(db)).toEqual(BUILT_IN_LABELS);
  });

  it('adds, edits and hides a label through the hub, each step undone in turn', async () => {
    const db = openTestDatabase();
    const hub = changeHubOf(db);
    hub.commit(LIBRARY_SCOPE, 'Add', [addLabelChange(LOCATION)]);
    const renamed = { ...LOCATION, name: 'Place', color: '#112233', hidden: true };
    hub.commit(LIBRARY_SCOPE, 'Edit', [editLabelChange(LOCATION, renamed)]);
    const claim = BUILT_IN_LABELS[0]!;
    hub.commit(LIBRARY_SCOPE, 'Rename claim', [
      editLabelChange(claim, { ...claim, name: 'Assertion' }),
    ]);
    await hub.whenPersisted();
    expect(
      (await readLabels(db)).map((label) => [
        label.name,
        label.color,
        label.shortcut,
        label.hidden,
      ]),
    ).toEqual([
      ['Assertion', '#f2b705', '1', undefined],
      ['Actor', '#2563eb', '2', undefined],
      ['Date', '#16a34a', '3', undefined],
      ['Place', '#112233', '4', true],
    ]);
    hub.undo(LIBRARY_SCOPE);
    hub.undo(LIBRARY_SCOPE);
    await hub.whenPersisted();
    expect((await readLabels(db)).at(-1)).toEqual(LOCATION);
    expect((await readLabels(db))[0]!.name).toBe('Claim');
    hub.undo(LIBRARY_SCOPE);
    await hub.whenPersisted();
    expect(await readLabels(db)).toEqual(BUILT_IN_LABELS);
  });

  it('deletes a label in use by moving its annotations, in every document and layer, and one undo restores both', async () => {
    const db = openTestDatabase();
    const hub = changeHubOf(db);
    const [first, second] = [await addDocument(db), await addDocument(db)];
    const tagged = [
      makeAnnotation({ documentId: first, label: LOCATION.id }),
      makeAnnotation({ documentId: first, label: LOCATION.id, annotator: BOB.id }),
      makeAnnotation({ documentId: second, label: LOCATION.id }),
      makeAnnotation({ documentId: second, label: ACTOR }),
    ];
    hub.commit(LIBRARY_SCOPE, 'Add', [addLabelChange(LOCATION)]);
    await hub.whenPersisted();
    await writeChanges(
      db,
      tagged.map((after) => ({ before: null, after })),
    );
    expect((await readLabelUsage(db)).get(LOCATION.id)).toBe(3);

    const changes = await deleteLabelChanges(
      db,
      LOCATION,
      CLAIM,
      new Date('2024-02-01T00:00:00.000Z'),
    );
    expect(changes).toHaveLength(4);
    hub.commit(LIBRARY_SCOPE, 'Delete label “Location”', changes);
    await hub.whenPersisted();
    const labelsOf = async (id: DocumentId) =>
      (await readDocumentAnnotations(db, id)).map((annotation) => annotation.label).sort();
    expect(await labelsOf(first)).toEqual([CLAIM, CLAIM]);
    expect(await labelsOf(second)).toEqual([ACTOR, CLAIM]);
    expect((await readLabels(db)).map((label) => label.id)).not.toContain(LOCATION.id);
    expect((await readLabelUsage(db)).get(LOCATION.id)).toBeUndefined();
    expect((await readLabelUsage(db)).get(CLAIM)).toBe(3);

    hub.undo(LIBRARY_SCOPE);
    await hub.whenPersisted();
    expect((await readLabels(db)).at(-1)).toEqual(LOCATION);
    expect(await labelsOf(first)).toEqual([LOCATION.id, LOCATION.id]);
    expect(await labelsOf(second)).toEqual([ACTOR, LOCATION.id]);
    expect((await readLabelUsage(db)).get(LOCATION.id)).toBe(3);
    expect((await readLabelUsage(db)).get(CLAIM)).toBeUndefined();
  });

  it('refuses to delete a built-in label, or a label in use without a label to move to', async () => {
    const db = openTestDatabase();
    const document = await addDocument(db);
    await writeChanges(db, [
      { before: null, after: makeAnnotation({ documentId: document, label: LOCATION.id }) },
    ]);
    await expect(deleteLabelChanges(db, BUILT_IN_LABELS[2]!, CLAIM)).rejects.toThrow(
      'Date is built in and cannot be deleted',
    );
    await expect(deleteLabelChanges(db, LOCATION, null)).rejects.toThrow(
      'Location is used by annotations: choose a label to move them to',
    );
  });

  it('writes the labels an imported dataset brings, colour normalised, without overwriting the library’s own', async () => {
    const db = openTestDatabase();
    const hub = changeHubOf(db);
    hub.commit(LIBRARY_SCOPE, 'Add', [addLabelChange(LOCATION)]);
    await hub.whenPersisted();
    const dataset = structuredClone(small) as typeof small & {
      labels: { id: string; name: string; color: string; shortcut?: string }[];
    };
    dataset.labels.push(
      { id: 'weapon', name: 'Weapon system', color: '#D3A' },
      { id: 'location', name: 'Lieu', color: '#000' },
    );
    dataset.documents[0]!.annotations[0]!.label = 'weapon';
    dataset.documents[0]!.annotations[1]!.label = 'location';
    const file = {
      name: 'five-labels.json',
      bytes: new TextEncoder().encode(JSON.stringify(dataset)),
    };
    const planned = await planImportFile(db, file, ALICE);
    if (!planned.ok) throw new Error(JSON.stringify(planned.error));
    const written = await applyImportPlan(db, planned.value, {
      fileName: file.name,
      importedAt: new Date(),
    });
    expect(written.labels).toBe(1);
    expect((await readLabels(db)).slice(3)).toEqual([
      LOCATION,
      { id: 'weapon', name: 'Weapon system', color: '#dd33aa' },
    ]);
    expect((await readLabelUsage(db)).get('weapon')).toBe(1);
  });
});
