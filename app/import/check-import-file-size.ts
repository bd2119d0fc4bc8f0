// The first check on an import, before a byte is read into a string: a file over the limit is
// refused with its size and the limit. Parsing JSON takes several times the file's size in
// memory, and the renderer that does it shares a tab's heap; a 150 MB dataset (about a million
// annotations with their texts) is far beyond any real export and still parses.

import { err, ok, type Result } from '../result.ts';

const MEGABYTE = 1024 * 1024;

/** Largest import accepted, in bytes (150 MB). */
export const MAX_IMPORT_BYTES = 150 * MEGABYTE;

/** Refuses a file too large to import, saying which file, how large and the limit. */
export function checkImportFileSize(fileName: string, byteLength: number): Result<void, string> {
  if (byteLength <= MAX_IMPORT_BYTES) return ok(undefined);
  return err(
    `${fileName} is too large to import: ${formatMegabytes(byteLength)} (${formatCount(byteLength)} bytes); the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`,
  );
}

/** 209715200 → "200 MB", 157286401 → "150.1 MB" (rounded up, so over the limit never reads as equal). */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MEGABYTE) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}

/** 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
