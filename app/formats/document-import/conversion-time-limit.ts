// How long one document may take to convert before the import gives up on it. A few hundred
// kilobytes of pathological markup keep a parser busy for tens of seconds (200 KB of `_a` in
// marked's lexer: 34 s; 600 KB of unclosed <b> in htmlparser2: 9–20 s; a 1 MB nested list:
// 21 s), while a real report converts in well under a second (the bench's 1 MB document in
// about 0.3 s). The renderer converts in a worker and stops it at this limit
// (renderer/import/document-conversion-worker.ts); docs/hostile-inputs.md lists the refusal.

/** The time one text, Markdown, HTML or Word file may take to convert: 20 s. */
export const DOCUMENT_CONVERSION_TIME_LIMIT_MS = 20_000;

/** The refusal of a file that was still converting at the limit. */
export function tookTooLongToConvert(fileName: string, limitMs: number): string {
  const seconds = limitMs >= 1000 ? `${Math.round(limitMs / 1000)} s` : `${limitMs} ms`;
  return `${fileName} took longer than ${seconds} to convert: its markup is too deeply nested or malformed`;
}
