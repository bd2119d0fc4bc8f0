import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DocumentId } from '../model/ids.ts';

/**
 * A document's id: `sha256:` + the hex SHA-256 of its normalised UTF-8 text, so the same
 * article imported on two machines gets the same id. Synchronous (noble, not Web Crypto) so
 * the CLI, main and renderer share it unchanged.
 */
export function documentIdOf(normalisedText: string): DocumentId {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(normalisedText)))}` as DocumentId;
}
