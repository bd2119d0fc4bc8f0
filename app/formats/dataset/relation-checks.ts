// The rules of relations (issue 8) that JSON Schema cannot express: a relation's type is known,
// its ids are unique in the file, both endpoints are annotations of its own document and its own
// layer with the labels its type names, a claim has at most one `date`, and only the reconciled
// layer's relations, all of them, carry provenance. A dangling or
// cross-layer link would show in the editor as a connector to nothing, or to a colleague's span.

import { BUILT_IN_RELATION_TYPES } from '../../model/relation.ts';
import { childPointer } from './json-pointer.ts';
import { checkRelationProvenancePlacement } from './review-checks.ts';
import { arrayItems, checkReference, checkUnique } from './semantic-helpers.ts';
import type { DatasetIssue } from './types.ts';

/** What a relation of a type links: label ids. */
interface Linking {
  from: string;
  to: string;
}

/** The relation types a file may use: the built-ins and those it lists, by id. */
export type KnownRelationTypes = Map<string, Linking>;

/**
 * The built-ins plus /relationTypes, reporting duplicate ids and a built-in listed with other
 * labels (a `date` from claims to actors would turn the one-date rule on its head).
 */
export function collectRelationTypes(list: unknown, issues: DatasetIssue[]): KnownRelationTypes {
  const known: KnownRelationTypes = new Map(
    BUILT_IN_RELATION_TYPES.map(({ id, from, to }) => [id as string, { from, to }]),
  );
  const seen = new Map<string, string>();
  for (const [type, path] of arrayItems(list, '/relationTypes')) {
    checkUnique(type.id, path, 'id', seen, 'relation type', issues);
    const { id, from, to } = type;
    if (typeof id !== 'string' || typeof from !== 'string' || typeof to !== 'string') continue;
    const builtIn = BUILT_IN_RELATION_TYPES.find((candidate) => candidate.id === id);
    if (builtIn === undefined) {
      if (!known.has(id)) known.set(id, { from, to });
      continue;
    }
    for (const [end, found] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (found !== builtIn[end])
        issues.push({
          path: childPointer(path, end),
          message: `expected ${JSON.stringify(builtIn[end])} (the built-in ${JSON.stringify(id)} type links ${builtIn.from} → ${builtIn.to}), found ${JSON.stringify(found)}`,
        });
    }
  }
  return known;
}

/** The relation types of which a claim may have only one (the built-in `date`). */
const SINGLE_TYPES = new Set<string>(
  BUILT_IN_RELATION_TYPES.filter((type) => type.single === true).map((type) => type.id),
);

/** What the relation checks need from the rest of the file. */
export interface RelationContext {
  types: KnownRelationTypes;
  /** The ids in /annotators; undefined when that list is unusable. */
  annotatorIds: Set<string> | undefined;
  /** Relation ids seen so far in the file, with where: they are unique across documents. */
  relationIds: Map<string, string>;
}

/** Checks the relations of the document at `documentPath`, given its annotations. */
export function checkRelations(
  document: Record<string, unknown>,
  documentPath: string,
  annotations: readonly [Record<string, unknown>, string][],
  context: RelationContext,
  issues: DatasetIssue[],
): void {
  const relations = arrayItems(document.relations, childPointer(documentPath, 'relations'));
  if (relations.length === 0) return;
  const endpoints = new Map<string, { label: unknown; annotator: unknown }>();
  for (const [{ id, label, annotator }] of annotations)
    if (typeof id === 'string' && !endpoints.has(id)) endpoints.set(id, { label, annotator });
  const typeIds = new Set(context.types.keys());
  /** `type` + claim id → where its first relation of a single type is. */
  const single = new Map<string, string>();

  for (const [relation, path] of relations) {
    checkUnique(relation.id, path, 'id', context.relationIds, 'relation', issues);
    const { type, from, to, annotator } = relation;
    checkReference(
      type,
      path,
      'type',
      typeIds,
      'a relation type in /relationTypes or a built-in',
      issues,
    );
    checkReference(
      annotator,
      path,
      'annotator',
      context.annotatorIds,
      'an annotator in /annotators',
      issues,
    );
    const linking = typeof type === 'string' ? context.types.get(type) : undefined;
    // An unknown annotator is reported once above, not again as a layer at each end.
    const layer =
      typeof annotator === 'string' && (context.annotatorIds?.has(annotator) ?? true)
        ? annotator
        : undefined;
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      const problem = endpointProblem(id, endpoints, layer, linking?.[end], type);
      if (problem !== undefined) issues.push({ path: childPointer(path, end), message: problem });
    }
    if (typeof type === 'string' && SINGLE_TYPES.has(type) && typeof from === 'string') {
      const key = `${type}\u0000${from}`;
      const first = single.get(key);
      if (first === undefined) single.set(key, path);
      else
        issues.push({
          path,
          message: `expected at most one ${JSON.stringify(type)} relation from annotation ${JSON.stringify(from)}, found a second (the first is ${first})`,
        });
    }
    // Its sources are checked with the annotations' (review-checks.ts checkReviewFields).
    checkRelationProvenancePlacement(relation, path, issues);
  }
}

/** Why `id` cannot be this end of a relation of `type` by `annotator`; undefined when it can. */
function endpointProblem(
  id: unknown,
  endpoints: Map<string, { label: unknown; annotator: unknown }>,
  layer: string | undefined,
  label: string | undefined,
  type: unknown,
): string | undefined {
  // A missing or non-string id has been reported by the schema.
  if (typeof id !== 'string' || id === '') return undefined;
  const endpoint = endpoints.get(id);
  if (endpoint === undefined)
    return `expected the id of an annotation in this document, found ${JSON.stringify(id)}`;
  if (layer !== undefined && endpoint.annotator !== layer)
    return `expected an annotation of ${JSON.stringify(layer)} (the relation's layer), found one of ${JSON.stringify(endpoint.annotator)}`;
  if (label !== undefined && endpoint.label !== label)
    return `expected an annotation labelled ${JSON.stringify(label)} (as a ${JSON.stringify(type)} relation requires), found one labelled ${JSON.stringify(endpoint.label)}`;
  return undefined;
}
