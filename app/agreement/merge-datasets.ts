// Several dataset files as one agreement input, the way `marginalia agree a.json b.json` reads
// them: typically one file per annotator, exported from different machines.
//
// - A document is its id (the hash of its text), so the same document in two files is one.
// - Annotations are grouped by their `annotator`. The same annotation in two files (same id,
//   document, annotator, label and offsets: one library exported twice) counts once.
// - An annotator a file lists in `annotators` rates every document of that file, even with no
//   spans in it: "I read it and found nothing" is data, and agreement must count it.

import type { AnnotatorId, DocumentId, LabelId } from '../model/ids.ts';
import type { DatasetV1 } from '../formats/dataset/types.ts';
import type { AgreementInput } from './agreement-types.ts';

/** What agreement needs, plus the names a reader wants to see. */
export interface MergedDatasets {
  input: AgreementInput & { raters: Map<DocumentId, AnnotatorId[]> };
  /** Document titles, label names and annotator names, as the first file to mention each has them. */
  titles: Map<DocumentId, string>;
  labelNames: Map<LabelId, string>;
  annotatorNames: Map<AnnotatorId, string>;
}

/** The documents of all `datasets` (in order of first appearance) with their spans and raters. */
export function mergeDatasets(datasets: readonly DatasetV1[]): MergedDatasets {
  const documents: { id: DocumentId; text: string }[] = [];
  const titles = new Map<DocumentId, string>();
  const raters = new Map<DocumentId, Set<AnnotatorId>>();
  const annotations: AgreementInput['annotations'][number][] = [];
  // By annotation id: ids are unique within a file, so only a repeat across files is compared.
  const seen = new Map<string, AgreementInput['annotations'][number]>();
  const labelNames = new Map<LabelId, string>();
  const annotatorNames = new Map<AnnotatorId, string>();

  for (const dataset of datasets) {
    for (const { id, name } of dataset.labels) if (!labelNames.has(id)) labelNames.set(id, name);
    for (const { id, name } of dataset.annotators)
      if (!annotatorNames.has(id)) annotatorNames.set(id, name);
    for (const document of dataset.documents) {
      let documentRaters = raters.get(document.id);
      if (documentRaters === undefined) {
        documents.push({ id: document.id, text: document.text });
        titles.set(document.id, document.title);
        raters.set(document.id, (documentRaters = new Set()));
      }
      for (const { id } of dataset.annotators) documentRaters.add(id);
      for (const annotation of document.annotations) {
        const { label, start, end, annotator } = annotation;
        const span = { documentId: document.id, label, start, end, annotator };
        const earlier = seen.get(annotation.id);
        if (earlier === undefined) seen.set(annotation.id, span);
        else if (sameSpan(earlier, span)) continue;
        annotations.push(span);
      }
    }
  }
  return {
    input: {
      documents,
      annotations,
      raters: new Map([...raters].map(([id, set]) => [id, [...set]])),
    },
    titles,
    labelNames,
    annotatorNames,
  };
}

function sameSpan(
  a: AgreementInput['annotations'][number],
  b: AgreementInput['annotations'][number],
): boolean {
  return (
    a.documentId === b.documentId &&
    a.annotator === b.annotator &&
    a.label === b.label &&
    a.start === b.start &&
    a.end === b.end
  );
}
