// Puts rows into the app's own IndexedDB database with raw IndexedDB, in one transaction, as
// Dexie would (inbound keys, structured clone). The app must have created the database first,
// so that its schema (object stores and indexes) is the app's, not ours.

const DATABASE_NAME = 'marginalia';

function openExisting(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onupgradeneeded = () => {
      request.transaction!.abort();
      reject(new Error(`the app has not created the '${DATABASE_NAME}' database yet`));
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

/** Writes `rows` (object store → records); resolves with the time the commit took, in ms. */
export async function writeLibrary(
  rows: Record<string, unknown[]>,
): Promise<{ ms: number; version: number }> {
  const db = await openExisting();
  try {
    const stores = Object.keys(rows);
    const missing = stores.filter((store) => !db.objectStoreNames.contains(store));
    if (missing.length > 0) throw new Error(`the database has no store ${missing.join(', ')}`);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(stores, 'readwrite', { durability: 'default' });
      for (const store of stores)
        for (const row of rows[store]!) transaction.objectStore(store).put(row);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () =>
        reject(transaction.error ?? new Error('the seed transaction failed'));
      transaction.onabort = () =>
        reject(transaction.error ?? new Error('the seed transaction was aborted'));
    });
    return { ms: performance.now() - started, version: db.version };
  } finally {
    db.close();
  }
}

/** The library row of a document (its counts say how many annotations were persisted). */
export async function readDocumentRow(
  id: string,
): Promise<{ counts: Record<string, number> } | undefined> {
  const db = await openExisting();
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction('documents').objectStore('documents').get(id);
      request.onsuccess = () =>
        resolve(request.result as { counts: Record<string, number> } | undefined);
      request.onerror = () => reject(request.error ?? new Error('reading the document row failed'));
    });
  } finally {
    db.close();
  }
}

export interface StoredRelation {
  id: string;
  type: string;
  from: string;
  to: string;
}

function getAll<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('an IndexedDB read failed'));
  });
}

/**
 * A layer's relations as stored: its record's, with the journal's relation edits folded in (as
 * renderer/db/annotation-store.ts reads them), in one read transaction.
 */
export async function readLayerRelations(layerKey: string): Promise<StoredRelation[]> {
  const db = await openExisting();
  try {
    const transaction = db.transaction(['relationLayers', 'edits']);
    const [layer, edits] = await Promise.all([
      // The layer's relation record holds tuples (renderer/db/rows.ts StoredRelation); the journal, objects.
      getAll<{ relations?: [string, string, string, string, string, string][] } | undefined>(
        transaction.objectStore('relationLayers').get(layerKey),
      ),
      getAll<
        {
          seq: number;
          layerKey: string;
          op: string;
          relation?: StoredRelation;
          relationId?: string;
        }[]
      >(transaction.objectStore('edits').index('layerKey').getAll(layerKey)),
    ]);
    const relations = new Map<string, StoredRelation>(
      (layer?.relations ?? []).map(([id, type, from, to]) => [id, { id, type, from, to }]),
    );
    for (const edit of edits.sort((a, b) => a.seq - b.seq)) {
      if (edit.op === 'put-relation') relations.set(edit.relation!.id, edit.relation!);
      else if (edit.op === 'delete-relation') relations.delete(edit.relationId!);
    }
    return [...relations.values()].map(({ id, type, from, to }) => ({ id, type, from, to }));
  } finally {
    db.close();
  }
}
