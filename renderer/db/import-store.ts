// Writes an import plan (app/import/plan.ts) in one Dexie transaction: all of it or, if
// anything fails, none of it. The plan has already decided what is new; this never overwrites
// a document, an annotation or an annotator that exists.

import type { ImportPlan, LibrarySnapshot } from '../../app/import/plan-types.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import { addToCount } from '../../app/model/label-counts.ts';
import { labelsToStore, mergeLabelSet } from '../../app/model/label-set.ts';
import type { Relation } from '../../app/model/relation.ts';
import { foldLayers } from './annotation-store.ts';
import { countByLabel } from './write-changes.ts';
import type { MarginaliaDatabase } from './database.ts';
import { newDocumentRow } from './document-store.ts';
import {
  layerKeyOf,
  parseLayerKey,
  storeRelation,
  type LayerRow,
  type OrphanRow,
  type RelationLayerRow,
} from './rows.ts';

export interface ImportWriteResult {
  documents: number;
  annotations: number;
  orphans: number;
  relations: number;
  entities: number;
  /** The file's labels the library did not have, now in its label set. */
  labels: number;
}

export async function applyImportPlan(
  db: MarginaliaDatabase,
  plan: ImportPlan,
  meta: { fileName: string; importedAt: Date },
): Promise<ImportWriteResult> {
  const now = meta.importedAt.toISOString();
  return db.transaction(
    'rw',
    [
      db.documents,
      db.texts,
      db.layers,
      db.relationLayers,
      db.annotators,
      db.orphans,
      db.reviews,
      db.entities,
      db.labels,
    ],
    async () => {
      const newDocuments = plan.documentsToAdd.map((document) =>
        newDocumentRow({ ...document, format: 'dataset', sourceName: meta.fileName }, now),
      );
      await db.documents.bulkAdd(newDocuments);
      await db.texts.bulkAdd(
        plan.documentsToAdd.map((document) => ({ id: document.id, text: document.text })),
      );
      await db.annotators.bulkAdd(plan.annotatorsToAdd);

      // The plan matched the file's entities to the library's: what is left is new. An id the
      // library has by now (another import since planning) is kept as the library has it.
      const knownEntities = new Set(
        (await db.entities.bulkGet(plan.entitiesToAdd.map((entity) => entity.id))).flatMap((row) =>
          row ? [row.id] : [],
        ),
      );
      const entities = plan.entitiesToAdd.filter((entity) => !knownEntities.has(entity.id));
      await db.entities.bulkAdd(entities);

      // One snapshot per document and annotator: the existing one plus what the file adds. The
      // journal of edits stays valid on top, since it only names annotations the library had.
      const byLayer = new Map<string, Annotation[]>();
      for (const annotation of plan.annotationsToAdd) {
        const key = layerKeyOf(annotation.documentId, annotation.annotator);
        const list = byLayer.get(key);
        if (list) list.push(annotation);
        else byLayer.set(key, [annotation]);
      }
      const relationsByLayer = new Map<string, Relation[]>();
      for (const relation of plan.relationsToAdd) {
        const key = layerKeyOf(relation.documentId, relation.annotator);
        const list = relationsByLayer.get(key);
        if (list) list.push(relation);
        else relationsByLayer.set(key, [relation]);
      }
      const keys = [...byLayer.keys()];
      const existing = await db.layers.bulkGet(keys);
      const layers: LayerRow[] = keys.map((key, i) => {
        const { documentId, annotatorId } = parseLayerKey(key);
        return {
          key,
          documentId,
          annotatorId,
          annotations: [...(existing[i]?.annotations ?? []), ...byLayer.get(key)!],
        };
      });
      await db.layers.bulkPut(layers);
      // Relations likewise, in their own records beside the layers'.
      const relationKeys = [...relationsByLayer.keys()];
      const existingRelations = await db.relationLayers.bulkGet(relationKeys);
      await db.relationLayers.bulkPut(
        relationKeys.map((key, i): RelationLayerRow => {
          const { documentId, annotatorId } = parseLayerKey(key);
          return {
            key,
            documentId,
            annotatorId,
            relations: [
              ...(existingRelations[i]?.relations ?? []),
              ...relationsByLayer.get(key)!.map(storeRelation),
            ],
          };
        }),
      );

      const touched = new Set<DocumentId>(
        plan.annotationsToAdd.map((annotation) => annotation.documentId),
      );
      const rows = await db.documents.bulkGet([...touched]);
      const addedByDocument = new Map<DocumentId, Annotation[]>();
      for (const layer of layers)
        addedByDocument.set(layer.documentId, [
          ...(addedByDocument.get(layer.documentId) ?? []),
          ...byLayer.get(layer.key)!,
        ]);
      await db.documents.bulkPut(
        rows.flatMap((row) => {
          if (!row) return [];
          const counts = { ...row.counts };
          for (const [label, count] of Object.entries(
            countByLabel(addedByDocument.get(row.id) ?? []),
          ))
            addToCount(counts, label, count);
          return [{ ...row, counts, updatedAt: now }];
        }),
      );

      const orphanIds = plan.orphans.map((orphan) => orphan.id);
      const knownOrphans = new Set(
        (await db.orphans.bulkGet(orphanIds)).flatMap((row) => (row ? [row.id] : [])),
      );
      const orphans: OrphanRow[] = plan.orphans
        .filter((orphan) => !knownOrphans.has(orphan.id))
        .map((orphan) => ({ ...orphan, fileName: meta.fileName, importedAt: now }));
      await db.orphans.bulkAdd(orphans);
      // A document that already has a review keeps it (the plan drops the file's review then).
      const existingReviews = await db.reviews.bulkGet(
        plan.reviewsToAdd.map((review) => review.documentId),
      );
      await db.reviews.bulkAdd(plan.reviewsToAdd.filter((_, i) => !existingReviews[i]));
      // The file's own labels that what it adds uses (issue 11), colours normalised. A label the
      // library has already keeps the library's name, colour and key.
      const labels = labelsToStore(plan.labelsToAdd, mergeLabelSet(await db.labels.toArray()));
      await db.labels.bulkAdd(labels);
      return {
        documents: newDocuments.length,
        annotations: plan.annotationsToAdd.length,
        orphans: orphans.length,
        relations: plan.relationsToAdd.length,
        entities: entities.length,
        labels: labels.length,
      };
    },
  );
}

/** What planning an import needs to know of the library: the documents a file names. */
export async function readLibrarySnapshot(
  db: MarginaliaDatabase,
  documentIds: readonly DocumentId[],
): Promise<LibrarySnapshot> {
  return db.transaction(
    'r',
    [
      db.documents,
      db.texts,
      db.layers,
      db.edits,
      db.relationLayers,
      db.annotators,
      db.reviews,
      db.entities,
    ],
    async () => {
      const ids = [...new Set(documentIds)];
      const [rows, texts, annotators, entities] = await Promise.all([
        db.documents.bulkGet(ids),
        db.texts.bulkGet(ids),
        db.annotators.toArray(),
        db.entities.toArray(),
      ]);
      const documents = new Map<DocumentId, { title: string; text: string }>();
      rows.forEach((row, i) => {
        const text = texts[i]?.text;
        if (row && text !== undefined) documents.set(row.id, { title: row.title, text });
      });
      const present = [...documents.keys()];
      const [layers, edits, reviews, relationLayers] = await Promise.all([
        db.layers.where('documentId').anyOf(present).toArray(),
        db.edits.where('documentId').anyOf(present).sortBy('seq'),
        db.reviews.bulkGet(present),
        db.relationLayers.where('documentId').anyOf(present).toArray(),
      ]);
      const annotations = new Map<string, Annotation>();
      const relationIds = new Set<string>();
      for (const layer of foldLayers(layers, edits, relationLayers)) {
        for (const annotation of layer.annotations) annotations.set(annotation.id, annotation);
        for (const relation of layer.relations) relationIds.add(relation.id);
      }
      return {
        documents,
        reviewedDocuments: new Set(
          reviews.flatMap((review) => (review ? [review.documentId] : [])),
        ),
        annotationIds: new Set(annotations.keys()),
        annotators: new Map(annotators.map((annotator) => [annotator.id, annotator.name])),
        annotations,
        entities,
        relationIds,
      };
    },
  );
}
