// A dismissal: one analyst's decision to set aside something the app proposed — a suggestion
// rejected in a document, or a consistency-check finding dismissed. It is a record of its own,
// owned by one annotator (so that team sync can later replicate it as it is), and keyed by what
// was dismissed, so the same suggestion or finding found again stays dismissed.

import type { AnnotatorId, DocumentId } from './ids.ts';

export type DismissalKind = 'suggestion' | 'check';

export interface Dismissal {
  /** `dismissalIdOf(kind, annotator, documentId, key)`: one record per decision. */
  id: string;
  kind: DismissalKind;
  /** The document it concerns; null for a finding about the library as a whole. */
  documentId: DocumentId | null;
  /** What was dismissed, as its source keys it (a suggestion's or a finding's key). */
  key: string;
  annotator: AnnotatorId;
  /** ISO 8601. */
  createdAt: string;
}

/** The id of an annotator's dismissal of `key`: the same decision always has the same id. */
export function dismissalIdOf(
  kind: DismissalKind,
  annotator: AnnotatorId,
  documentId: DocumentId | null,
  key: string,
): string {
  return JSON.stringify([kind, annotator, documentId ?? '', key]);
}

export function createDismissal(
  kind: DismissalKind,
  annotator: AnnotatorId,
  documentId: DocumentId | null,
  key: string,
  now: Date = new Date(),
): Dismissal {
  return {
    id: dismissalIdOf(kind, annotator, documentId, key),
    kind,
    documentId,
    key,
    annotator,
    createdAt: now.toISOString(),
  };
}
