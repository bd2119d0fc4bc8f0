// The one string order for everything Marginalia sorts into a file or a report (ids, labels,
// annotator names): UTF-16 code units, as JavaScript's < compares them. localeCompare is not
// used because its order depends on the machine's locale and ICU version, and the same input
// must give the same bytes on every machine.

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
