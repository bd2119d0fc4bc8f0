// The library as app/agreement's input: which annotators rate which document, and the spans (with
// their entity links and date values) and relations of the annotators the analyst chose, and the
// library's entities. A rater of a document is an annotator with a layer on it
// (a snapshot or edits), spans or not: "I read it and tagged nothing" counts, as it does for
// `marginalia agree` (docs/agreement.md). Only documents with two or more chosen raters take
// part; the rest have nothing to agree on and would fill the table with undefined rows.

import {
  scoreAgreement,
  type AgreementInput,
  type ScoredAgreement,
} from '../../app/agreement/index.ts';
import type { DatasetModel } from '../../app/formats/dataset/index.ts';
import type { AnnotatorId, DocumentId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';

/** What the agreement screen reads from the database, in one snapshot. */
export interface AgreementLibrary {
  /** The documents two or more annotators have layers on (comparableDocumentIds), their spans and relations, and the entity list. */
  model: DatasetModel;
  /** Document id → the annotators with a layer on it (renderer/db/layer-index.ts). */
  layers: Map<DocumentId, AnnotatorId[]>;
  /** Every document of the library, read or not: those left out are counted against it. */
  documentCount: number;
}

/** The agreement of the chosen raters, and how much of the library it covers. */
export interface LibraryAgreement {
  scored: ScoredAgreement;
  /** Documents with fewer than two chosen raters, left out. */
  skipped: number;
}

/** Every annotator with a layer somewhere, with how many documents they have layers on, in first-seen order. */
export function annotatorsWithLayers(
  layers: ReadonlyMap<DocumentId, readonly AnnotatorId[]>,
): Map<AnnotatorId, number> {
  const counts = new Map<AnnotatorId, number>();
  for (const annotators of layers.values())
    for (const id of annotators) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The raters the screen starts with: everyone but the reconciled layer, which is a verdict, not a rater. */
export function isDefaultRater(id: AnnotatorId): boolean {
  return id !== RECONCILED_ANNOTATOR;
}

/** The documents with layers of two or more annotators: the only ones agreement may compare. */
export function comparableDocumentIds(
  layers: ReadonlyMap<DocumentId, readonly AnnotatorId[]>,
): DocumentId[] {
  return [...layers].flatMap(([id, annotators]) => (annotators.length >= 2 ? [id] : []));
}

/** Whether any document has two of `chosen` among its layers. */
export function hasComparableDocument(
  layers: ReadonlyMap<DocumentId, readonly AnnotatorId[]>,
  chosen: ReadonlySet<AnnotatorId>,
): boolean {
  for (const annotators of layers.values())
    if (annotators.filter((id) => chosen.has(id)).length >= 2) return true;
  return false;
}

/** The agreement input of the documents two or more of `chosen` rate, with only their spans and relations. */
export function agreementInputOf(
  library: AgreementLibrary,
  chosen: ReadonlySet<AnnotatorId>,
): { input: AgreementInput; skipped: number } {
  const raters = new Map<DocumentId, AnnotatorId[]>();
  for (const document of library.model.documents) {
    const here = (library.layers.get(document.id) ?? []).filter((id) => chosen.has(id));
    if (here.length >= 2) raters.set(document.id, here);
  }
  const documents = library.model.documents
    .filter((document) => raters.has(document.id))
    .map(({ id, text }) => ({ id, text }));
  // A span implies a layer, so every kept span's annotator is among its document's raters.
  const annotations = library.model.annotations.filter(
    (annotation) => chosen.has(annotation.annotator) && raters.has(annotation.documentId),
  );
  const relations = (library.model.relations ?? []).filter(
    (relation) => chosen.has(relation.annotator) && raters.has(relation.documentId),
  );
  const entities = library.model.entities ?? [];
  return {
    input: { documents, annotations, raters, relations, entities },
    skipped: library.documentCount - documents.length,
  };
}

/** Scores the library's agreement among `chosen`: synchronous, and a second or so at 100,000 spans. */
export function scoreLibraryAgreement(
  library: AgreementLibrary,
  chosen: ReadonlySet<AnnotatorId>,
): LibraryAgreement {
  const { input, skipped } = agreementInputOf(library, chosen);
  return { scored: scoreAgreement(input), skipped };
}
