// The timeline's claims, kept true to the database (renderer/db/use-live-read.ts): read when the
// screen opens and again after any write to what they are built from, an import included.

import { timelineClaimsOf, type TimelineClaims } from '../../app/timeline/timeline-claims.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { useLiveRead } from '../db/use-live-read.ts';
import { readTimelineLibrary } from './read-timeline-library.ts';

const TABLES_READ = ['documents', 'layers', 'edits', 'relationLayers', 'annotators', 'entities'];

async function readTimelineClaims(db: MarginaliaDatabase): Promise<TimelineClaims> {
  const library = await readTimelineLibrary(db);
  // Read by npm run bench: where the open's time goes (reading, then building).
  performance.mark('marginalia:timeline-read');
  const built = timelineClaimsOf(library);
  performance.mark('marginalia:timeline-built');
  return built;
}

/** The claims of the library; null while the first read is under way. */
export function useTimelineClaims(db: MarginaliaDatabase): TimelineClaims | null {
  return useLiveRead(db, TABLES_READ, readTimelineClaims) ?? null;
}
