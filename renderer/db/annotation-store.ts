// Repository functions for layers (STYLE.md: multi-table work in transactions here, never in
// components). Reads fold each layer's journal into its snapshot; writes (write-changes.ts)
// append edits to the journal.

import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';
import type { Relation } from '../../app/model/relation.ts';
import { loadRelation, parseLayerKey, storeRelation, type EditRow, type FoldedLayer, type LayerRow } from './rows.ts';

export { countByLabel } from './write-changes.ts';

/** Applies a layer's annotation edits, in order, to its snapshot. */
export function foldEdits(snapshot: readonly Annotation[], edits: readonly EditRow[]): Annotation[] {
  if (edits.length === 0) return [...snapshot];
  const byId = new Map(snapshot.map((annotation) => [annotation.id, annotation]));
  for (const edit of edits) {
    if (edit.op === 'put') byId.set(edit.annotation.id, edit.annotation);
    else if (edit.op === 'delete') byId.delete(edit.annotationId);
  }
  return [...byId.values()];
}

/** Applies a layer's relation edits, in order, to its snapshot's relations. */
export function foldRelationEdits(snapshot: readonly Relation[], edits: readonly EditRow[]): Relation[] {
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
export async function readDocumentLayers(db: MarginaliaDatabase, documentId: DocumentId): Promise<DocumentLayers> {
  return db.transaction('r', db.layers, db.edits, async () => {
    const [layers, edits] = await Promise.all([
      db.layers.where('documentId').equals(documentId).toArray(),
      db.edits.where('documentId').equals(documentId).sortBy('seq'),
    ]);
    const folded = foldLayers(layers, edits);
    return {
      annotations: folded.flatMap((layer) => layer.annotations),
      relations: folded.flatMap((layer) => layer.relations ?? []),
    };
  });
}

/** Every annotation of a document, over all its layers. */
export async function readDocumentAnnotations(db: MarginaliaDatabase, documentId: DocumentId): Promise<Annotation[]> {
  return db.transaction('r', db.layers, db.edits, async () => {
    const [layers, edits] = await Promise.all([
      db.layers.where('documentId').equals(documentId).toArray(),
      db.edits.where('documentId').equals(documentId).sortBy('seq'),
    ]);
    return foldLayers(layers, edits).flatMap((layer) => layer.annotations);
  });
}

/** Each layer with its journal applied, including layers that so far exist only as edits. */
export function foldLayers(layers: readonly LayerRow[], edits: readonly EditRow[]): FoldedLayer[] {
  const editsByLayer = new Map<string, EditRow[]>();
  for (const edit of edits) {
    const list = editsByLayer.get(edit.layerKey) ?? [];
    list.push(edit);
    editsByLayer.set(edit.layerKey, list);
  }
  const result = layers.map((layer) => foldLayer(layer, editsByLayer.get(layer.key) ?? []));
  // A layer that has only edits so far (its first annotation) has no snapshot row yet.
  const known = new Set(layers.map((layer) => layer.key));
  for (const [key, layerEdits] of editsByLayer) {
    if (known.has(key)) continue;
    const { documentId, annotatorId } = parseLayerKey(key);
    result.push(foldLayer({ key, documentId, annotatorId, annotations: [] }, layerEdits));
  }
  return result;
}

function foldLayer(layer: LayerRow, edits: readonly EditRow[]): FoldedLayer {
  const { relations: stored, ...rest } = layer;
  const folded: FoldedLayer = { ...rest, annotations: foldEdits(layer.annotations, edits) };
  // A layer that never had a relation stays without the field, as older layers are.
  const loaded = (stored ?? []).map((relation) => loadRelation(relation, layer.documentId, layer.annotatorId));
  const relations = foldRelationEdits(loaded, edits);
  if (relations.length > 0 || stored !== undefined) folded.relations = relations;
  return folded;
}

/** A folded layer as its record stores it (relations as tuples). */
export function toLayerRow(layer: FoldedLayer): LayerRow {
  const { relations, ...rest } = layer;
  return relations === undefined ? rest : { ...rest, relations: relations.map(storeRelation) };
}

/**
 * Folds a document's journal into its layer snapshots, so that reading stays one record per
 * layer. Runs after a document is opened, off the path the analyst waits on.
 */
export async function compactDocumentLayers(db: MarginaliaDatabase, documentId: DocumentId): Promise<number> {
  return db.transaction('rw', db.layers, db.edits, async () => {
    const edits = await db.edits.where('documentId').equals(documentId).sortBy('seq');
    if (edits.length === 0) return 0;
    const layers = await db.layers.where('documentId').equals(documentId).toArray();
    await db.layers.bulkPut(foldLayers(layers, edits).map(toLayerRow));
    await db.edits.bulkDelete(edits.map((edit) => edit.seq!));
    return edits.length;
  });
}
