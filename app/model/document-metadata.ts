// What a document says about itself beside its title and text: who published it, who wrote it,
// where and in which language. Filled from the imported file where it says (HTML <meta>, Word
// properties, PDF info), editable in the library and the document's header, carried by datasets
// as additive fields of a document (docs/dataset.md).

/** Every field optional: a file that says nothing gives an empty object. */
export interface DocumentMetadata {
  /** The publisher or outlet ("Reuters", "Ministry of Defence"). */
  source?: string;
  /** The authors, in the order the file gives them. */
  authors?: string[];
  /** Where the document was published: an absolute http or https URL. */
  url?: string;
  /** A BCP 47 language tag ("en", "hy", "az-Latn"). */
  language?: string;
  /** `YYYY-MM-DD`: the day it was published, what relative dates are resolved against. */
  publishedAt?: string;
}

/** The metadata fields, in the order files and forms show them. */
export const DOCUMENT_METADATA_FIELDS = [
  'publishedAt',
  'source',
  'authors',
  'url',
  'language',
] as const satisfies readonly (keyof DocumentMetadata)[];

/** The metadata fields `from` has (an object of any shape: a row, a file's document). */
export function metadataOf(from: DocumentMetadata): DocumentMetadata {
  const metadata: DocumentMetadata = {};
  for (const field of DOCUMENT_METADATA_FIELDS) {
    if (from[field] !== undefined) Object.assign(metadata, { [field]: from[field] });
  }
  return metadata;
}
