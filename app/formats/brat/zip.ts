// The brat collection as one zip, for the app's download (a browser cannot save a folder).
// fflate writes it; every entry gets the same timestamp, so one library exported at one time
// gives the same bytes.

import { strToU8, zipSync, type Zippable } from 'fflate';
import type { BratFile } from './encode.ts';

/** The folder the zip unpacks into, so its files do not spill into the user's folder. */
export const BRAT_ZIP_FOLDER = 'marginalia-brat';

/**
 * The zip of `files` under BRAT_ZIP_FOLDER/. `modifiedAt`'s UTC fields are the entries' time:
 * fflate reads a Date's *local* fields into the zip's DOS timestamp, so they are set from the
 * UTC ones, and the bytes do not depend on the machine's time zone.
 */
export function zipBratFiles(files: readonly BratFile[], modifiedAt: Date): Uint8Array {
  const local = new Date(
    Math.max(1980, modifiedAt.getUTCFullYear()),
    modifiedAt.getUTCMonth(),
    modifiedAt.getUTCDate(),
    modifiedAt.getUTCHours(),
    modifiedAt.getUTCMinutes(),
    modifiedAt.getUTCSeconds(),
  );
  const entries: Zippable = {};
  for (const file of files)
    entries[`${BRAT_ZIP_FOLDER}/${file.name}`] = [strToU8(file.content), { mtime: local }];
  return zipSync(entries, { level: 6 });
}
