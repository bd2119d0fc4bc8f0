// Which file extensions are documents, and in which format. The one list: the importer reads
// it, main's open dialogs and the browser's file inputs offer it, so a file a dialog offers is
// always one the importer takes. Kept apart from the converters so that main can import it
// without bundling the HTML and Markdown parsers (or mammoth and pdf.js).

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

// A Map, not an object literal: "notes.constructor" must not find Object.prototype.constructor.
const FORMATS_BY_EXTENSION = new Map<string, DocumentFormat>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['docx', 'docx'],
  ['pdf', 'pdf'],
]);

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  pdf: 'PDF',
};

/** Formats whose files are binary (a zip, a PDF): never decoded as text before conversion. */
export function isBinaryDocumentFormat(format: DocumentFormat): boolean {
  return format === 'docx' || format === 'pdf';
}

/** Every document extension, lowercase, without the dot: txt, text, md, … */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...FORMATS_BY_EXTENSION.keys()];

/** The format a file name's extension (any case) says, or null for anything else. */
export function documentFormatOf(fileName: string): DocumentFormat | null {
  const dot = fileName.lastIndexOf('.');
  // A dot before the last path separator belongs to a folder, not to the file.
  if (dot <= 0 || dot < Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')))
    return null;
  return FORMATS_BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase()) ?? null;
}

/** "plain text (.txt, .text), Markdown (.md, .markdown) and HTML (.html, .htm, .xhtml)". */
export function describeDocumentFormats(): string {
  const byFormat = new Map<DocumentFormat, string[]>();
  for (const [extension, format] of FORMATS_BY_EXTENSION)
    byFormat.set(format, [...(byFormat.get(format) ?? []), `.${extension}`]);
  const parts = [...byFormat].map(
    ([format, extensions]) => `${FORMAT_NAMES[format]} (${extensions.join(', ')})`,
  );
  return parts.length === 1
    ? parts[0]!
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
