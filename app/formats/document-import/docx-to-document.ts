// Word (.docx) → text: mammoth (the field's converter, kept up for a decade) reads the document
// into HTML, which goes through the same sanitising HTML-to-text path as a saved web page.
// Paragraphs, headings and list items are paragraphs; a table row is one paragraph (cells
// separated by a space, as for HTML tables); footnotes and endnotes follow the text, numbered
// as their references; images, headers and footers are dropped. Runs in Node and the browser.

import type { ConvertedDocument } from './converted-document.ts';
import { readDocxPackage } from './docx-package.ts';
import { readDocxProperties } from './docx-properties.ts';
import { htmlToText } from './html-to-text.ts';
import { MAMMOTH_ID_PREFIX, tidyMammothHtml } from './mammoth-html.ts';

// Word's Title and Subtitle styles are a report's headline and standfirst; mammoth's default
// style map does not know them (it would warn and write <p>), so they count as headings here.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * The text, title and metadata of a .docx file. Throws an Error whose message is the reason it
 * cannot be read, written to follow the file's name ("is password-protected: …").
 */
export async function convertDocx(bytes: Uint8Array): Promise<ConvertedDocument> {
  const docxPackage = readDocxPackage(bytes);
  const properties = readDocxProperties(docxPackage.parts['docProps/core.xml']);
  // Loaded on first use: the renderer's bundle only fetches mammoth when a .docx is imported.
  const { default: mammoth } = await import('mammoth');
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer` (package.json "browser");
  // both hand it to JSZip, which takes a Uint8Array, so one input serves both.
  const input = { buffer: docxPackage.zip, arrayBuffer: docxPackage.zip };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input as unknown as { arrayBuffer: ArrayBuffer }, {
      styleMap: STYLE_MAP,
      // A style map inside the file would be the file deciding what we read.
      includeEmbeddedStyleMap: false,
      idPrefix: MAMMOTH_ID_PREFIX,
      // An <img> without a source, which htmlToText drops: the image is never read (it is not
      // even in the package mammoth gets), let alone encoded as megabytes of data URI.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    // result.messages are warnings (a style mammoth does not know, an unsupported element):
    // the text is still read, so they are not reasons to refuse the file.
    html = result.value;
  } catch (error) {
    throw new Error(`is not a Word document (.docx): ${mammothReason(error)}`, { cause: error });
  }
  const tidied = tidyMammothHtml(html);
  // Word's optional hyphen (Ctrl+-) only says where a word may break; left in, "Kara\u00ADbakh"
  // would not be found by a search for "Karabakh".
  const text = htmlToText(tidied.html).text.replace(/\u00AD/g, '');
  if (text.trim() === '') {
    throw new Error(
      'has no text (a Word document of images, such as a scan, cannot be read: no OCR)',
    );
  }
  return {
    title: properties.title ?? tidied.firstHeading,
    text,
    metadata: properties.metadata,
  };
}

function mammothReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Could not find main document part')) {
    return 'the package holds no Word document part (is it a spreadsheet or a presentation?)';
  }
  // A truncated or hand-broken part: the XML parser's own words help no analyst.
  if (message.includes('xmldom')) return 'its content is damaged (a part is not well-formed XML)';
  return `its content cannot be read (${message})`;
}
