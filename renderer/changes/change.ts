// The one change model of the renderer. Every edit an analyst makes — an annotation tagged,
// relabelled or deleted, a relation linked, an entity link or a date value set (both fields of an
// annotation), an entity edited, a document's metadata, a review decision — is a list of these
// changes. Each carries what it replaced, so undo is the inverse list applied in reverse, and
// the one write path (renderer/db/write-changes.ts) persists any mix of them in one transaction.

import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentMetadata } from '../../app/model/document-metadata.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { Label } from '../../app/model/labels.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { Relation } from '../../app/model/relation.ts';
import type { Dismissal } from '../../app/model/dismissal.ts';
import type { DocumentReview } from '../../app/model/review.ts';
import type { OrphanRow } from '../db/rows.ts';

/** An annotation created (`before` null), changed, or deleted (`after` null). */
export interface AnnotationChange {
  /** Optional for annotation changes only, so that `{ before, after }` reads as one. */
  kind?: 'annotation';
  before: Annotation | null;
  after: Annotation | null;
  /**
   * The imported orphan this annotation places: its row is deleted when the annotation is
   * created and put back when that creation is undone, in the same transaction either way.
   */
  placedOrphan?: OrphanRow;
}

export interface RelationChange {
  kind: 'relation';
  before: Relation | null;
  after: Relation | null;
}

export interface EntityChange {
  kind: 'entity';
  before: Entity | null;
  after: Entity | null;
}

/**
 * What an analyst edits about a document itself: its title and its metadata (publication date,
 * source, authors, URL, language; app/model/document-metadata.ts), each absent when unknown.
 */
export interface DocumentFields extends DocumentMetadata {
  title: string;
}

export interface DocumentChange {
  kind: 'document';
  documentId: DocumentId;
  /**
   * The fields before and after. Only the fields that differ between the two are applied, so
   * that undoing "Set source" from the library leaves a title renamed since in the document alone.
   */
  before: DocumentFields;
  after: DocumentFields;
}

/** A document's review row (app/model/review.ts) before and after a decision. */
export interface ReviewChange {
  kind: 'review';
  documentId: DocumentId;
  before: DocumentReview | null;
  after: DocumentReview | null;
}

/** A suggestion rejected or a check finding dismissed (`after`), or that undone (`before`). */
export interface DismissalChange {
  kind: 'dismissal';
  before: Dismissal | null;
  after: Dismissal | null;
}

/**
 * A label of the library's set added (`before` null), edited (name, colour, key, hidden) or
 * deleted (`after` null). A built-in label is never deleted: its row holds what was edited.
 */
export interface LabelChange {
  kind: 'label';
  before: Label | null;
  after: Label | null;
}

export type Change =
  | AnnotationChange
  | RelationChange
  | EntityChange
  | DocumentChange
  | ReviewChange
  | DismissalChange
  | LabelChange;

/** The change that reverses `change`; undoing a placement puts its orphan back. */
export function invertChange<C extends Change>(change: C): C {
  return { ...change, before: change.after, after: change.before };
}

/** The changes that reverse a list of changes: each inverted, last first. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map(invertChange);
}

export function isAnnotationChange(change: Change): change is AnnotationChange {
  return change.kind === undefined || change.kind === 'annotation';
}

/** The document a change belongs to; null for library-wide records (entities). */
export function documentOf(change: Change): DocumentId | null {
  if (isAnnotationChange(change)) return (change.after ?? change.before)?.documentId ?? null;
  switch (change.kind) {
    case 'relation':
      return (change.after ?? change.before)?.documentId ?? null;
    // A dismissal is a record of its own, like an entity: no open document holds it, so it is
    // written as it is and every screen listening to the hub hears of it.
    case 'entity':
    case 'dismissal':
    case 'label':
      return null;
    case 'document':
    case 'review':
      return change.documentId;
  }
}
