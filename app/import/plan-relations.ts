// The file's relations, mapped onto the annotations this import adds or the library already
// has. A relation links two annotations of one document and one layer with the labels its type
// names; the dataset reader has refused files breaking that, and other decoders are held to it
// here (an issue: the file is wrong). What anchoring decides is another matter: an endpoint
// left as an orphan, or absent from the file, leaves its relation out with a warning naming
// it, because a relation to nothing cannot be shown, and the rest of the file still imports.

import type { AnnotationId, AnnotatorId, DocumentId, LabelId } from '../model/ids.ts';
import { asRelationId } from '../model/ids.ts';
import { BUILT_IN_RELATION_TYPES, relationTypeName, type Relation } from '../model/relation.ts';
import type { BundleRelation, ImportBundle, ImportIssue } from './bundle.ts';
import { derivedAnnotationId } from './derived-annotation-id.ts';
import type { LibrarySnapshot } from './plan-types.ts';

/** An annotation a relation may link to, as the library will hold it. */
export interface RelationEndpoint {
  id: AnnotationId;
  documentId: DocumentId;
  label: LabelId;
  annotator: AnnotatorId;
}

/** What became of the file's annotations, by the id the file gives them. */
export interface Endpoints {
  /** Added by this import or already in the library. */
  placed: ReadonlyMap<string, RelationEndpoint>;
  /** Kept as orphans. */
  orphaned: ReadonlySet<string>;
}

export interface PlannedRelations {
  relationsToAdd: Relation[];
  alreadyPresent: number;
}

/** Plans every relation of the bundle; `documentIds` parallels bundle.documents. */
export function planRelations(
  bundle: ImportBundle,
  documentIds: readonly (DocumentId | undefined)[],
  endpoints: Endpoints,
  library: LibrarySnapshot,
  defaults: { annotator: AnnotatorId; importedAt: string },
  issues: ImportIssue[],
  warnings: string[],
): PlannedRelations {
  const types = new Map(
    [...(bundle.relationTypes ?? []), ...BUILT_IN_RELATION_TYPES].map((t) => [t.id as string, t]),
  );
  const single = new Set<string>(BUILT_IN_RELATION_TYPES.filter((t) => t.single).map((t) => t.id));
  const planned = new Map<string, Relation>();
  const firstOfSingle = new Map<string, string>();
  let alreadyPresent = 0;

  for (const relation of bundle.relations ?? []) {
    const { source: path, type, from, to } = relation;
    const linking = types.get(type);
    if (linking === undefined) {
      const known = [...types.keys()].map((id) => JSON.stringify(id)).join(', ');
      issues.push({
        path,
        message: `type: expected one of ${known}, found ${JSON.stringify(type)}`,
      });
      continue;
    }
    const annotator = relation.annotator ?? defaults.annotator;
    const documentId = documentIds[relation.document];
    const endpointOf = (id: string) => endpoints.placed.get(id) ?? libraryEndpoint(id, library);
    const ends = (['from', 'to'] as const).map((end) => {
      const endpoint = endpointOf(relation[end]);
      if (endpoint === undefined) return undefined;
      const problem = endpointProblem(endpoint, documentId, annotator, linking[end]);
      if (problem !== undefined) issues.push({ path, message: `${end}: ${problem}` });
      return problem === undefined ? endpoint : undefined;
    });
    const missing = (['from', 'to'] as const).filter(
      (end) => endpointOf(relation[end]) === undefined,
    );
    if (missing.length > 0) {
      warnings.push(
        `${path}: ${describeRelation(relation)} not added: ${missing.map((end) => whyAbsent(relation[end], endpoints)).join('; ')}`,
      );
      continue;
    }
    if (ends[0] === undefined || ends[1] === undefined) continue;

    const id = asRelationId(
      relation.id ??
        derivedAnnotationId(['relation', ends[0].documentId, type, from, to, annotator]),
    );
    if (single.has(type)) {
      const key = `${type}\u0000${from}`;
      const first = firstOfSingle.get(key);
      if (first !== undefined) {
        issues.push({
          path,
          message: `expected at most one ${JSON.stringify(type)} relation from ${JSON.stringify(from)}, found a second (the first is ${first})`,
        });
        continue;
      }
      firstOfSingle.set(key, path);
    }
    if (library.relationIds?.has(id)) {
      alreadyPresent++;
      continue;
    }
    if (planned.has(id)) {
      issues.push({ path, message: `duplicate relation id ${JSON.stringify(id)}` });
      continue;
    }
    const createdAt = relation.createdAt ?? defaults.importedAt;
    planned.set(id, {
      id,
      documentId: ends[0].documentId,
      type: linking.id,
      from: ends[0].id,
      to: ends[1].id,
      annotator,
      createdAt,
      updatedAt: relation.updatedAt ?? createdAt,
      // A record of the decision, whatever became of the relations it cites, as an annotation's.
      ...(relation.provenance === undefined ? {} : { provenance: relation.provenance }),
    });
  }
  return { relationsToAdd: [...planned.values()], alreadyPresent };
}

/** An annotation the file does not carry but the library has, when the snapshot says what it is. */
function libraryEndpoint(id: string, library: LibrarySnapshot): RelationEndpoint | undefined {
  const existing = library.annotations?.get(id);
  return existing === undefined ? undefined : { id: id as AnnotationId, ...existing };
}

function endpointProblem(
  endpoint: RelationEndpoint,
  documentId: DocumentId | undefined,
  annotator: AnnotatorId,
  label: LabelId,
): string | undefined {
  if (documentId !== undefined && endpoint.documentId !== documentId)
    return `expected an annotation of the relation's document, found ${JSON.stringify(endpoint.id)} of another`;
  if (endpoint.annotator !== annotator)
    return `expected an annotation of ${JSON.stringify(annotator)} (the relation's layer), found one of ${JSON.stringify(endpoint.annotator)}`;
  if (endpoint.label !== label)
    return `expected an annotation labelled ${JSON.stringify(label)}, found one labelled ${JSON.stringify(endpoint.label)}`;
  return undefined;
}

/** `the Claimant relation "r1" from "c1" to "a1"`: how the warning names a relation. */
function describeRelation({ id, type, from, to }: BundleRelation): string {
  const name = id === undefined ? '' : ` ${JSON.stringify(id)}`;
  return `the ${relationTypeName(type)} relation${name} from ${JSON.stringify(from)} to ${JSON.stringify(to)}`;
}

function whyAbsent(id: string, endpoints: Endpoints): string {
  return endpoints.orphaned.has(id)
    ? `annotation ${JSON.stringify(id)} could not be placed (kept as an orphan)`
    : `annotation ${JSON.stringify(id)} is neither in the file nor in the library`;
}
