// The IRIs a W3C export names things by. The Web Annotation model wants every id to be an IRI,
// and Marginalia's ids are not: documents are `sha256:<hex>`, annotations UUIDs (or anything an
// older dataset used), annotators `annotator-<uuid>`. Each mapping here is reversible, so a
// Marginalia export re-imports with the ids it had; an IRI some other tool minted is kept whole.

import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asRelationId,
  isDocumentId,
  type AnnotationId,
  type AnnotatorId,
  type DocumentId,
  type EntityId,
  type RelationId,
} from '../../model/ids.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ANNOTATION_PREFIX = 'urn:marginalia:annotation:';
const ANNOTATOR_PREFIX = 'urn:marginalia:annotator:';
const RELATION_PREFIX = 'urn:marginalia:relation:';
const ENTITY_PREFIX = 'urn:marginalia:entity:';

/**
 * A document's IRI: an RFC 6920 Named Information URI (`ni:///sha-256;<base64url>`), the
 * registered scheme for naming content by its hash, which is what a Marginalia document id is.
 */
export function documentIri(id: DocumentId): string {
  return `ni:///sha-256;${hexToBase64Url(id.slice('sha256:'.length))}`;
}

/** The document id an IRI names, or undefined when it is not a SHA-256 content IRI. */
export function documentIdFromIri(iri: string): DocumentId | undefined {
  if (isDocumentId(iri)) return iri; // a bare Marginalia id is a syntactically valid IRI too
  const named = /^ni:\/\/[^/?#]*\/sha-256;([A-Za-z0-9_-]{43})(?:\?[^#]*)?$/.exec(iri);
  if (named === null) return undefined;
  const hex = base64UrlToHex(named[1]!);
  // Only the canonical spelling: the last character carries 2 unused bits, which must be zero
  // for the IRI to be the one documentIri writes.
  return hexToBase64Url(hex) === named[1] ? (`sha256:${hex}` as DocumentId) : undefined;
}

/** `urn:uuid:<uuid>` for a UUID (what Marginalia mints), else a reversible Marginalia URN. */
export function annotationIri(id: AnnotationId): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${ANNOTATION_PREFIX}${encodeURIComponent(id)}`;
}

/** The annotation id behind an IRI annotationIri wrote; any other IRI is kept as the id. */
export function annotationIdFromIri(iri: string): AnnotationId {
  return asAnnotationId(localId(iri, ANNOTATION_PREFIX));
}

export function annotatorIri(id: AnnotatorId): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${ANNOTATOR_PREFIX}${encodeURIComponent(id)}`;
}

/** The annotator id behind an IRI annotatorIri wrote; any other IRI is kept as the id. */
export function annotatorIdFromIri(iri: string): AnnotatorId {
  return asAnnotatorId(localId(iri, ANNOTATOR_PREFIX));
}

/** A relation is written as a linking annotation, so it is named like one. */
export function relationIri(id: RelationId): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${RELATION_PREFIX}${encodeURIComponent(id)}`;
}

/** The relation id behind an IRI relationIri wrote; any other IRI is kept as the id. */
export function relationIdFromIri(iri: string): RelationId {
  return asRelationId(localId(iri, RELATION_PREFIX));
}

export function entityIri(id: EntityId): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${ENTITY_PREFIX}${encodeURIComponent(id)}`;
}

/** The entity id behind an IRI entityIri wrote; any other IRI is kept as the id. */
export function entityIdFromIri(iri: string): EntityId {
  return asEntityId(localId(iri, ENTITY_PREFIX));
}

/** The collection's IRI: one per export, so two exports of a library are two collections. */
export function collectionIri(exportedAt: Date): string {
  return `urn:marginalia:collection:${exportedAt.toISOString()}`;
}

/** The IRI of page `number` (1-based) of a collection. */
export function pageIri(collection: string, number: number): string {
  return `${collection}:page:${number}`;
}

function localId(iri: string, prefix: string): string {
  if (/^urn:uuid:/i.test(iri) && UUID.test(iri.slice('urn:uuid:'.length)))
    return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(prefix)) {
    try {
      return decodeURIComponent(iri.slice(prefix.length));
    } catch {
      return iri; // malformed escapes: not one of ours after all
    }
  }
  return iri;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Unpadded base64url (RFC 4648 §5) of the bytes a hex string spells. */
function hexToBase64Url(hex: string): string {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    buffer = (buffer << 8) | parseInt(hex.slice(i, i + 2), 16);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL[(buffer >> bits) & 63];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE64URL[(buffer << (6 - bits)) & 63];
  return out;
}

/** Lowercase hex of unpadded base64url; trailing bits that do not fill a byte are dropped. */
function base64UrlToHex(text: string): string {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const character of text) {
    buffer = (buffer << 6) | BASE64URL.indexOf(character);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += ((buffer >> bits) & 255).toString(16).padStart(2, '0');
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}
