// What `marginalia convert` does between decoding and encoding: a decoded bundle becomes the
// model the encoders take. The app's importer anchors against the library and re-anchors fuzzily
// (app/anchoring); the converter has only the file, so it places an annotation only when the
// file's own offsets and quote agree exactly, or, without offsets, when the quote (with its
// context) occurs exactly once. Everything else is left out, and said so, and so is a relation
// whose ends are not both placed. Entity links, values, publication dates, relations, relation
// types and the entity list come along as the file has them.

import { derivedAnnotationId } from '../../app/import/derived-annotation-id.ts';
import type { BundleAnnotation, BundleDocument, ImportBundle } from '../../app/import/bundle.ts';
import type { Annotation, SourceDocument } from '../../app/model/annotation.ts';
import type { Relation } from '../../app/model/relation.ts';
import type { DocumentReview } from '../../app/model/review.ts';
import {
  asAnnotatorId,
  asRelationId,
  type AnnotationId,
  type DocumentId,
} from '../../app/model/ids.ts';
import { BUILT_IN_LABELS, type Label } from '../../app/model/labels.ts';
import { codePoints, utf16 } from '../../app/model/offsets.ts';
import type { DatasetModel } from '../../app/formats/dataset/index.ts';
import { CodePointIndex, sliceByCodePoints } from '../../app/text/code-points.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { normaliseText } from '../../app/text/normalise.ts';
import { quoteSelectorAt } from '../../app/text/quote-selector.ts';

/** Who annotations a file does not attribute (JSONL, some W3C files) are credited to. */
export const UNATTRIBUTED = { id: asAnnotatorId('unattributed'), name: 'Unattributed' };

/** Grey, as the dataset encoder gives a label it knows nothing about. */
const UNKNOWN_LABEL_COLOR = '#808080';

export interface ConvertedModel {
  model: DatasetModel;
  /** Annotations that could not be placed, with why (source is the file's path or line). */
  leftOut: { source: string; reason: string }[];
  /** Relations left out, with why: an end was not placed, or the id was taken. */
  relationsLeftOut: { source: string; reason: string }[];
  /** Documents the file names without their text, which no export can do without. */
  withoutText: BundleDocument[];
}

/** The model a bundle describes; annotations without a timestamp get `now`. */
export function bundleToModel(bundle: ImportBundle, now: Date): ConvertedModel {
  const withoutText = bundle.documents.filter((document) => document.text === undefined);
  const documents = bundle.documents.map((document) =>
    document.text === undefined ? undefined : toSourceDocument(document, document.text),
  );
  // One code-point index per document, not per annotation: at 100 annotations a document,
  // rebuilding it for each was most of a large conversion's time.
  const indexes = new Map<number, CodePointIndex>();
  const indexOf = (documentIndex: number, text: string) => {
    let index = indexes.get(documentIndex);
    if (index === undefined) indexes.set(documentIndex, (index = new CodePointIndex(text)));
    return index;
  };
  const annotations: Annotation[] = [];
  const leftOut: ConvertedModel['leftOut'] = [];
  const seen = new Map<string, string>();
  /** Placed annotations by document index and the id the file gave them, for relations. */
  const placedIds = new Map<string, Annotation>();
  let unattributed = false;
  for (const incoming of bundle.annotations) {
    const document = documents[incoming.document];
    if (document === undefined) {
      leftOut.push({ source: incoming.source, reason: 'its document’s text is not in the file' });
      continue;
    }
    const index = indexOf(incoming.document, document.text);
    const placed = place(incoming, document.text, index);
    if (typeof placed === 'string') {
      leftOut.push({ source: incoming.source, reason: placed });
      continue;
    }
    const annotator = incoming.annotator ?? UNATTRIBUTED.id;
    unattributed ||= incoming.annotator === undefined;
    const id =
      incoming.id ??
      derivedAnnotationId([document.id, placed.start, placed.end, incoming.label, annotator]);
    const first = seen.get(id);
    if (first !== undefined) {
      leftOut.push({ source: incoming.source, reason: `the same annotation as ${first}` });
      continue;
    }
    seen.set(id, incoming.source);
    const createdAt = incoming.createdAt ?? now.toISOString();
    const annotation: Annotation = {
      id,
      documentId: document.id,
      label: incoming.label,
      start: codePoints(placed.start),
      end: codePoints(placed.end),
      ...quoteSelectorAt(document.text, codePoints(placed.start), codePoints(placed.end), index),
      annotator,
      note: incoming.note ?? '',
      createdAt,
      updatedAt: incoming.updatedAt ?? createdAt,
      // A reconciled annotation stays one: the dataset format requires its provenance.
      ...(incoming.provenance === undefined ? {} : { provenance: incoming.provenance }),
      ...(incoming.entity === undefined ? {} : { entity: incoming.entity }),
      ...(incoming.value === undefined ? {} : { value: incoming.value }),
      ...(incoming.valueStatus === undefined ? {} : { valueStatus: incoming.valueStatus }),
    };
    annotations.push(annotation);
    if (incoming.id !== undefined) placedIds.set(`${incoming.document}|${incoming.id}`, annotation);
  }
  const relationsLeftOut: ConvertedModel['relationsLeftOut'] = [];
  const relations = relationsOf(bundle, placedIds, now, relationsLeftOut);
  return {
    model: {
      documents: documents.filter((document): document is SourceDocument => document !== undefined),
      annotations,
      annotators: [...bundle.annotators, ...(unattributed ? [UNATTRIBUTED] : [])],
      labels: labelsOf(bundle),
      ...reviewsOf(bundle, documents),
      ...(relations.length === 0 ? {} : { relations }),
      ...(bundle.relationTypes === undefined ? {} : { relationTypes: bundle.relationTypes }),
      ...(bundle.entities === undefined ? {} : { entities: bundle.entities }),
    },
    leftOut,
    relationsLeftOut,
    withoutText,
  };
}

/**
 * The bundle's relations between annotations that were placed. A relation is its endpoints'
 * layer's, so one the file does not attribute takes the annotator of the annotation it starts
 * from; one without an id gets an id derived from what it links, as annotations do.
 */
function relationsOf(
  bundle: ImportBundle,
  placed: ReadonlyMap<string, Annotation>,
  now: Date,
  leftOut: ConvertedModel['relationsLeftOut'],
): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const incoming of bundle.relations ?? []) {
    const end = (id: AnnotationId) => placed.get(`${incoming.document}|${id}`);
    const from = end(incoming.from);
    const to = end(incoming.to);
    if (from === undefined || to === undefined) {
      leftOut.push({
        source: incoming.source,
        reason: `the ${from === undefined ? 'annotation it starts from' : 'annotation it links to'} is not converted`,
      });
      continue;
    }
    const annotator = incoming.annotator ?? from.annotator;
    const id =
      incoming.id ??
      asRelationId(derivedAnnotationId(['relation', from.id, to.id, incoming.type, annotator]));
    if (seen.has(id)) {
      leftOut.push({ source: incoming.source, reason: `a second relation with the id ${id}` });
      continue;
    }
    seen.add(id);
    const createdAt = incoming.createdAt ?? now.toISOString();
    relations.push({
      id,
      documentId: from.documentId,
      type: incoming.type,
      from: from.id,
      to: to.id,
      annotator,
      createdAt,
      updatedAt: incoming.updatedAt ?? createdAt,
    });
  }
  return relations;
}

function toSourceDocument(document: BundleDocument, text: string): SourceDocument {
  const id: DocumentId = document.id ?? documentIdOf(text);
  // JSONL has no titles: the first line stands in, as it does for imported text files.
  const firstLine = [...(text.split('\n').find((line) => line.trim() !== '') ?? '')].slice(0, 80);
  const title = document.title ?? (firstLine.join('').trim() || document.ref);
  return document.publishedAt === undefined
    ? { id, title, text }
    : { id, title, text, publishedAt: document.publishedAt };
}

/** Where the annotation goes in `text`, or why it cannot be placed. */
function place(
  annotation: BundleAnnotation,
  text: string,
  index: CodePointIndex,
): { start: number; end: number } | string {
  const { start, end, quote } = annotation;
  if (start !== undefined && end !== undefined) {
    if (!(start >= 0 && start < end && end <= index.codePointLength))
      return `its offsets ${start}–${end} are outside the text (${index.codePointLength} code points)`;
    const found = sliceByCodePoints(text, start, end, index);
    if (quote === undefined || quote === found || normaliseText(quote) === found)
      return { start, end };
    return `its quote ${JSON.stringify(quote)} is not the text at ${start}–${end}, ${JSON.stringify(found)}`;
  }
  if (quote === undefined || quote === '') return 'it has neither offsets nor a quote';
  const exact = normaliseText(quote);
  const prefix = normaliseText(annotation.prefix ?? '');
  const suffix = normaliseText(annotation.suffix ?? '');
  const matches: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (text.endsWith(prefix, at) && text.startsWith(suffix, at + exact.length))
      matches.push(index.toCodePoint(utf16(at)));
  }
  if (matches.length === 1) return { start: matches[0]!, end: matches[0]! + [...exact].length };
  return matches.length === 0
    ? `its quote ${JSON.stringify(quote)} (with its context) is not in the text`
    : `its quote ${JSON.stringify(quote)} (with its context) occurs ${matches.length} times`;
}

/** The reviews of documents that are converted, under their ids (only datasets have any). */
function reviewsOf(
  bundle: ImportBundle,
  documents: readonly (SourceDocument | undefined)[],
): Pick<DatasetModel, 'reviews'> {
  const reviews: DocumentReview[] = [];
  for (const { document, annotators, conflicts } of bundle.reviews ?? []) {
    const converted = documents[document];
    if (converted !== undefined) reviews.push({ documentId: converted.id, annotators, conflicts });
  }
  return reviews.length === 0 ? {} : { reviews };
}

function labelsOf(bundle: ImportBundle): Label[] {
  const labels = new Map<string, Label>();
  for (const { id, name, color } of bundle.labels) {
    const builtIn = BUILT_IN_LABELS.find((label) => label.id === id);
    labels.set(id, { id, name, color: color ?? builtIn?.color ?? UNKNOWN_LABEL_COLOR });
  }
  return [...labels.values()];
}
