// Every schema the database has ever had, oldest first. Dexie needs the old declarations to
// upgrade a user's database, so a version is never edited once released: add a new one.
//
// Version 1 stored one row per annotation. Version 2 moved to layers (one record per document
// and annotator, holding that layer's annotations) plus an append-only journal of edits:
// docs/design-measurements.md: per-row writes at ~0.2 ms each (26 s for 100k annotations) against
// 0.7 s for per-document records, while rewriting a 10k-annotation record costs ~67 ms per
// edit. The journal gives both: a bulk import writes a few big records, a single edit appends
// one small row, and reading a layer folds the journal into its snapshot.

export const SCHEMA_V1 = {
  documents: '&id, title, updatedAt',
  texts: '&id',
  annotations: '&id, documentId, [documentId+annotator]',
  annotators: '&id',
  settings: '&key',
} as const;

export const SCHEMA_V2 = {
  documents: '&id, title, updatedAt',
  texts: '&id',
  annotations: null,
  layers: '&key, documentId, annotatorId',
  edits: '++seq, layerKey, documentId',
  annotators: '&id',
  settings: '&key',
} as const;

// Version 3 keeps imported annotations that could not be anchored (orphans), so nothing an
// import carried is ever dropped.
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  orphans: '&id, documentId, importedAt',
} as const;

// Version 4 keeps each document's review (app/model/review.ts DocumentReview: whose layers were
// compared, and the review entries of groups rejected, adjudicated or reopened), keyed by the
// document. Reconciled annotations themselves live in the layers like any annotator's.
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  reviews: '&documentId',
} as const;

// Version 5 adds the library's entity list (app/model/entity.ts), one row per entity, and each
// layer's relations in a record of their own beside the layer's (same key; the journal holds
// their edits like the annotations'): a document opens and paints from its annotations, and
// reads its relations just after. Publication dates live on the document rows.
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  entities: '&id, name',
  relationLayers: '&key, documentId',
} as const;

// Version 6 keeps dismissals (app/model/dismissal.ts): suggestions an analyst rejected and
// consistency findings dismissed, one record per decision, so they stay dismissed after a reload.
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  dismissals: '&id, documentId, kind',
} as const;

// Version 7 keeps the library's own labels (app/model/label-set.ts): the analyst's, those an
// import brought, and a built-in label's row once it is renamed, recoloured or hidden. The
// built-ins are merged in at read time, so a library with an empty table has today's set.
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  labels: '&id',
} as const;

export const CURRENT_SCHEMA_VERSION = 7;
