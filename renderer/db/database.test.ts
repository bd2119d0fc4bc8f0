import Dexie from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Annotation } from '../../app/model/annotation.ts';
import { asAnnotationId, asDocumentId, asLabelId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import {
  ALICE,
  BOB,
  deleteTestDatabase,
  openTestDatabase,
  uniqueDatabaseName,
} from '../test-support/test-database.ts';
import { readDocumentAnnotations } from './annotation-store.ts';
import { MarginaliaDatabase } from './database.ts';
import { layerKeyOf, type DocumentRow } from './rows.ts';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema.ts';
import { readCurrentAnnotator, readPreferences } from './settings-store.ts';

const KARABAKH = asDocumentId(`sha256:${'a'.repeat(64)}`);
const GRANADA = asDocumentId(`sha256:${'b'.repeat(64)}`);

function documentRow(
  id: DocumentRow['id'],
  title: string,
  counts: Record<string, number>,
): DocumentRow {
  return {
    id,
    title,
    sourceName: `${title}.txt`,
    format: 'text',
    length: 40,
    counts,
    createdAt: '2023-10-01T00:00:00.000Z',
    updatedAt: '2023-10-02T00:00:00.000Z',
  };
}

/** A version 1 row as that version wrote it: context and note were optional then. */
type AnnotationRowV1 = Omit<Annotation, 'prefix' | 'suffix' | 'note'> &
  Partial<Pick<Annotation, 'prefix' | 'suffix' | 'note'>>;

function rowV1(
  id: string,
  documentId: Annotation['documentId'],
  annotator: Annotation['annotator'],
  start: number,
  quote: string,
  extra: Partial<Annotation> = {},
): AnnotationRowV1 {
  return {
    id: asAnnotationId(id),
    documentId,
    label: asLabelId('actor'),
    start: codePoints(start),
    end: codePoints(start + [...quote].length),
    quote,
    annotator,
    createdAt: '2023-10-05T10:00:00.000Z',
    updatedAt: '2023-10-05T10:00:00.000Z',
    ...extra,
  };
}

const ROWS_V1: AnnotationRowV1[] = [
  rowV1('a1', KARABAKH, ALICE.id, 0, 'Ilham Aliyev', {
    prefix: '',
    suffix: ' met',
    note: 'president',
  }),
  rowV1('a2', KARABAKH, ALICE.id, 17, 'Pashinyan'),
  rowV1('b1', KARABAKH, BOB.id, 0, 'Ilham'),
  rowV1('a3', GRANADA, ALICE.id, 3, 'Granada', { label: asLabelId('claim') }),
  rowV1('b2', GRANADA, BOB.id, 12, '5 October 2023', { label: asLabelId('date'), note: '' }),
];

/** Creates a database exactly as version 1 of the app left it, and closes it. */
async function createVersion1Database(
  name: string,
  rows: readonly AnnotationRowV1[],
): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  // Deleted even if the test fails before it opens the database with the current schema.
  onTestFinished(() => Dexie.delete(name));
  await v1.transaction('rw', v1.tables, async () => {
    await v1
      .table('documents')
      .bulkAdd([
        documentRow(KARABAKH, 'Karabakh talks', { actor: 3 }),
        documentRow(GRANADA, 'Granada summit', { claim: 1, date: 1 }),
      ]);
    await v1.table('texts').bulkAdd([
      { id: KARABAKH, text: 'Ilham Aliyev met Pashinyan.' },
      { id: GRANADA, text: 'In Granada on 5 October 2023.' },
    ]);
    await v1.table('annotations').bulkAdd([...rows]);
    await v1.table('annotators').bulkAdd([ALICE, BOB]);
    await v1.table('settings').bulkAdd([
      { key: 'currentAnnotator', value: ALICE.id },
      { key: 'preferences', value: { snapToWords: false } },
    ]);
  });
  v1.close();
}

/** Opens `name` with the current schema, deleting the database when the test ends. */
function openCurrent(name: string): MarginaliaDatabase {
  const db = new MarginaliaDatabase(name);
  onTestFinished(() => deleteTestDatabase(db));
  return db;
}

/** What the upgrade should make of a version 1 row: missing context and note become ''. */
function upgraded(row: AnnotationRowV1): Annotation {
  return { ...row, prefix: row.prefix ?? '', suffix: row.suffix ?? '', note: row.note ?? '' };
}

const byId = (a: Annotation, b: Annotation) => a.id.localeCompare(b.id);

describe('MarginaliaDatabase', () => {
  it('creates a new library at the current schema version with the current tables', async () => {
    const db = openTestDatabase();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'annotators',
      'dismissals',
      'documents',
      'edits',
      'entities',
      'labels',
      'layers',
      'orphans',
      'relationLayers',
      'reviews',
      'settings',
      'texts',
    ]);
  });

  describe('upgrading a version 1 library', () => {
    it('opens at the current version without the old annotations table', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, ROWS_V1);
      const db = openCurrent(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(db.tables.map((table) => table.name)).not.toContain('annotations');
      expect([...db.backendDB().objectStoreNames]).not.toContain('annotations');
      expect([...db.backendDB().objectStoreNames].sort()).toEqual([
        'annotators',
        'dismissals',
        'documents',
        'edits',
        'entities',
        'labels',
        'layers',
        'orphans',
        'relationLayers',
        'reviews',
        'settings',
        'texts',
      ]);
    });

    it('groups the annotation rows into one layer per document and annotator', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, ROWS_V1);
      const db = openCurrent(name);
      const layers = await db.layers.orderBy('key').toArray();
      const expected = [
        {
          key: layerKeyOf(KARABAKH, ALICE.id),
          documentId: KARABAKH,
          annotatorId: ALICE.id,
          ids: ['a1', 'a2'],
        },
        {
          key: layerKeyOf(KARABAKH, BOB.id),
          documentId: KARABAKH,
          annotatorId: BOB.id,
          ids: ['b1'],
        },
        {
          key: layerKeyOf(GRANADA, ALICE.id),
          documentId: GRANADA,
          annotatorId: ALICE.id,
          ids: ['a3'],
        },
        { key: layerKeyOf(GRANADA, BOB.id), documentId: GRANADA, annotatorId: BOB.id, ids: ['b2'] },
      ].sort((a, b) => a.key.localeCompare(b.key));
      expect(
        layers.map(({ key, documentId, annotatorId }) => ({ key, documentId, annotatorId })),
      ).toEqual(
        expected.map(({ key, documentId, annotatorId }) => ({ key, documentId, annotatorId })),
      );
      for (const [i, layer] of layers.entries()) {
        const rows = ROWS_V1.filter((row) => expected[i]!.ids.includes(row.id));
        expect([...layer.annotations].sort(byId)).toEqual(rows.map(upgraded).sort(byId));
      }
      expect(await db.edits.count()).toBe(0);
    });

    it('gives optional context and note the empty string, and keeps those that were there', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, ROWS_V1);
      const db = openCurrent(name);
      const annotations = await readDocumentAnnotations(db, KARABAKH);
      const a1 = annotations.find((annotation) => annotation.id === 'a1')!;
      const a2 = annotations.find((annotation) => annotation.id === 'a2')!;
      expect(a1).toMatchObject({ prefix: '', suffix: ' met', note: 'president' });
      expect(a2).toMatchObject({ prefix: '', suffix: '', note: '' });
    });

    it('reads every old annotation back through the annotation store', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, ROWS_V1);
      const db = openCurrent(name);
      expect((await readDocumentAnnotations(db, KARABAKH)).sort(byId)).toEqual(
        ROWS_V1.filter((row) => row.documentId === KARABAKH)
          .map(upgraded)
          .sort(byId),
      );
      expect((await readDocumentAnnotations(db, GRANADA)).sort(byId)).toEqual(
        ROWS_V1.filter((row) => row.documentId === GRANADA)
          .map(upgraded)
          .sort(byId),
      );
    });

    it('keeps documents, texts, annotators and settings as they were', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, ROWS_V1);
      const db = openCurrent(name);
      expect(await db.documents.orderBy('title').toArray()).toEqual([
        documentRow(GRANADA, 'Granada summit', { claim: 1, date: 1 }),
        documentRow(KARABAKH, 'Karabakh talks', { actor: 3 }),
      ]);
      expect(await db.texts.get(KARABAKH)).toEqual({
        id: KARABAKH,
        text: 'Ilham Aliyev met Pashinyan.',
      });
      expect(await db.annotators.toArray()).toEqual(expect.arrayContaining([ALICE, BOB]));
      expect(await readCurrentAnnotator(db)).toEqual(ALICE);
      expect(await readPreferences(db)).toEqual({ snapToWords: false });
    });

    it('upgrades a library that has no annotations to empty layers and journal', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, []);
      const db = openCurrent(name);
      expect(await db.layers.count()).toBe(0);
      expect(await db.documents.count()).toBe(2);
      expect(await readDocumentAnnotations(db, KARABAKH)).toEqual([]);
    });

    it('runs once: reopening the upgraded library does not duplicate layers', async () => {
      const name = uniqueDatabaseName();
      await createVersion1Database(name, ROWS_V1);
      const first = new MarginaliaDatabase(name);
      expect(await first.layers.count()).toBe(4);
      first.close();
      const again = openCurrent(name);
      expect(await again.layers.count()).toBe(4);
      expect(await readDocumentAnnotations(again, KARABAKH)).toHaveLength(3);
    });
  });

  describe('upgrading a version 3 library', () => {
    /** A database exactly as version 3 left it: a document with one layer and an orphan. */
    async function createVersion3Database(name: string): Promise<void> {
      const v3 = new Dexie(name);
      v3.version(1).stores(SCHEMA_V1);
      v3.version(2).stores(SCHEMA_V2);
      v3.version(3).stores(SCHEMA_V3);
      onTestFinished(() => Dexie.delete(name));
      await v3.transaction('rw', v3.tables, async () => {
        await v3.table('documents').add(documentRow(KARABAKH, 'Karabakh talks', { actor: 1 }));
        await v3.table('texts').add({ id: KARABAKH, text: 'Ilham Aliyev met Pashinyan.' });
        await v3.table('layers').add({
          key: layerKeyOf(KARABAKH, ALICE.id),
          documentId: KARABAKH,
          annotatorId: ALICE.id,
          annotations: [upgraded(ROWS_V1[0]!)],
        });
        await v3.table('annotators').add(ALICE);
      });
      v3.close();
    }

    it('adds an empty reviews table and keeps every layer', async () => {
      const name = uniqueDatabaseName();
      await createVersion3Database(name);
      const db = openCurrent(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect([...db.backendDB().objectStoreNames]).toContain('reviews');
      expect(await db.reviews.count()).toBe(0);
      expect(await readDocumentAnnotations(db, KARABAKH)).toEqual([upgraded(ROWS_V1[0]!)]);
    });

    it('stores a review keyed by its document', async () => {
      const name = uniqueDatabaseName();
      await createVersion3Database(name);
      const db = openCurrent(name);
      const review = { documentId: KARABAKH, annotators: [ALICE.id, BOB.id], conflicts: [] };
      await db.reviews.put(review);
      expect(await db.reviews.get(KARABAKH)).toEqual(review);
    });
  });
});
