// JSONL → ImportBundle: one document per line, its text under "text" (doccano: "data") and its
// spans in any shape decode-spans.ts reads. Offsets are code points of the line's text as
// written. Marginalia keeps texts normalised (normaliseText), so a text with CRLF, a BOM or
// decomposed accents is normalised and its offsets mapped onto the normalised text; a span that
// starts or ends inside a sequence NFC merges (between "e" and its combining accent) has no
// place there and is refused with a message that says so.
//
// Issues carry `line N` as their path and start their message with the JSON Pointer inside the
// line (`/spans/2/end: …`) when it is about one value.

import type {
  BundleAnnotation,
  BundleDocument,
  BundleRelation,
  ImportBundle,
  ImportIssue,
} from '../../import/bundle.ts';
import { derivedAnnotationId } from '../../import/derived-annotation-id.ts';
import type { Entity } from '../../model/entity.ts';
import {
  countJsonlRecords,
  MAX_IMPORT_ANNOTATIONS,
  MAX_IMPORT_RECORDS,
  tooManyAnnotations,
  tooManyRecords,
} from '../../import/import-bounds.ts';
import { MAX_DATASET_ISSUES } from '../dataset/parse.ts';
import {
  asLabelId,
  asRelationTypeId,
  isDocumentId,
  type EntityId,
  type LabelId,
} from '../../model/ids.ts';
import { err, ok, type Result } from '../../result.ts';
import { CodePointIndex, codePointLength, sliceByCodePoints } from '../../text/code-points.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { describeValue } from '../dataset/describe-value.ts';
import { locateJsonSyntaxError } from '../dataset/json-syntax.ts';
import { isRecord } from '../dataset/semantic-checks.ts';
import { readRelations, readSpanEnrichment } from './decode-enrichment.ts';
import { readSpans, SPAN_KEYS } from './decode-spans.ts';
import { normaliseWithOffsets } from './normalised-offsets.ts';

/** Decodes a JSONL file's text; every problem comes back with its line. */
export function decodeJsonl(fileText: string): Result<ImportBundle, ImportIssue[]> {
  // Counted before any line is parsed: millions of short lines exhaust the heap (import-bounds.ts).
  if (countJsonlRecords(fileText, MAX_IMPORT_RECORDS) > MAX_IMPORT_RECORDS)
    return err([tooManyRecords('more')]);
  const issues: ImportIssue[] = [];
  /** Issues past the listed ones are only counted: a file of broken lines has millions. */
  let unlistedIssues = 0;
  let annotationCount = 0;
  let tooManySpans = false;
  const documents: BundleDocument[] = [];
  const annotations: BundleAnnotation[] = [];
  const relations: BundleRelation[] = [];
  const entities = new Map<EntityId, Entity>();
  const labels = new Map<LabelId, { id: LabelId; name: string }>();
  const documentLines = new Map<string, number>();
  const normalisedLines: number[] = [];
  const warnings: string[] = [];
  let doccano = false;

  const lines = fileText.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((rawLine, i) => {
    if (tooManySpans) return;
    const lineText = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (lineText.trim() === '') return;
    const where = `line ${i + 1}`;
    const issue = (pointer: string, message: string) => {
      if (issues.length >= MAX_DATASET_ISSUES) unlistedIssues++;
      else
        issues.push({ path: where, message: pointer === '' ? message : `${pointer}: ${message}` });
    };

    let line: unknown;
    try {
      line = JSON.parse(lineText);
    } catch (error) {
      const located = locateJsonSyntaxError(lineText);
      issue(
        '',
        `not valid JSON: ${located ? `${located.description} at column ${located.column}` : String(error)}`,
      );
      return;
    }
    if (!isRecord(line)) {
      issue('', `expected a JSON object (one document), found ${describeValue(line)}`);
      return;
    }
    const textKey = line.text !== undefined ? 'text' : line.data !== undefined ? 'data' : undefined;
    if (textKey === undefined) {
      issue('', 'missing "text" (the document’s text; doccano files may call it "data")');
      return;
    }
    const rawText = line[textKey];
    if (typeof rawText !== 'string') {
      issue(
        `/${textKey}`,
        `expected the document’s text as a string, found ${describeValue(rawText)}`,
      );
      return;
    }
    const normalised = normaliseWithOffsets(rawText);
    const id = documentIdOf(normalised.text);
    if (typeof line.id === 'string' && isDocumentId(line.id) && line.id !== id) {
      issue(
        '/id',
        `expected the SHA-256 of the line’s normalised text, "${id}", found "${line.id}"`,
      );
      return;
    }

    const key = SPAN_KEYS.find((candidate) => line[candidate] !== undefined);
    if (key !== undefined && key !== 'spans') doccano = true;
    // Counted before the spans are read: one line can hold millions (import-bounds.ts).
    const listed = key === undefined ? undefined : line[key];
    annotationCount += Array.isArray(listed) ? listed.length : 0;
    if (annotationCount > MAX_IMPORT_ANNOTATIONS) {
      tooManySpans = true;
      return;
    }
    const { spans, problems } =
      key === undefined ? { spans: [], problems: [] } : readSpans(line, key);
    for (const problem of problems) issue(problem.path, problem.message);
    const length = codePointLength(rawText);
    const lineAnnotations: Omit<BundleAnnotation, 'document'>[] = [];
    /** A span's id in the file → its index in lineAnnotations, for the line's relations. */
    const spanIndex = new Map<number | string, number>();
    const enrichmentProblems: { path: string; message: string }[] = [];
    // One index per line: without it each quote rescans the text (100 spans of a long line
    // took seconds).
    let index: CodePointIndex | undefined;
    for (const span of spans) {
      if (span.end > length) {
        issue(
          span.endPath,
          `expected an end of at most ${length} (the text’s length in code points), found ${span.end}`,
        );
        continue;
      }
      const start = normalised.map(span.start);
      const end = normalised.map(span.end);
      if (start === undefined || end === undefined) {
        const [offset, path] =
          start === undefined ? [span.start, span.startPath] : [span.end, span.endPath];
        issue(
          path,
          `offset ${offset} falls inside characters that Unicode normalisation (NFC) combines into one, so it has no place in the normalised text`,
        );
        continue;
      }
      if (end <= start) {
        issue(
          span.path,
          `covers only characters that normalisation removes (a byte-order mark or the CR of a CRLF)`,
        );
        continue;
      }
      const {
        id: spanId,
        entity,
        value,
        valueStatus,
      } = readSpanEnrichment(span, enrichmentProblems);
      if (entity !== undefined) {
        const known = entities.get(entity.id);
        if (known === undefined) entities.set(entity.id, entity);
        else if (JSON.stringify(known) !== JSON.stringify(entity))
          warnings.push(
            `${where}: ${span.path}/entity describes ${JSON.stringify(entity.id)} differently from an earlier line; the first description is kept`,
          );
      }
      labels.set(asLabelId(span.label), { id: asLabelId(span.label), name: span.label });
      if (spanId !== undefined && spanIndex.has(spanId))
        enrichmentProblems.push({
          path: `${span.path}/id`,
          message: `duplicate span id ${JSON.stringify(spanId)} on this line`,
        });
      else if (spanId !== undefined) spanIndex.set(spanId, lineAnnotations.length);
      lineAnnotations.push({
        source: where,
        label: asLabelId(span.label),
        start,
        end,
        quote: sliceByCodePoints(
          normalised.text,
          start,
          end,
          (index ??= new CodePointIndex(normalised.text)),
        ),
        ...(entity === undefined ? {} : { entity: entity.id }),
        ...(value === undefined ? {} : { value }),
        ...(valueStatus === undefined ? {} : { valueStatus }),
      });
    }
    const lineRelations = readRelations(line, spanIndex, enrichmentProblems);
    for (const problem of enrichmentProblems) issue(problem.path, problem.message);
    // Only a relation's ends get ids, derived from where the span is and its label (as the
    // importer derives ids for spans without one), so re-importing the file finds them again;
    // every other span keeps the importer's derivation, which also names its annotator.
    for (const relation of lineRelations)
      for (const end of [relation.from, relation.to]) {
        const annotation = lineAnnotations[end]!;
        annotation.id ??= derivedAnnotationId([
          'jsonl-span',
          id,
          annotation.start!,
          annotation.end!,
          annotation.label,
        ]);
      }
    if (normalised.changed && spans.length > 0) normalisedLines.push(i + 1);

    // The same text twice is one document: its spans join the first line's.
    let document = documentLines.get(id);
    if (document === undefined) {
      const ref =
        typeof line.id === 'string' || typeof line.id === 'number' ? String(line.id) : where;
      documents.push({ id, ref, text: normalised.text });
      document = documents.length - 1;
      documentLines.set(id, document);
    } else {
      warnings.push(
        `${where}: the same text as ${documents[document]!.ref}; its spans are added to that document`,
      );
    }
    for (const annotation of lineAnnotations) annotations.push({ ...annotation, document });
    for (const relation of lineRelations)
      relations.push({
        source: `${where}: ${relation.path}`,
        document,
        type: asRelationTypeId(relation.type),
        from: lineAnnotations[relation.from]!.id!,
        to: lineAnnotations[relation.to]!.id!,
      });
  });

  if (tooManySpans) return err([tooManyAnnotations('more')]);
  if (issues.length === 0 && documents.length === 0)
    issues.push({ path: '', message: 'no documents: the file has no JSON lines' });
  if (unlistedIssues > 0)
    issues.push({
      path: '',
      message: `…and ${unlistedIssues} more issue${unlistedIssues === 1 ? '' : 's'} not shown`,
    });
  if (issues.length > 0) return err(issues);
  if (normalisedLines.length > 0)
    warnings.push(
      `the texts on ${lineList(normalisedLines)} were normalised (line endings, byte-order mark or Unicode NFC); their offsets were moved to match`,
    );
  return ok({
    format: doccano ? 'doccano-jsonl' : 'jsonl',
    documents,
    annotations,
    annotators: [],
    labels: [...labels.values()],
    ...(relations.length === 0 ? {} : { relations }),
    ...(entities.size === 0 ? {} : { entities: [...entities.values()] }),
    warnings,
  });
}

function lineList(lines: number[]): string {
  const shown = lines.slice(0, 5).join(', ');
  return `line${lines.length === 1 ? '' : 's'} ${shown}${lines.length > 5 ? ` and ${lines.length - 5} more` : ''}`;
}
