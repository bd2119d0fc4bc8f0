// Model → JSONL for NLP training: one document per line, spans as code-point offsets, which is
// what Python's str indices count, so `doc.char_span(start, end, label)` in spaCy and doccano's
// importer take them as they are. Two shapes:
//   jsonl    {"id": "sha256:…", "text": "…", "spans": [{"start": 0, "end": 5, "label": "actor"}]}
//   doccano  {"id": "sha256:…", "text": "…", "label": [[0, 5, "actor"]]}
// A line carries a document's id, text and spans only: no titles, annotators, notes,
// timestamps or annotation ids. Two annotations of one span with one label (two annotators
// agreeing) are one training example, so they are written once.

import type { Annotation } from '../../model/annotation.ts';
import type { DocumentId } from '../../model/ids.ts';
import type { DatasetModel } from '../dataset/index.ts';

interface Span {
  start: number;
  end: number;
  label: string;
}

/** One `{"id","text","spans"}` line per document (in the order given), with a trailing newline. */
export function encodeJsonl(model: DatasetModel): string {
  return linesOf(model, (document, spans) => ({ id: document.id, text: document.text, spans }));
}

/** doccano's sequence-labelling shape: `{"id","text","label":[[start,end,"label"],…]}` per line. */
export function encodeDoccanoJsonl(model: DatasetModel): string {
  return linesOf(model, (document, spans) => ({
    id: document.id,
    text: document.text,
    label: spans.map(({ start, end, label }) => [start, end, label]),
  }));
}

function linesOf(
  model: DatasetModel,
  line: (document: DatasetModel['documents'][number], spans: Span[]) => unknown,
): string {
  const byDocument = new Map<DocumentId, Annotation[]>(
    model.documents.map((document) => [document.id, []]),
  );
  for (const annotation of model.annotations)
    byDocument.get(annotation.documentId)?.push(annotation);
  return model.documents
    .map((document) => `${toJsonLine(line(document, spansOf(byDocument.get(document.id)!)))}\n`)
    .join('');
}

/** Distinct (start, end, label) spans by start, then end, then label. */
function spansOf(annotations: Annotation[]): Span[] {
  const distinct = new Map<string, Span>();
  for (const { start, end, label } of annotations)
    distinct.set(JSON.stringify([start, end, label]), { start, end, label });
  return [...distinct.values()].sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}

/**
 * JSON on one line. JSON.stringify escapes LF and CR but not U+0085, U+2028 and U+2029, which
 * Python's str.splitlines() (and some editors) treat as line ends: escaped too, so a document
 * containing them never splits its line.
 */
function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
