// Ids for annotations a file brings without one (doccano lines, some W3C exports). A random id
// would make every re-import of the same file add every span again; an id derived from what
// the annotation *is* — its document, its anchored offsets, its label and its annotator — makes
// the second import find them all already present. Two files annotating the same span with
// the same label by the same person describe the same annotation, and get the same id.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { asAnnotationId, type AnnotationId } from '../model/ids.ts';

/** Changing how ids are derived would duplicate everything imported before; never change it. */
const NAMESPACE = 'marginalia/derived-annotation-id/v1';

/**
 * A UUID (version 8, RFC 9562's layout for name-based custom ids) from the SHA-256 of `parts`,
 * so it looks like the random UUIDs the editor gives new annotations.
 */
export function derivedAnnotationId(parts: readonly (string | number)[]): AnnotationId {
  const bytes = sha256(utf8ToBytes(JSON.stringify([NAMESPACE, ...parts]))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytesToHex(bytes);
  return asAnnotationId(
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  );
}
