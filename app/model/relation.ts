// Relations: typed, directed links from one annotation to another of the same document and the
// same layer (annotator). The built-in types answer "who claimed what, when, about whom": a
// claim's claimant(s), its date and its target(s). A relation is a record of its own, owned by
// one annotator like the annotations it links, so that layers stay separable for review and sync.

import {
  asRelationTypeId,
  type AnnotationId,
  type AnnotatorId,
  type DocumentId,
  type LabelId,
  type RelationId,
  type RelationTypeId,
} from './ids.ts';
import { ACTOR, CLAIM, DATE } from './labels.ts';
import type { RelationProvenance } from './review.ts';

export interface Relation {
  id: RelationId;
  documentId: DocumentId;
  type: RelationTypeId;
  /** The annotation the relation starts from (for the built-ins, the claim). */
  from: AnnotationId;
  /** The annotation it points at (an actor or a date). */
  to: AnnotationId;
  /** The layer it belongs to: the annotator of both endpoints. */
  annotator: AnnotatorId;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** How a relation of the reconciled layer was decided; absent on every other layer. */
  provenance?: RelationProvenance;
}

/** What a relation type links: `from` and `to` are label ids. */
export interface RelationType {
  id: RelationTypeId;
  name: string;
  from: LabelId;
  to: LabelId;
  /** At most one relation of this type may start from one annotation (a claim has one date). */
  single?: boolean;
}

export const CLAIMANT = asRelationTypeId('claimant');
export const CLAIM_DATE = asRelationTypeId('date');
export const TARGET = asRelationTypeId('target');

/** The built-in relation types, in the order the claim's details list them. */
export const BUILT_IN_RELATION_TYPES: readonly RelationType[] = [
  { id: CLAIMANT, name: 'Claimant', from: CLAIM, to: ACTOR },
  { id: CLAIM_DATE, name: 'Claim date', from: CLAIM, to: DATE, single: true },
  { id: TARGET, name: 'Target', from: CLAIM, to: ACTOR },
];

export function findRelationType(
  types: readonly RelationType[],
  id: RelationTypeId,
): RelationType | undefined {
  return types.find((type) => type.id === id);
}

/** What the UI calls a relation type: its built-in name, or its id when a file brought one we do not know. */
export function relationTypeName(id: RelationTypeId): string {
  return findRelationType(BUILT_IN_RELATION_TYPES, id)?.name ?? id;
}

/** Orders relations by source, then type, then target, then id: the order of every list and export. */
export function compareRelations(a: Relation, b: Relation): number {
  return (
    compare(a.from, b.from) || compare(a.type, b.type) || compare(a.to, b.to) || compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
