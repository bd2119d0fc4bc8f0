// Ids for entities that arrive without one (an entity CSV typed in a spreadsheet): derived from
// the name, so that importing the same list twice, or the same list on two machines, gives the
// same ids and the second import matches the first by id instead of creating duplicates.
// The hash is of nameKey(name), the rule by which two names are the same, so "Mike  Pompeo" and
// "mike pompeo" get one id. Synchronous SHA-256 (noble) as for document ids; 128 bits of it are
// plenty to tell a library's names apart and keep the id short.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { asEntityId, type EntityId } from '../model/ids.ts';
import { nameKey } from './entity-names.ts';

/** `name:` + 32 hex digits of the SHA-256 of the name's nameKey. */
export function nameBasedEntityId(name: string): EntityId {
  return asEntityId(`name:${bytesToHex(sha256(utf8ToBytes(nameKey(name)))).slice(0, 32)}`);
}
