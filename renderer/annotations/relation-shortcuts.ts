import type { RelationTypeId } from '../../app/model/ids.ts';
import { CLAIMANT, CLAIM_DATE, TARGET } from '../../app/model/relation.ts';

/** With a claim selected, the key that arms linking of each built-in relation type. */
export const RELATION_SHORTCUTS: Readonly<Record<string, string>> = {
  [CLAIMANT]: 'c',
  [CLAIM_DATE]: 'd',
  [TARGET]: 't',
};

/** The relation type a key arms, if any. */
export function relationTypeOfKey(key: string): RelationTypeId | null {
  const entry = Object.entries(RELATION_SHORTCUTS).find(([, shortcut]) => shortcut === key);
  return entry ? (entry[0] as RelationTypeId) : null;
}
