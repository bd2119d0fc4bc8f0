// File names for brat documents, from their titles: what an NLP researcher sees in the brat
// file browser and on disk. Safe on every file system the export may land on (Windows forbids
// \ / : * ? " < > | and control characters, and folds case), and unique within one export.

/** Longest stem, in code points: titles are headlines, and paths have limits on Windows. */
const MAX_STEM = 60;

/** The stems for `titles`, in order: one per title, unique without regard to case. */
export function uniqueFileStems(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = safeStem(title);
    let stem = base;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    taken.add(stem.toLowerCase());
    return stem;
  });
}

/**
 * Letters, digits, `_` and `-` of the title (NFC), other runs as one `-`. A title with none of
 * these becomes `document`; names Windows reserves (CON, NUL, COM1…) get a trailing `_`.
 */
export function safeStem(title: string): string {
  const cleaned = [...title.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')]
    .slice(0, MAX_STEM)
    .join('')
    .replace(/^-+|-+$/g, '');
  if (cleaned === '') return 'document';
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `${cleaned}_` : cleaned;
}
