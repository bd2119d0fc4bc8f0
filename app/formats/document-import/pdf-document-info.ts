// What a PDF says about itself: its document information dictionary (Title, Author…) and its
// XMP metadata (Dublin Core), as pdf.js reads them. Producers fill these carelessly: Word
// writes the file name as the title ("Microsoft Word - brief.docx"), printers write "Untitled",
// so a value is taken only when it reads as what the field means. Subject, Keywords, Creator
// and Producer say nothing of the publisher; CreationDate is when the file was made, not when
// the report was published, so neither is taken.

import { checkLanguage, checkUrl } from '../../model/check-document-metadata.ts';
import type { DocumentMetadata } from '../../model/document-metadata.ts';

export interface PdfDocumentInfo {
  /** The information dictionary: pdf.js's `getMetadata().info`. */
  info: Readonly<Record<string, unknown>>;
  /** XMP properties by lower-cased name ("dc:title", "dc:creator"): pdf.js's `metadata`. */
  xmp?: ReadonlyMap<string, unknown> | null;
  /** The document catalog's /Lang, as pdf.js's text content gives it. */
  lang?: string | null;
}

/** File names and placeholders producers write where a title belongs. */
const NOT_A_TITLE = [
  /\.(?:docx?|pdf|rtf|odt|txt|html?|indd|pages|tex|dvi|ps|qxd|pub|xlsx?|pptx?|md)$/i,
  /^(?:untitled|document|presentation|book|title|microsoft word)\s*\d*$/i,
  /^[a-z]:\\|^\/|^file:/i,
];

/** The title the file gives, when it is one; null otherwise. */
export function pdfTitleOf({ info, xmp }: PdfDocumentInfo): string | null {
  for (const candidate of [info.Title, xmp?.get('dc:title')]) {
    const title = cleanText(candidate)?.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, '');
    if (title && !NOT_A_TITLE.some((pattern) => pattern.test(title))) return title;
  }
  return null;
}

/** Authors, publisher, URL and language, where the file says them. */
export function pdfMetadataOf({ info, xmp, lang }: PdfDocumentInfo): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  const authors = authorsOf(info.Author) ?? creatorsOf(xmp?.get('dc:creator'));
  if (authors) metadata.authors = authors;
  const source = firstLine(xmp?.get('dc:publisher'));
  if (source) metadata.source = source;
  // The first candidate the field's own rule accepts, in the form it stores.
  const url = [xmp?.get('dc:identifier'), xmp?.get('dc:source')]
    .map((value) => checked(firstLine(value), checkUrl))
    .find((value) => value !== undefined);
  if (url) metadata.url = url;
  const language = [lang, firstLine(xmp?.get('dc:language'))]
    .map((value) => checked(cleanText(value), checkLanguage))
    .find((value) => value !== undefined);
  if (language) metadata.language = language;
  return metadata;
}

function checked(
  text: string | null,
  check: (text: string) => { ok: true; value: string | undefined } | { ok: false },
): string | undefined {
  if (text === null) return undefined;
  const result = check(text);
  return result.ok ? result.value : undefined;
}

/** "Ann Lee; Ben Roe", "Ann Lee and Ben Roe" → two authors. Commas stay ("Lee, Ann"). */
function authorsOf(value: unknown): string[] | null {
  const text = cleanText(value);
  if (text === null) return null;
  const authors = text
    .split(/\s*;\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return authors.length > 0 ? authors : null;
}

function creatorsOf(value: unknown): string[] | null {
  if (!Array.isArray(value)) return authorsOf(value);
  const authors = value.map(cleanText).filter((name): name is string => name !== null);
  return authors.length > 0 ? authors : null;
}

/** An XMP bag or alternative reads as its items, one per line: the first one. */
function firstLine(value: unknown): string | null {
  if (Array.isArray(value)) return cleanText(value[0]);
  const text = typeof value === 'string' ? value.trim().split(/\s*\n\s*/)[0] : undefined;
  return cleanText(text);
}

/** Control characters (a stray NUL, a byte-order mark decoded as text) are not content. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\ufeff]/g;

function cleanText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
