// The library worker against the in-thread code it replaces, on real IndexedDB in Chromium:
// the same bytes for every export format, the same rows for an import, progress on the way, and
// a cancelled job that leaves the library as it was.

import { RESTORE_LIMITS } from '../../app/import/backup-restorable.ts';
import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import reviewed from '../../app/formats/dataset/fixtures/valid-reconciled.json';
import { EXPORT_FORMATS, exportModel } from '../../app/formats/export.ts';
import { asAnnotatorId, asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { APP_VERSION } from '../../app/version.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readDocumentText } from '../db/document-store.ts';
import { applyImportPlan } from '../db/import-store.ts';
import { DocumentSession } from '../document/document-session.ts';
import { planImportFile } from '../import/plan-import-file.ts';
import { serialiseDataset } from '../../app/formats/dataset/index.ts';
import { buildLibraryDataset, readLibraryModel } from '../shell/export-dataset.ts';
import { ALICE, BOB, openTestDatabase } from '../test-support/test-database.ts';
import { isDefaultRater, scoreLibraryAgreement } from '../agreement/agreement-input.ts';
import { readAgreementLibrary } from '../agreement/read-agreement-library.ts';
import { LibraryWorker, LongWorkCancelled, runInLibraryWorker } from './library-worker.ts';
import type { LongWorkProgress } from './long-work-protocol.ts';

const NOW = new Date('2024-06-01T08:00:00.000Z');
const reviewedFile = () => ({
  name: 'reviewed.json',
  bytes: new TextEncoder().encode(JSON.stringify(reviewed)),
});

/** The reviewed fixture imported in this thread, then one more span left in the journal. */
async function seededLibrary(): Promise<MarginaliaDatabase> {
  const db = openTestDatabase();
  const planned = await planImportFile(db, reviewedFile(), ALICE, NOW);
  if (!planned.ok) throw new Error(planned.error.summary.join('\n'));
  await applyImportPlan(db, planned.value, { fileName: 'reviewed.json', importedAt: NOW });
  const id = planned.value.documentsToAdd[0]!.id;
  const session = new DocumentSession(
    db,
    id,
    (await readDocumentText(db, id))!,
    await readDocumentAnnotations(db, id),
  );
  session.create(asLabelId('actor'), { start: codePoints(0), end: codePoints(4) }, BOB, NOW);
  await session.whenPersisted();
  return db;
}

/** What each table holds, in key order, without the one field an import stamps differently. */
async function tableContents(db: MarginaliaDatabase) {
  const contents: Record<string, unknown[]> = {};
  for (const table of db.tables) contents[table.name] = await table.toArray();
  return contents;
}

describe('export in the library worker', () => {
  it('writes the same bytes as the in-thread encoder, in every format', async () => {
    const db = await seededLibrary();
    const model = await readLibraryModel(db);
    expect(model.annotations.some((annotation) => annotation.annotator === BOB.id)).toBe(true);
    for (const { id: format } of EXPORT_FORMATS) {
      const file = await runInLibraryWorker('export', {
        databaseName: db.name,
        request: { format },
        now: NOW,
      });
      const expected = exportModel(model, format, {
        exportedAt: NOW,
        generatorVersion: APP_VERSION,
      });
      const bytes =
        typeof expected.content === 'string'
          ? new TextEncoder().encode(expected.content)
          : expected.content;
      const exported = new Uint8Array(await file.blob.arrayBuffer());
      expect({ format, bytes: exported }).toEqual({ format, bytes });
      expect(file.extension).toBe(expected.extension);
      expect(file.annotations).toBe(model.annotations.length);
    }
  });

  it('encodes the library it read ahead to the same bytes', async () => {
    const db = await seededLibrary();
    const model = await readLibraryModel(db);
    const session = new LibraryWorker();
    try {
      expect(await session.run('read-library', { databaseName: db.name })).toBe(
        model.documents.length,
      );
      for (const layers of ['all', 'reconciled'] as const) {
        const file = await session.run('export', {
          databaseName: db.name,
          request: { format: 'dataset', layers },
          now: NOW,
          fromReadAhead: true,
        });
        const fresh = await runInLibraryWorker('export', {
          databaseName: db.name,
          request: { format: 'dataset', layers },
          now: NOW,
        });
        expect(await file.blob.text()).toBe(await fresh.blob.text());
      }
      // It encodes what it read, not what is there now: the window asks for it only while
      // nothing has written to the library since (ExportFlow).
      await db.annotators.put({ id: asAnnotatorId('annotator-zed'), name: 'Zed' });
      const ahead = await session.run('export', {
        databaseName: db.name,
        request: { format: 'dataset' },
        now: NOW,
        fromReadAhead: true,
      });
      expect(await ahead.blob.text()).not.toContain('annotator-zed');
      const fresh = await runInLibraryWorker('export', {
        databaseName: db.name,
        request: { format: 'dataset' },
        now: NOW,
      });
      expect(await fresh.blob.text()).toContain('annotator-zed');
    } finally {
      session.terminate();
    }
  });

  it('serialises a backup as the in-thread backup did', async () => {
    const db = await seededLibrary();
    const content = await runInLibraryWorker('backup', {
      databaseName: db.name,
      now: NOW,
      limits: RESTORE_LIMITS,
    });
    expect(content).toBe(serialiseDataset(await buildLibraryDataset(db, NOW)));
  });

  it('exports only the chosen documents, and the reconciled layer alone when asked', async () => {
    const db = await seededLibrary();
    // The fixture's third document has a reconciled layer.
    const chosen = [reviewed.documents[2]!.id as DocumentId];
    const file = await runInLibraryWorker('export', {
      databaseName: db.name,
      request: { format: 'dataset', documentIds: chosen, layers: 'reconciled' },
      now: NOW,
    });
    const dataset = JSON.parse(await file.blob.text()) as {
      documents: { id: string; annotations: { annotator: string }[] }[];
    };
    expect(dataset.documents.map((document) => document.id)).toEqual(chosen);
    const annotators = dataset.documents.flatMap((document) =>
      document.annotations.map((annotation) => annotation.annotator),
    );
    expect(annotators.length).toBeGreaterThan(0);
    expect(new Set(annotators)).toEqual(new Set(['reconciled']));
  });

  it('reports its phases in order, then answers', async () => {
    const db = await seededLibrary();
    const seen: LongWorkProgress[] = [];
    await runInLibraryWorker(
      'export',
      { databaseName: db.name, request: { format: 'csv' }, now: NOW },
      { onProgress: (progress) => seen.push(progress) },
    );
    expect(seen).toEqual([
      { phase: 'reading', done: 0, total: 2 },
      { phase: 'encoding', done: 1, total: 2 },
    ]);
  });

  it('stops when cancelled, and the next export runs in a fresh worker', async () => {
    const db = await seededLibrary();
    const controller = new AbortController();
    const cancelled = runInLibraryWorker(
      'export',
      { databaseName: db.name, request: { format: 'dataset' }, now: NOW },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(cancelled).rejects.toBeInstanceOf(LongWorkCancelled);
    const file = await runInLibraryWorker('export', {
      databaseName: db.name,
      request: { format: 'dataset' },
      now: NOW,
    });
    expect(file.documents).toBe(reviewed.documents.length);
  });
});

describe('import in the library worker', () => {
  it('plans what the in-thread planner plans and writes the same rows', async () => {
    const inThread = openTestDatabase();
    const planned = await planImportFile(inThread, reviewedFile(), ALICE, NOW);
    if (!planned.ok) throw new Error(planned.error.summary.join('\n'));
    await applyImportPlan(inThread, planned.value, { fileName: 'reviewed.json', importedAt: NOW });

    const db = openTestDatabase();
    const session = new LibraryWorker();
    const phases: string[] = [];
    try {
      const preview = await session.run(
        'plan-import',
        { databaseName: db.name, file: reviewedFile(), annotator: ALICE, now: NOW },
        { onProgress: (progress) => phases.push(progress.phase) },
      );
      if (!preview.ok) throw new Error(preview.error.summary.join('\n'));
      expect(preview.value.summary).toEqual(planned.value.summary);
      expect(preview.value.nothingNew).toBe(false);
      // Nothing is written before the analyst confirms.
      expect(await db.documents.count()).toBe(0);
      const applied = await session.run(
        'apply-import',
        { databaseName: db.name, fileName: 'reviewed.json', importedAt: NOW },
        { onProgress: (progress) => phases.push(progress.phase) },
      );
      expect(applied.written.documents).toBe(reviewed.documents.length);
      expect(new Set(applied.touched)).toEqual(
        new Set(planned.value.documentsToAdd.map((document) => document.id)),
      );
    } finally {
      session.terminate();
    }
    expect(phases).toEqual(['checking', 'reading', 'planning', 'writing']);
    expect(await tableContents(db)).toEqual(await tableContents(inThread));
  });

  it('refuses a file it cannot read with the in-thread reasons', async () => {
    const db = openTestDatabase();
    const file = { name: 'broken.json', bytes: new TextEncoder().encode('{"documents": [') };
    const inThread = await planImportFile(db, file, ALICE, NOW);
    const session = new LibraryWorker();
    try {
      const preview = await session.run('plan-import', {
        databaseName: db.name,
        file,
        annotator: ALICE,
        now: NOW,
      });
      expect(preview).toEqual(inThread);
    } finally {
      session.terminate();
    }
  });

  it('leaves the library untouched when planning is cancelled', async () => {
    const db = openTestDatabase();
    await db.open();
    const session = new LibraryWorker();
    const controller = new AbortController();
    try {
      const planning = session.run(
        'plan-import',
        { databaseName: db.name, file: reviewedFile(), annotator: ALICE, now: NOW },
        { signal: controller.signal, onProgress: () => controller.abort() },
      );
      await expect(planning).rejects.toBeInstanceOf(LongWorkCancelled);
      // The plan went with the worker: there is nothing left to write.
      await expect(
        session.run('apply-import', { databaseName: db.name, fileName: 'x', importedAt: NOW }),
      ).rejects.toThrow('no import plan');
    } finally {
      session.terminate();
    }
    const contents = await tableContents(db);
    expect(Object.values(contents).every((rows) => rows.length === 0)).toBe(true);
  });

  it('tells the window of its commits, as the screens’ live reads need', async () => {
    const db = openTestDatabase();
    await db.open();
    const tables = new Set<string>();
    const onMutated = (parts: ObservabilitySet) => {
      for (const part of Object.keys(parts))
        if (part.startsWith(`idb://${db.name}/`)) tables.add(part.split('/')[3]!);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    const session = new LibraryWorker();
    try {
      await session.run('plan-import', {
        databaseName: db.name,
        file: reviewedFile(),
        annotator: ALICE,
        now: NOW,
      });
      await session.run('apply-import', {
        databaseName: db.name,
        fileName: 'reviewed.json',
        importedAt: NOW,
      });
      // The broadcast arrives after the worker's answer; wait for it, not for a time.
      await expect.poll(() => tables.has('layers')).toBe(true);
      expect(tables).toContain('documents');
    } finally {
      session.terminate();
      Dexie.on.storagemutated.unsubscribe(onMutated);
    }
  });
});

describe('agreement in the library worker', () => {
  it('scores what the in-thread scorer scores, and hands the window names, not spans', async () => {
    const db = await seededLibrary();
    const library = await readAgreementLibrary(db);
    const chosen = new Set(
      [...new Set([...library.layers.values()].flat())].filter(isDefaultRater),
    );
    expect(chosen.size).toBeGreaterThanOrEqual(2);
    const session = new LibraryWorker();
    try {
      const summary = await session.run('read-agreement', { databaseName: db.name });
      expect(summary.layers).toEqual(library.layers);
      expect(summary.documentCount).toBe(library.documentCount);
      expect(summary.model.documents).toEqual(
        library.model.documents.map(({ id, title }) => ({ id, title })),
      );
      const outcome = await session.run('score-agreement', { databaseName: db.name, chosen });
      expect(outcome).toEqual({ ok: true, value: scoreLibraryAgreement(library, chosen) });
    } finally {
      session.terminate();
    }
  });
});
