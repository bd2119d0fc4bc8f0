// What a Word document says about itself, in its core properties (docProps/core.xml, Dublin
// Core: File → Info → Properties in Word). Only what names the text is taken: the title, the
// authors and the language. The dates there are the file's (created, saved), not when the
// text was published, and the Company of docProps/app.xml is whoever's copy of Office saved
// the file (often the analyst's own employer), not the publisher: neither is used.

import { DomUtils, parseDocument } from 'htmlparser2';
import { checkLanguage } from '../../model/check-document-metadata.ts';
import type { DocumentMetadata } from '../../model/document-metadata.ts';

export interface DocxProperties {
  /** `dc:title`, on one line; null when absent or blank. */
  title: string | null;
  metadata: DocumentMetadata;
}

/**
 * The names Word, LibreOffice and document libraries write when nobody set one: they name no
 * author. (The creator is also often whoever made the file rather than wrote the text; the
 * analyst corrects that in the document's header.)
 */
const PLACEHOLDER_AUTHORS = new Set([
  'un-named',
  'unknown',
  'author',
  'user',
  'windows user',
  'microsoft office user',
  'administrator',
]);

/** The title and metadata of docProps/core.xml; an absent or unreadable part says nothing. */
export function readDocxProperties(coreXml: Uint8Array | undefined): DocxProperties {
  if (coreXml === undefined) return { title: null, metadata: {} };
  const root = parseDocument(new TextDecoder().decode(coreXml), { xmlMode: true });
  const title = property(root.children, 'title');
  const creator = property(root.children, 'creator');
  const language = property(root.children, 'language');
  const metadata: DocumentMetadata = {};
  // Word writes several authors as "Ann One; Bob Two".
  const authors = (creator ?? '')
    .split(';')
    .map((author) => author.trim())
    .filter((author) => author !== '' && !PLACEHOLDER_AUTHORS.has(author.toLowerCase()));
  if (authors.length > 0) metadata.authors = authors;
  // Word leaves free text here at times ("English (UK)"): only a BCP 47 tag is a language.
  const languageTag = language === null ? null : checkLanguage(language);
  if (languageTag?.ok && languageTag.value !== undefined) metadata.language = languageTag.value;
  return { title, metadata };
}

type XmlNode = ReturnType<typeof parseDocument>['children'][number];

/** The text of the first element whose local name (after any `dc:` prefix) is `name`. */
function property(nodes: XmlNode[], name: string): string | null {
  const element = DomUtils.findOne(
    (candidate) => candidate.name.slice(candidate.name.indexOf(':') + 1) === name,
    nodes,
  );
  if (element === null) return null;
  const text = DomUtils.textContent(element).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
