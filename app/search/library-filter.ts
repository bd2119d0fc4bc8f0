// The library's filter box: a document is listed when the query is found in its title or in what
// it says about itself (source, authors, URL, language), ignoring case and accents the way the
// Entity field compares names (accentFreeKey: "azerbaycan" finds "Azərbaycan", "lemonde" does not
// find "Le Monde" but "le monde" does).

import { accentFreeKey } from '../entities/entity-names.ts';
import type { DocumentMetadata } from '../model/document-metadata.ts';

/** What the filter reads of a document. */
export type FilterableDocument = { title: string } & Pick<
  DocumentMetadata,
  'source' | 'authors' | 'url' | 'language'
>;

/**
 * The folded text the filter searches, computed once per document rather than per keystroke.
 * Fields are joined with a line break, which no query holds, so a match never spans two fields.
 */
export function libraryFilterText(document: FilterableDocument): string {
  const { title, source, authors, url, language } = document;
  return [title, source, ...(authors ?? []), url, language]
    .filter((field): field is string => field !== undefined)
    .map(accentFreeKey)
    .join('\n');
}

/** The query folded like libraryFilterText; empty when it holds nothing to look for. */
export function libraryFilterKey(query: string): string {
  return accentFreeKey(query.replace(/\s+/gu, ' ').trim());
}

/** Whether a document's folded text (libraryFilterText) holds the folded query. */
export function matchesLibraryFilter(filterText: string, key: string): boolean {
  return key === '' || filterText.includes(key);
}
