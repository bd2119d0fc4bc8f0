// The library the Entities screen counts, kept true to the database (renderer/db/use-live-read.ts).

import type { MarginaliaDatabase } from '../db/database.ts';
import { useLiveRead } from '../db/use-live-read.ts';
import { readActorLibrary, type ActorLibrary } from './actor-library.ts';

const TABLES_READ = ['documents', 'layers', 'edits', 'relationLayers', 'annotators'];

/** The library as last read; undefined until the first read is done. */
export function useActorLibrary(db: MarginaliaDatabase): ActorLibrary | undefined {
  return useLiveRead(db, TABLES_READ, readActorLibrary);
}
