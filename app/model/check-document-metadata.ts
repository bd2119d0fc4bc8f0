// What a document's metadata may hold, one rule per field, shared by every way in: the library's
// and the header's forms (the analyst's typing), the importers (what a file says about itself)
// and the dataset reader. Each rule gives the value to store (trimmed, canonical), `undefined`
// for "no value" (an empty field clears it), or the reason it is refused.

import { err, ok, type Result } from '../result.ts';
import type { DocumentMetadata } from './document-metadata.ts';

/** The value to store (undefined clears the field), or why the text is refused. */
export type FieldResult<T> = Result<T | undefined>;

/** A source (publisher, outlet): trimmed, inner runs of whitespace made one space. */
export function checkSource(text: string): FieldResult<string> {
  const source = text.replace(/\s+/gu, ' ').trim();
  return ok(source === '' ? undefined : source);
}

/** The authors as typed in one field: names separated by `;` (a name may hold a comma). */
export function parseAuthors(text: string): string[] {
  return text.split(';');
}

/** The authors in the order given, each trimmed; empty names dropped; none clears the field. */
export function checkAuthors(names: readonly string[]): FieldResult<string[]> {
  const authors = names
    .map((name) => name.replace(/\s+/gu, ' ').trim())
    .filter((name) => name !== '');
  return ok(authors.length === 0 ? undefined : authors);
}

/** The authors as one field shows them, the inverse of parseAuthors. */
export function formatAuthors(authors: readonly string[] | undefined): string {
  return (authors ?? []).join('; ');
}

/**
 * An absolute http or https URL, as the URL standard writes it (`https://example.com/`). Anything
 * else is refused, `javascript:` and `file:` first of all: the header shows the URL as a link.
 */
export function checkUrl(text: string): FieldResult<string> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  const refusal = `“${trimmed}” is not a web address. A URL must start with http:// or https://.`;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return err(refusal);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    return err(refusal);
  return ok(url.href);
}

/**
 * A BCP 47 language tag, in its canonical case (`en-gb` → `en-GB`, `az-latn` → `az-Latn`) as
 * Intl.getCanonicalLocales writes it. The POSIX form `en_GB` is read as `en-GB`. BCP 47 lets a
 * primary language subtag have five to eight letters, which no registered language uses; refusing
 * them catches a language written out ("English") instead of silently keeping it as a tag.
 */
export function checkLanguage(text: string): FieldResult<string> {
  const trimmed = text.trim().replaceAll('_', '-');
  if (trimmed === '') return ok(undefined);
  const refusal = `“${text.trim()}” is not a language tag; write a BCP 47 tag such as en, en-GB, hy or az-Latn.`;
  if (!/^[a-z]{2,3}(?:-|$)/iu.test(trimmed)) return err(refusal);
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    return canonical === undefined ? err(refusal) : ok(canonical);
  } catch {
    return err(refusal);
  }
}

/** The metadata fields these rules check (the publication date has its own, app/dates). */
export type CheckedMetadataField = 'source' | 'authors' | 'url' | 'language';

/**
 * Every field of `metadata` checked: the metadata to store (fields that clear left out) or one
 * message per refused field, each naming it ("url: …"), for a reader that reports them all.
 */
export function checkDocumentMetadata(
  metadata: Pick<DocumentMetadata, CheckedMetadataField>,
): Result<Pick<DocumentMetadata, CheckedMetadataField>, string[]> {
  const checked: Pick<DocumentMetadata, CheckedMetadataField> = {};
  const problems: string[] = [];
  const take = <K extends CheckedMetadataField>(
    field: K,
    result: FieldResult<NonNullable<DocumentMetadata[K]>>,
  ) => {
    if (!result.ok) problems.push(`${field}: ${result.error}`);
    else if (result.value !== undefined) checked[field] = result.value;
  };
  if (metadata.source !== undefined) take('source', checkSource(metadata.source));
  if (metadata.authors !== undefined) take('authors', checkAuthors(metadata.authors));
  if (metadata.url !== undefined) take('url', checkUrl(metadata.url));
  if (metadata.language !== undefined) take('language', checkLanguage(metadata.language));
  return problems.length > 0 ? err(problems) : ok(checked);
}

/**
 * What a file said about itself, kept where a rule accepts it and dropped where one refuses it
 * (a page's <meta> is often sloppy, and the text is what the analyst imports): the same values,
 * in the same canonical form, as the forms store. `isDay` judges the publication date.
 */
export function cleanDocumentMetadata(
  metadata: DocumentMetadata,
  isDay: (value: string) => boolean,
): DocumentMetadata {
  const clean: DocumentMetadata = {};
  if (metadata.publishedAt !== undefined && isDay(metadata.publishedAt))
    clean.publishedAt = metadata.publishedAt;
  const keep = <K extends CheckedMetadataField>(
    field: K,
    result: FieldResult<NonNullable<DocumentMetadata[K]>> | undefined,
  ) => {
    if (result?.ok && result.value !== undefined) clean[field] = result.value;
  };
  keep('source', metadata.source === undefined ? undefined : checkSource(metadata.source));
  const authors = metadata.authors === undefined ? undefined : checkAuthors(metadata.authors);
  // One name given twice (two meta tags, say) is one author.
  keep('authors', authors?.ok && authors.value ? ok([...new Set(authors.value)]) : authors);
  keep('url', metadata.url === undefined ? undefined : checkUrl(metadata.url));
  keep('language', metadata.language === undefined ? undefined : checkLanguage(metadata.language));
  return clean;
}
