// Dataset → model, for importers. Expects a dataset parseDataset accepted; fields the format
// leaves optional get the values Marginalia would have written.

import {
  QUOTE_CONTEXT_LENGTH,
  type Annotation,
  type Annotator,
  type SourceDocument,
} from '../../model/annotation.ts';
import type { Label } from '../../model/labels.ts';
import { CodePointIndex, sliceByCodePoints } from '../../text/code-points.ts';
import type { DatasetV1 } from './types.ts';

export interface DatasetModel {
  documents: SourceDocument[];
  annotations: Annotation[];
  annotators: Annotator[];
  labels: Label[];
}

/**
 * The model objects a dataset describes. Only version-1 fields are copied, so properties a
 * later version adds never leak into the library. Missing prefix/suffix are taken from the
 * text; a missing note is empty.
 */
export function datasetToModel(dataset: DatasetV1): DatasetModel {
  const annotations: Annotation[] = [];
  for (const document of dataset.documents) {
    const index = new CodePointIndex(document.text);
    for (const annotation of document.annotations) {
      const { start, end } = annotation;
      annotations.push({
        id: annotation.id,
        documentId: document.id,
        label: annotation.label,
        start,
        end,
        quote: annotation.quote,
        prefix:
          annotation.prefix ??
          sliceByCodePoints(document.text, Math.max(0, start - QUOTE_CONTEXT_LENGTH), start, index),
        suffix:
          annotation.suffix ??
          sliceByCodePoints(
            document.text,
            end,
            Math.min(index.codePointLength, end + QUOTE_CONTEXT_LENGTH),
            index,
          ),
        annotator: annotation.annotator,
        note: annotation.note ?? '',
        createdAt: annotation.createdAt,
        updatedAt: annotation.updatedAt,
      });
    }
  }
  return {
    documents: dataset.documents.map(({ id, title, text }) => ({ id, title, text })),
    annotations,
    annotators: dataset.annotators.map(({ id, name }) => ({ id, name })),
    labels: dataset.labels.map(({ id, name, color, shortcut }) =>
      shortcut === undefined ? { id, name, color } : { id, name, color, shortcut },
    ),
  };
}
