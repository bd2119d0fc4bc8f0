// What a saved web page says about itself in its <head>: the publisher, authors, canonical URL,
// language and publication day, read from the tags news sites write for search engines and
// social networks (Open Graph, article:*, Dublin Core, Highwire citation_*), and <html lang>.
// Values are taken as written; import-document-file.ts keeps only well-formed ones.

import { ElementType, type parseDocument } from 'htmlparser2';
import type { DocumentMetadata } from '../../model/document-metadata.ts';

type HtmlNode = ReturnType<typeof parseDocument>['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: unknown }>;

/** Meta names (name= or property=, lowercase) for each field, the most specific first. */
const SOURCE_NAMES = ['og:site_name', 'citation_publisher', 'dc.publisher', 'publisher'];
const AUTHOR_NAMES = ['author', 'citation_author', 'dc.creator', 'article:author'];
const URL_NAMES = ['og:url', 'dc.identifier'];
const LANGUAGE_NAMES = ['dc.language', 'content-language', 'og:locale'];
const PUBLISHED_NAMES = [
  'article:published_time',
  'citation_publication_date',
  'dc.date',
  'date',
  'datepublished',
];

/** The metadata in a parsed HTML document's head (and <html lang>); fields absent when unsaid. */
export function htmlMetadata(nodes: readonly HtmlNode[]): DocumentMetadata {
  const metas = new Map<string, string[]>();
  let canonical: string | undefined;
  let htmlLang: string | undefined;
  // Iterative: a hostile page nests thousands of elements, and recursion would overflow.
  const stack: HtmlNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('attribs' in node) || node.type === ElementType.Script) continue;
    const element = node as HtmlElement;
    const name = element.name.toLowerCase();
    if (name === 'svg' || name === 'math') continue;
    const attributes = element.attribs;
    if (name === 'html' && attributes.lang) htmlLang ??= attributes.lang;
    if (name === 'meta') {
      const key = (attributes.name ?? attributes.property ?? attributes['http-equiv'] ?? '')
        .trim()
        .toLowerCase();
      const content = attributes.content?.trim();
      if (key && content) metas.set(key, [...(metas.get(key) ?? []), content]);
    } else if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(attributes.rel ?? '')) {
      canonical ??= attributes.href?.trim();
    } else if (element.attribs.itemprop === 'datePublished' && attributes.content) {
      metas.set('datepublished', [attributes.content]);
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  const first = (keys: string[]) => keys.map((key) => metas.get(key)?.[0]).find(Boolean);
  const metadata: DocumentMetadata = {};
  const source = first(SOURCE_NAMES);
  if (source) metadata.source = source;
  const authorKey = AUTHOR_NAMES.find((key) => metas.has(key));
  // article:author is often a profile URL, not a name.
  const authors = (authorKey ? metas.get(authorKey)! : []).filter((a) => !/^https?:/i.test(a));
  if (authors.length > 0) metadata.authors = authors.flatMap((a) => a.split(/\s*;\s*/));
  const url = canonical || first(URL_NAMES);
  if (url) metadata.url = url;
  const language = htmlLang || first(LANGUAGE_NAMES);
  if (language) metadata.language = language.replace('_', '-');
  const published = first(PUBLISHED_NAMES)?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  if (published) metadata.publishedAt = published;
  return metadata;
}
