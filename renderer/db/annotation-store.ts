// Repository functions for layers (docs/conventions.md §6: multi-table work in transactions here, never in
// components). Reads fold each layer's journal into its snapshot; writes (write-changes.ts)
// append edits to the journal.

import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';
import type { Relation } from '../../app/model/relation.ts';
import {
  loadRelation,
  parseLayerKey,
  storeRelation,
  type EditRow,
  type FoldedLayer,
  type LayerRow,
  type RelationLayerRow,
} from './rows.ts';

/** Applies a layer's annotation edits, in order, to its snapshot. */
export function foldEdits(
  snapshot: readonly Annotation[],
  edits: readonly EditRow[],
): Annotation[] {
  if (edits.length === 0) return [...snapshot];
  const byId = new Map(snapshot.map((annotation) => [annotation.id, annotation]));
  for (const edit of edits) {
    if (edit.op === 'put') byId.set(edit.annotation.id, edit.annotation);
    else if (edit.op === 'delete') byId.delete(edit.annotationId);
  }
  return [...byId.values()];
}

/** Applies a layer's relation edits, in order, to its snapshot's relations. */
export function foldRelationEdits(
  snapshot: readonly Relation[],
  edits: readonly EditRow[],
): Relation[] {
  if (edits.length === 0) return [...snapshot];
  const byId = new Map(snapshot.map((relation) => [relation.id, relation]));
  for (const edit of edits) {
    if (edit.op === 'put-relation') byId.set(edit.relation.id, edit.relation);
    else if (edit.op === 'delete-relation') byId.delete(edit.relationId);
  }
  return [...byId.values()];
}

/** A document's annotations and relations over all its layers. */
export interface DocumentLayers {
  annotations: Annotation[];
  relations: Relation[];
}

/** Every annotation and relation of a document, over all its layers. */
export async function readDocumentLayers(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<DocumentLayers> {
  return db.transaction('r', db.layers, db.edits, db.relationLayers, async () => {
    const [layers, edits, relationLayers] = await Promise.all([
      db.layers.where('documentId').equals(documentId).toArray(),
      db.edits.where('documentId').equals(documentId).sortBy('seq'),
      db.relationLayers.where('documentId').equals(documentId).toArray(),
    ]);
    const folded = foldLayers(layers, edits, relationLayers);
    return {
      annotations: folded.flatMap((layer) => layer.annotations),
      relations: folded.flatMap((layer) => layer.relations),
    };
  });
}

/**
 * A document's relations, over all its layers, with the journal's relation edits folded in: what
 * an open document reads just after its first paint (the annotations come first).
 */
export async function readDocumentRelations(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<Relation[]> {
  return db.transaction('r', db.edits, db.relationLayers, async () => {
    const [edits, relationLayers] = await Promise.all([
      db.edits.where('documentId').equals(documentId).sortBy('seq'),
      db.relationLayers.where('documentId').equals(documentId).toArray(),
    ]);
    return foldRelationLayers(relationLayers, edits).flatMap((layer) => layer.relations);
  });
}

/** Every annotation of a document, over all its layers. */
export async function readDocumentAnnotations(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<Annotation[]> {
  return db.transaction('r', db.layers, db.edits, async () => {
    const [layers, edits] = await Promise.all([
      db.layers.where('documentId').equals(documentId).toArray(),
      db.edits.where('documentId').equals(documentId).sortBy('seq'),
    ]);
    return foldLayers(layers, edits).flatMap((layer) => layer.annotations);
  });
}

/**
 * Each layer with its journal applied, including layers that so far exist only as edits, with
 * its relations (from `relationLayers`, the records of the same keys) when the caller read them.
 */
export function foldLayers(
  layers: readonly LayerRow[],
  edits: readonly EditRow[],
  relationLayers: readonly RelationLayerRow[] = [],
): FoldedLayer[] {
  const editsByLayer = groupEdits(edits);
  const relationsByKey = new Map(
    foldRelationLayers(relationLayers, edits).map((layer) => [layer.key, layer.relations]),
  );
  const result: FoldedLayer[] = layers.map((layer) => ({
    ...layer,
    annotations: foldEdits(layer.annotations, editsByLayer.get(layer.key) ?? []),
    relations: relationsByKey.get(layer.key) ?? [],
  }));
  // A layer that has only edits so far (its first annotation) has no snapshot row yet.
  const known = new Set(layers.map((layer) => layer.key));
  for (const [key, layerEdits] of editsByLayer) {
    if (known.has(key)) continue;
    const { documentId, annotatorId } = parseLayerKey(key);
    result.push({
      key,
      documentId,
      annotatorId,
      annotations: foldEdits([], layerEdits),
      relations: relationsByKey.get(key) ?? [],
    });
  }
  return result;
}

/** Each layer's relations with the journal's relation edits applied, layers with only edits included. */
export function foldRelationLayers(
  relationLayers: readonly RelationLayerRow[],
  edits: readonly EditRow[],
): { key: string; relations: Relation[] }[] {
  const editsByLayer = groupEdits(
    edits.filter((edit) => edit.op === 'put-relation' || edit.op === 'delete-relation'),
  );
  const result = relationLayers.map((layer) => ({
    key: layer.key,
    relations: foldRelationEdits(
      layer.relations.map((relation) =>
        loadRelation(relation, layer.documentId, layer.annotatorId),
      ),
      editsByLayer.get(layer.key) ?? [],
    ),
  }));
  const known = new Set(relationLayers.map((layer) => layer.key));
  for (const [key, layerEdits] of editsByLayer)
    if (!known.has(key)) result.push({ key, relations: foldRelationEdits([], layerEdits) });
  return result;
}

function groupEdits(edits: readonly EditRow[]): Map<string, EditRow[]> {
  const editsByLayer = new Map<string, EditRow[]>();
  for (const edit of edits) {
    const list = editsByLayer.get(edit.layerKey);
    if (list) list.push(edit);
    else editsByLayer.set(edit.layerKey, [edit]);
  }
  return editsByLayer;
}

/** A folded layer's relations as their record stores them (tuples). */
export function toRelationLayerRow(layer: FoldedLayer): RelationLayerRow {
  return {
    key: layer.key,
    documentId: layer.documentId,
    annotatorId: layer.annotatorId,
    relations: layer.relations.map(storeRelation),
  };
}

/** A folded layer's annotations as their record stores them. */
export function toLayerRow(layer: FoldedLayer): LayerRow {
  return {
    key: layer.key,
    documentId: layer.documentId,
    annotatorId: layer.annotatorId,
    annotations: layer.annotations,
  };
}

/**
 * Folds a document's journal into its layer and relation records, so that reading stays one
 * record per layer. Runs after a document is opened, off the path the analyst waits on.
 */
export async function compactDocumentLayers(
  db: MarginaliaDatabase,
  documentId: DocumentId,
): Promise<number> {
  return db.transaction('rw', db.layers, db.edits, db.relationLayers, async () => {
    const edits = await db.edits.where('documentId').equals(documentId).sortBy('seq');
    if (edits.length === 0) return 0;
    const [layers, relationLayers] = await Promise.all([
      db.layers.where('documentId').equals(documentId).toArray(),
      db.relationLayers.where('documentId').equals(documentId).toArray(),
    ]);
    const folded = foldLayers(layers, edits, relationLayers);
    await db.layers.bulkPut(folded.map(toLayerRow));
    // A layer that never had a relation gets no relation record.
    const withRelations = new Set(relationLayers.map((layer) => layer.key));
    await db.relationLayers.bulkPut(
      folded
        .filter((layer) => layer.relations.length > 0 || withRelations.has(layer.key))
        .map(toRelationLayerRow),
    );
    await db.edits.bulkDelete(edits.map((edit) => edit.seq!));
    return edits.length;
  });
}
