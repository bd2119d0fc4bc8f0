// What an import will do, decided before anything is written: the plan the analyst reads (as
// describeImportPlan's lines) and the lead's repository applies in one transaction. Nothing in
// it overwrites the library: what exists is counted and skipped, and what differs is listed.

import type { EntityMatch } from '../entities/match-entities.ts';
import type { Annotation, Annotator, SourceDocument } from '../model/annotation.ts';
import type { Entity } from '../model/entity.ts';
import type { AnnotationId, AnnotatorId, DocumentId, EntityId, LabelId } from '../model/ids.ts';
import type { CodePointRange } from '../model/offsets.ts';
import type { Relation } from '../model/relation.ts';
import type { AnnotationProvenance, DocumentReview } from '../model/review.ts';
import type { ImportBundle, ImportFormat, ImportIssue } from './bundle.ts';

/** The parts of a library annotation an import compares with an incoming one of the same id. */
export type ExistingAnnotation = Pick<
  Annotation,
  'documentId' | 'label' | 'start' | 'end' | 'annotator' | 'note'
>;

/** What the library holds, as far as planning an import needs to know. */
export interface LibrarySnapshot {
  documents: ReadonlyMap<DocumentId, { title: string; text: string }>;
  annotationIds: ReadonlySet<string>;
  /** Annotator id → name. */
  annotators: ReadonlyMap<AnnotatorId, string>;
  /**
   * The library's annotations by id, when the caller can provide them: an incoming annotation
   * whose id exists but whose content differs is then listed as a conflict. Without it, such
   * an annotation is only counted as already present.
   */
  annotations?: ReadonlyMap<string, ExistingAnnotation>;
  /**
   * The documents that already have a review, when the caller can provide them: the file's
   * review of such a document is then skipped with a warning instead of replacing the
   * library's. Without it, every review of the file is planned.
   */
  reviewedDocuments?: ReadonlySet<DocumentId>;
  /**
   * The library's entity list, which the file's entities are matched against (by id, Wikidata
   * id, then name; app/entities/match-entities.ts). Without it every entity of the file is new.
   */
  entities?: readonly Entity[];
  /**
   * The ids of the library's relations: an incoming relation with one of them is counted as
   * already present and skipped. Without it, every relation of the file is planned.
   */
  relationIds?: ReadonlySet<string>;
}

export interface PlanOptions {
  importedAt: Date;
  /** Who an annotation that names no annotator is attributed to (the analyst importing). */
  fallbackAnnotator: Annotator;
  /**
   * The analyst's answers to offered entity matches (ImportPlan.entityMatches), by the file's
   * entity id: the library entity it is (any of the library's, usually one offered), or `'new'`
   * to keep it apart. An entity offered a match and not answered here is added as new, and the
   * summary says a match waits for confirmation; planning again with the answer changes that.
   */
  entityChoices?: ReadonlyMap<EntityId, EntityId | 'new'>;
}

/** An annotation that could not be placed: kept, with everything needed to place it later. */
export interface ImportOrphan {
  /** Where in the file it came from (JSON Pointer or `line N`). */
  source: string;
  id: AnnotationId;
  /** How the file names the document. */
  documentRef: string;
  /** When known: the file named it by id, or carried its text. */
  documentId?: DocumentId;
  label: LabelId;
  annotator: AnnotatorId;
  /** The selector as the file gave it ('' for a missing quote or context). */
  quote: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
  note: string;
  createdAt: string;
  updatedAt: string;
  reason: string;
  /** A reconciled annotation's provenance, as the file has it, to keep when it is placed later. */
  provenance?: AnnotationProvenance;
  /** An actor's entity (the library's id when the file's entity was matched), a date's value. */
  entity?: EntityId;
  value?: Annotation['value'];
  valueStatus?: Annotation['valueStatus'];
}

/** An annotation placed somewhere other than its offsets said (or placed by its quote alone). */
export interface ReanchoredAnnotation {
  source: string;
  id: AnnotationId;
  how: 'moved' | 'fuzzy';
  /** The file's offsets, when it gave usable ones. */
  from?: CodePointRange;
  /** Why the file's offsets could not be used, when it gave unusable ones. */
  offsetsProblem?: string;
  to: CodePointRange;
  /** The file's quote. */
  quote: string;
  /** For `fuzzy`: the text found, which becomes the annotation's quote; and how alike it was. */
  foundQuote?: string;
  score?: number;
}

/** Something in the file with the id of something in the library but different content. */
export interface ImportConflict {
  source: string;
  kind: 'annotation' | 'annotator';
  id: string;
  /** One line per field: `label: "claim" in the library, "actor" in the file`. */
  differences: string[];
}

export interface ImportPlan {
  format: ImportFormat;
  documentsToAdd: SourceDocument[];
  annotationsToAdd: Annotation[];
  /** With `role` when the file gives one (the reconciled layer's `reconciled`). */
  annotatorsToAdd: Annotator[];
  /**
   * The documents' reviews (docs/reconciliation.md), one per document, `documentId` being the
   * library's id of the document (added by this plan or already present). Written as they are:
   * their conflicts cite annotation ids, which are the file's ids whether the annotation is in
   * annotationsToAdd, in orphans or already in the library. A document the snapshot lists in
   * `reviewedDocuments` keeps its review and the file's is left out (with a warning).
   *
   * Reconciled annotations travel in annotationsToAdd (or orphans) with their `provenance`,
   * whatever became of the sources it cites: provenance is a record of the decision (each
   * source's label and offsets as they were when decided), not a live reference, so a source
   * that is orphaned, already present or absent from the file does not stop its import.
   */
  reviewsToAdd: DocumentReview[];
  /**
   * Labels the file defines, that are not built in, and that the annotations and orphans to add
   * use. The snapshot does not list the library's labels, so the caller adds those it lacks.
   */
  labelsToAdd: ImportBundle['labels'];
  /**
   * The file's relations between annotations that this import adds or the library has, in
   * their own document and layer; `from` and `to` are the ids those annotations have in the
   * library. A relation with an endpoint left as an orphan, or not in the file, is left out
   * with a warning naming it; one whose id the library has is counted in alreadyPresent.
   */
  relationsToAdd: Relation[];
  /**
   * The file's entities that matched none of the library's (and that the analyst did not
   * confirm as one of them). A matched entity is not here: the library's record is kept as it
   * is, and the annotations linking to it are given the library's id.
   */
  entitiesToAdd: Entity[];
  /** How each of the file's entities matched the library's, with the offers still to confirm. */
  entityMatches: EntityMatch[];
  /** Same ids as the library's: skipped, never overwritten. */
  alreadyPresent: {
    documents: number;
    annotations: number;
    annotators: number;
    relations: number;
  };
  /** Among alreadyPresent, those whose content differs: not applied, and the analyst is told. */
  conflicts: ImportConflict[];
  /** Kept, for the library's orphans table; not dropped and not placed at wrong offsets. */
  orphans: ImportOrphan[];
  /** Re-anchored annotations (they are also in annotationsToAdd, at their new place). */
  moved: ReanchoredAnnotation[];
  /** Problems that block the whole import: if there is one, nothing is written. */
  issues: ImportIssue[];
  /** Things the analyst should know that do not block the import. */
  warnings: string[];
  /** describeImportPlan(plan): what the UI shows before the analyst confirms. */
  summary: string[];
}
