// Markdown goes through HTML so that raw HTML inside it (allowed by CommonMark) is stripped by
// exactly the same rules as an imported web page: one place decides what counts as text.

import { Marked } from 'marked';
import { htmlToText, type HtmlText } from './html-to-text.ts';

// A private instance: options or extensions set on the global `marked` elsewhere cannot change
// what an import produces (and therefore a document's text and id).
const markdown = new Marked({ gfm: true, async: false });

/** The readable text of a Markdown document; the title is its first heading, of any level. */
export function markdownToText(source: string): HtmlText {
  const tokens = markdown.lexer(source);
  const { text } = htmlToText(markdown.parser(tokens));
  const heading = tokens.find((token) => token.type === 'heading');
  const title =
    heading === undefined ? '' : htmlToText(markdown.parser([heading])).text.replace(/\n/g, ' ');
  // Markdown has no head: whatever a raw HTML block in it says about the page is not metadata.
  return { title: title === '' ? null : title, text, metadata: {} };
}
