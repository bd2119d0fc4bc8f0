// What a converter (plain text, Markdown, HTML, Word, PDF) makes of a file before the importer
// turns it into a document: its text, a title if the file names one, what the file says about
// itself, and for a paged format its pages. The importer (import-document-file.ts) normalises
// the text once, computes the id and the page starts; converters never do.

import type { DocumentMetadata } from '../../model/document-metadata.ts';

export interface ConvertedDocument {
  /** The file's own title (HTML <title>, Word properties, PDF info) or first heading; null when none. */
  title: string | null;
  /**
   * The text, one paragraph per line. A paged format gives its pages instead, in order, each
   * one paragraph per line: they are joined by a paragraph break and each page's start kept.
   */
  text: string | readonly string[];
  metadata?: DocumentMetadata;
}
