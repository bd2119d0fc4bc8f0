// A large read of the library kept true to the database, for the screens that look across it
// (actors, timeline, checks): read once, then again a moment after any committed write to the
// tables it reads. Dexie's `storagemutated` event is what tells: it fires when a transaction has
// committed, for every writer — the change hub's edits and undos, and also imports and restores,
// which write past the hub. Reads are debounced, since one import or a burst of undos commits
// many times and each read folds every layer of the library; a slower earlier read never
// overwrites a later one.

import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { MarginaliaDatabase } from './database.ts';

/** How long after the last committed write the library is read again. */
const QUIET_MS = 120;

/**
 * The result of `read(db)` as last read; undefined until the first read is done. `read` must be
 * stable (a module's function): a new one reads again.
 */
export function useLiveRead<T>(
  db: MarginaliaDatabase,
  tables: readonly string[],
  read: (db: MarginaliaDatabase) => Promise<T>,
): T | undefined {
  const [result, setResult] = useState<T>();
  const tableKey = tables.join(',');
  useEffect(() => {
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const readNow = () => {
      const generation = ++latest;
      // A read that fails (a worker stopped or busy) leaves the last result shown; the next
      // committed write reads again.
      read(db).then(
        (value) => {
          if (live && generation === latest) setResult(() => value);
        },
        () => undefined,
      );
    };
    const prefixes = tableKey.split(',').map((table) => `idb://${db.name}/${table}/`);
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix))))
        return;
      clearTimeout(timer);
      timer = setTimeout(readNow, QUIET_MS);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    readNow();
    return () => {
      live = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db, tableKey, read]);
  return result;
}
