// The library the Entities screen counts, kept true to the database: read once, then again a
// moment after any committed write to the tables it reads. Dexie's `storagemutated` event is
// what tells: it fires when a transaction has committed, for every writer — the change hub's
// edits (a merge relinking mentions, an undo) and also imports and restores, which write past the
// hub's listeners. Reads are debounced, since one import or a burst of undos commits many times
// and each read folds every layer of the library.

import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readActorLibrary, type ActorLibrary } from './actor-library.ts';

/** How long after the last committed write the library is read again. */
const QUIET_MS = 120;

const TABLES_READ = ['documents', 'layers', 'edits', 'relationLayers', 'annotators'];

/** The library as last read; undefined until the first read is done. */
export function useActorLibrary(db: MarginaliaDatabase): ActorLibrary | undefined {
  const [library, setLibrary] = useState<ActorLibrary>();
  useEffect(() => {
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const read = () => {
      const generation = ++latest;
      void readActorLibrary(db).then((read) => {
        // A slower earlier read must not overwrite a later one.
        if (live && generation === latest) setLibrary(read);
      });
    };
    const prefixes = TABLES_READ.map((table) => `idb://${db.name}/${table}/`);
    const onMutated = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix))))
        return;
      clearTimeout(timer);
      timer = setTimeout(read, QUIET_MS);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    read();
    return () => {
      live = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db]);
  return library;
}
