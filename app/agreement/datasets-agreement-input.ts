// Several dataset files as one agreement input, the way `marginalia agree a.json b.json` reads
// them: typically one file per annotator, exported from different machines.
//
// - A document is its id (the hash of its text), so the same document in two files is one.
// - Annotations are grouped by their `annotator`. The same annotation in two files (same id,
//   document, annotator, label and offsets: one library exported twice) counts once.
// - An annotator a file lists in `annotators` rates every document of that file, even with no
//   spans in it: "I read it and found nothing" is data, and agreement must count it.
// - The reconciled layer (the reserved id `reconciled`) is a verdict drawn from the raters, not
//   a rater: agreeing with it would count the raters twice. Its annotations are left out, so a
//   merged dataset fed back to `agree` scores the people who annotated it. Only the id matters:
//   parseDataset refuses the role `reconciled` on any other id (review-checks.ts).
//
// Not a merge in app/reconcile/merge.ts's sense (one reviewed dataset): only what agreement reads.

import type { AnnotatorId, DocumentId, LabelId } from '../model/ids.ts';
import type { DatasetV1 } from '../formats/dataset/types.ts';
import { RECONCILED_ANNOTATOR } from '../model/review.ts';
import type { AgreementInput } from './agreement-types.ts';

/** What agreement needs, plus the names a reader wants to see. */
export interface DatasetsAgreementInput {
  input: AgreementInput & { raters: Map<DocumentId, AnnotatorId[]> };
  /** Document titles, label names and annotator names, as the first file to mention each has them. */
  titles: Map<DocumentId, string>;
  labelNames: Map<LabelId, string>;
  annotatorNames: Map<AnnotatorId, string>;
}

type Span = AgreementInput['annotations'][number];

/** What is kept per document while the files are read. */
interface DocumentState {
  raters: Set<AnnotatorId>;
  /** The first file in which each annotator has a span on the document. */
  firstFileOf: Map<AnnotatorId, number>;
  /** The spans kept so far and their annotation ids, indexed by id only once a repeat is possible. */
  spans: Span[];
  ids: string[];
  byId?: Map<string, Span[]>;
}

/**
 * The documents of all `datasets` (parsed and checked by parseDataset; in order of first
 * appearance) with their spans and raters.
 */
export function agreementInputOfDatasets(datasets: readonly DatasetV1[]): DatasetsAgreementInput {
  const documents: { id: DocumentId; text: string }[] = [];
  const titles = new Map<DocumentId, string>();
  const states = new Map<DocumentId, DocumentState>();
  const annotations: Span[] = [];
  const labelNames = new Map<LabelId, string>();
  const annotatorNames = new Map<AnnotatorId, string>();

  datasets.forEach((dataset, file) => {
    for (const { id, name } of dataset.labels) if (!labelNames.has(id)) labelNames.set(id, name);
    const raters: AnnotatorId[] = [];
    for (const annotator of dataset.annotators) {
      if (annotator.id === RECONCILED_ANNOTATOR) continue;
      raters.push(annotator.id);
      if (!annotatorNames.has(annotator.id)) annotatorNames.set(annotator.id, annotator.name);
    }
    for (const document of dataset.documents) {
      let state = states.get(document.id);
      if (state === undefined) {
        documents.push({ id: document.id, text: document.text });
        titles.set(document.id, document.title);
        state = { raters: new Set(), firstFileOf: new Map(), spans: [], ids: [] };
        states.set(document.id, state);
      }
      for (const id of raters) state.raters.add(id);
      for (const annotation of document.annotations) {
        const { label, start, end, annotator } = annotation;
        if (annotator === RECONCILED_ANNOTATOR) continue;
        const span = { documentId: document.id, label, start, end, annotator };
        // Ids are unique within a file, so a repeat needs the annotator's spans on this
        // document from an earlier file; only then is the document indexed by id (at 100,000
        // spans, a map of every id would cost more than the rest of this pass).
        const firstFile = state.firstFileOf.get(annotator);
        if (firstFile === undefined) state.firstFileOf.set(annotator, file);
        else if (firstFile !== file) {
          state.byId ??= indexById(state.ids, state.spans);
          if (state.byId.get(annotation.id)?.some((kept) => sameSpan(kept, span))) continue;
        }
        annotations.push(span);
        state.spans.push(span);
        state.ids.push(annotation.id);
        if (state.byId !== undefined) addTo(state.byId, annotation.id, span);
      }
    }
  });
  return {
    input: {
      documents,
      annotations,
      raters: new Map([...states].map(([id, state]) => [id, [...state.raters]])),
    },
    titles,
    labelNames,
    annotatorNames,
  };
}

function indexById(ids: readonly string[], spans: readonly Span[]): Map<string, Span[]> {
  const index = new Map<string, Span[]>();
  ids.forEach((id, i) => addTo(index, id, spans[i]!));
  return index;
}

function addTo(index: Map<string, Span[]>, id: string, span: Span): void {
  const list = index.get(id);
  if (list === undefined) index.set(id, [span]);
  else list.push(span);
}

function sameSpan(a: Span, b: Span): boolean {
  return (
    a.documentId === b.documentId &&
    a.annotator === b.annotator &&
    a.label === b.label &&
    a.start === b.start &&
    a.end === b.end
  );
}
