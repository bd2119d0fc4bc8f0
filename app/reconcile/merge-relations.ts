// Relations in a merge: each layer's relations united like its annotations, and the ones the
// merged document cannot hold left out, with a warning, so that the output validates.
//
// A relation is (document, annotator, id): the same one in two files is kept once, the most
// recently updated version winning (on a tie, the smaller encoding). Its ids are final ids
// (merge-ids.ts): its own, renamed where two owners used it, and its endpoints', renamed with
// the annotations they name; so are the relations and annotations a reconciled relation's
// provenance cites. The reconciled layer's relations are united the same way, never pruned.
//
// The union can put together what no single file held: a link from one file to an annotation
// that a later file relabelled (a claimant link to what is now a date), or a claim's `date`
// from one file beside another `date` the analyst set later. The merged document keeps a
// relation only if both endpoints are annotations of its layer with the labels its type links,
// and, of a claim's relations of a type it may have only one of, the most recently updated.

import type { DatasetRelation, DatasetRelationType } from '../formats/dataset/types.ts';
import type { AnnotationId, AnnotatorId, LabelId, RelationId } from '../model/ids.ts';
import { BUILT_IN_RELATION_TYPES, relationTypeName } from '../model/relation.ts';
import { compareStrings } from '../model/compare-strings.ts';
import type { RelationProvenance } from '../model/review.ts';
import type { DocumentCopy, MergeIssue } from './merge-input.ts';

/** A relation kept by the union, in final ids, and where it was found (for a warning's path). */
export interface HeldRelation {
  relation: DatasetRelation;
  input: number;
  documentIndex: number;
  position: number;
}

/** The final id of an annotation, and of a relation, of one document's layer. */
export interface FinalIds {
  annotation(annotator: AnnotatorId, id: string): string;
  relation(annotator: AnnotatorId, id: string): string;
}

/** What each relation type links: label ids by type id. */
export type RelationTypeLabels = ReadonlyMap<string, { from: LabelId; to: LabelId }>;

/** Every copy's relations, one per layer and final id. */
export function uniteRelations(copies: readonly DocumentCopy[], finals: FinalIds): HeldRelation[] {
  const held = new Map<string, HeldRelation>();
  for (const { input, index, document } of copies) {
    (document.relations ?? []).forEach((relation, position) => {
      const rewritten = relationInFinalIds(relation, finals);
      const key = `${rewritten.annotator}\u0000${rewritten.id}`;
      const kept = held.get(key);
      if (kept === undefined || supersedes(rewritten, kept.relation))
        held.set(key, { relation: rewritten, input, documentIndex: index, position });
    });
  }
  return [...held.values()];
}

/** Whether `candidate` replaces `kept`, another version of one relation: newer, or on a tie the smaller encoding. */
function supersedes(candidate: DatasetRelation, kept: DatasetRelation): boolean {
  const newer = Date.parse(candidate.updatedAt) - Date.parse(kept.updatedAt);
  if (newer !== 0) return newer > 0;
  return JSON.stringify(candidate) < JSON.stringify(kept);
}

/**
 * The relation with the format's fields only, in the encoder's order (copyRelation's), every id it
 * holds or cites a final id.
 */
export function relationInFinalIds(relation: DatasetRelation, finals: FinalIds): DatasetRelation {
  const { annotator } = relation;
  const rewritten: DatasetRelation = {
    id: finals.relation(annotator, relation.id) as RelationId,
    type: relation.type,
    from: finals.annotation(annotator, relation.from) as AnnotationId,
    to: finals.annotation(annotator, relation.to) as AnnotationId,
    annotator,
    createdAt: relation.createdAt,
    updatedAt: relation.updatedAt,
  };
  if (relation.provenance !== undefined)
    rewritten.provenance = provenanceInFinalIds(relation.provenance, finals);
  return rewritten;
}

function provenanceInFinalIds(
  provenance: RelationProvenance,
  finals: FinalIds,
): RelationProvenance {
  const { decision, decidedBy, decidedAt, sources } = provenance;
  return {
    decision,
    decidedBy,
    decidedAt,
    sources: sources.map(({ annotator, relationId, from, to }) => ({
      annotator,
      relationId: finals.relation(annotator, relationId) as RelationId,
      from: finals.annotation(annotator, from) as AnnotationId,
      to: finals.annotation(annotator, to) as AnnotationId,
    })),
  };
}

/** The relation types of which a claim may have only one (the built-in `date`). */
const SINGLE_TYPES = new Set<string>(
  BUILT_IN_RELATION_TYPES.filter((type) => type.single === true).map((type) => type.id),
);

/**
 * The relations the merged document can hold (see the top of this file), and a warning for each
 * of the others. `annotations` gives the label and layer of each of the document's annotations.
 */
export function keepValidRelations(
  held: readonly HeldRelation[],
  annotations: ReadonlyMap<string, { label: LabelId; annotator: AnnotatorId }>,
  types: RelationTypeLabels,
): { kept: DatasetRelation[]; dropped: MergeIssue[] } {
  const dropped: MergeIssue[] = [];
  const drop = ({ input, documentIndex, position, relation }: HeldRelation, why: string) =>
    dropped.push({
      input,
      path: `/documents/${documentIndex}/relations/${position}`,
      message: `left out ${describe(relation)}: ${why}`,
    });

  const linked: HeldRelation[] = [];
  for (const entry of held) {
    const problem = endpointProblem(entry.relation, annotations, types);
    if (problem === undefined) linked.push(entry);
    else drop(entry, problem);
  }

  // A claim's one `date`: the most recently updated, on a tie the smaller encoding.
  const single = new Map<string, HeldRelation>();
  const kept: DatasetRelation[] = [];
  for (const entry of linked) {
    const { relation } = entry;
    if (!SINGLE_TYPES.has(relation.type)) {
      kept.push(relation);
      continue;
    }
    const key = `${relation.annotator}\u0000${relation.from}\u0000${relation.type}`;
    const other = single.get(key);
    if (other === undefined) single.set(key, entry);
    else if (supersedes(relation, other.relation)) {
      single.set(key, entry);
      drop(other, laterOne(relation));
    } else drop(entry, laterOne(other.relation));
  }
  kept.push(...[...single.values()].map(({ relation }) => relation));
  return { kept, dropped };
}

function laterOne(kept: DatasetRelation): string {
  return `its claim may have one ${JSON.stringify(kept.type)} relation, and ${JSON.stringify(kept.id)} is the most recently updated`;
}

function endpointProblem(
  relation: DatasetRelation,
  annotations: ReadonlyMap<string, { label: LabelId; annotator: AnnotatorId }>,
  types: RelationTypeLabels,
): string | undefined {
  const linking = types.get(relation.type);
  for (const end of ['from', 'to'] as const) {
    const endpoint = annotations.get(relation[end]);
    if (endpoint === undefined || endpoint.annotator !== relation.annotator)
      return `no file has annotation ${JSON.stringify(relation[end])} of ${JSON.stringify(relation.annotator)}`;
    if (linking !== undefined && endpoint.label !== linking[end])
      return `annotation ${JSON.stringify(relation[end])} is labelled ${JSON.stringify(endpoint.label)} in the merged file, and a ${JSON.stringify(relation.type)} relation links ${linking.from} → ${linking.to}`;
  }
  return undefined;
}

function describe(relation: DatasetRelation): string {
  return `${relationTypeName(relation.type)} relation ${JSON.stringify(relation.id)} of ${JSON.stringify(relation.annotator)}`;
}

/**
 * The files' relation types united: the built-ins first, as the encoder writes them, then the
 * others by id, a type two files define differently settled by `settle` (a fixed preference).
 */
export function uniteRelationTypes(
  lists: readonly (readonly DatasetRelationType[] | undefined)[],
  settle: (candidates: readonly DatasetRelationType[]) => DatasetRelationType,
): DatasetRelationType[] {
  const builtIn = new Set<string>(BUILT_IN_RELATION_TYPES.map(({ id }) => id));
  const candidates = new Map<string, DatasetRelationType[]>();
  for (const list of lists)
    for (const type of list ?? []) {
      if (builtIn.has(type.id)) continue;
      const known = candidates.get(type.id);
      if (known === undefined) candidates.set(type.id, [type]);
      else known.push(type);
    }
  const others = [...candidates.keys()].sort(compareStrings).map((id) => {
    const { name, from, to } = settle(candidates.get(id)!);
    return { id: id as DatasetRelationType['id'], name, from, to };
  });
  return [
    ...BUILT_IN_RELATION_TYPES.map(({ id, name, from, to }) => ({ id, name, from, to })),
    ...others,
  ];
}

/** The relations of a merged document in the order the encoder writes them. */
export function relationsOfDocument(relations: readonly DatasetRelation[]): DatasetRelation[] {
  // compareRelations' order, as the encoder's: by source, type, target, then id.
  return [...relations].sort(
    (a, b) =>
      compareStrings(a.from, b.from) ||
      compareStrings(a.type, b.type) ||
      compareStrings(a.to, b.to) ||
      compareStrings(a.id, b.id),
  );
}
