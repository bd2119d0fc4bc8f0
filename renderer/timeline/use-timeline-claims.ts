// The timeline's claims, read once when the screen opens and again (debounced) after edits go
// through the change hub while it shows, so the picture stays true to the database.

import { useEffect, useState } from 'react';
import { timelineClaimsOf, type TimelineClaims } from '../../app/timeline/timeline-claims.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readTimelineLibrary } from './read-timeline-library.ts';

/** Edits come in bursts (an annotate-all, an undo of one): one rebuild after the burst. */
const REBUILD_DELAY_MS = 250;

/** The claims of the library; null while the first read is under way. */
export function useTimelineClaims(db: MarginaliaDatabase): TimelineClaims | null {
  const [claims, setClaims] = useState<TimelineClaims | null>(null);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hub = changeHubOf(db);
    const read = async () => {
      // The hub writes after it tells its listeners: read once what was told is in the database.
      await hub.whenPersisted();
      const library = await readTimelineLibrary(db);
      // Read by npm run bench: where the open's time goes (reading, then building).
      performance.mark('marginalia:timeline-read');
      const built = timelineClaimsOf(library);
      performance.mark('marginalia:timeline-built');
      if (!cancelled) setClaims(built);
    };
    void read();
    const unsubscribe = hub.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void read(), REBUILD_DELAY_MS);
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [db]);
  return claims;
}
