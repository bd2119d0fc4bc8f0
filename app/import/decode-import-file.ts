// Which importer a file needs, decided by its content (the name only breaks ties), and the one
// entry point that decodes any annotation file into an ImportBundle: Marginalia datasets, W3C
// Web Annotation JSON-LD, and JSONL (Marginalia, spaCy-style or doccano).

import { describeValue } from '../formats/dataset/describe-value.ts';
import { locateJsonSyntaxError } from '../formats/dataset/json-syntax.ts';
import { isRecord } from '../formats/dataset/semantic-checks.ts';
import { decodeJsonl } from '../formats/jsonl/index.ts';
import { ANNO_CONTEXT, decodeW3c } from '../formats/w3c/index.ts';
import { err, type Result } from '../result.ts';
import type { ImportBundle, ImportFormat, ImportIssue } from './bundle.ts';
import { decodeDatasetFile } from './dataset-to-bundle.ts';

/** The kinds of file decodeImportFile tells apart (doccano is a JSONL variant). */
export type DetectedFormat = Exclude<ImportFormat, 'doccano-jsonl'>;

const UNKNOWN = 'not a Marginalia dataset, W3C Web Annotation or JSONL file';
const W3C_TYPES = ['Annotation', 'AnnotationPage', 'AnnotationCollection'];

/** What kind of annotation file `text` is, or an issue saying why it is none of them. */
export function detectImportFormat(
  fileName: string,
  text: string,
): Result<DetectedFormat, ImportIssue> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return unknown('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return detectBroken(fileName, body);
  }
  if (isRecord(json) && json.format === 'marginalia-dataset')
    return { ok: true, value: 'marginalia-dataset' };
  if (isW3c(json) || (Array.isArray(json) && json.length > 0 && json.every(isW3c)))
    return { ok: true, value: 'w3c-annotation' };
  // A JSONL file of one line is also one JSON document.
  if (isRecord(json) && (json.text !== undefined || json.data !== undefined))
    return { ok: true, value: 'jsonl' };
  if (isRecord(json))
    return unknown(
      json.format !== undefined
        ? `a JSON object whose "format" is ${describeValue(json.format)}, not "marginalia-dataset"`
        : 'a JSON object with no "format": "marginalia-dataset", no W3C "type" (Annotation, AnnotationPage or AnnotationCollection) and no "text"',
    );
  return unknown(
    `a JSON document that is ${describeValue(json)}, not an object or an array of W3C Annotations`,
  );
}

/** Decodes any annotation file Marginalia reads; the file name only helps tell formats apart. */
export function decodeImportFile(
  fileName: string,
  text: string,
): Result<ImportBundle, ImportIssue[]> {
  const detected = detectImportFormat(fileName, text);
  if (!detected.ok) return err([detected.error]);
  switch (detected.value) {
    case 'marginalia-dataset':
      return decodeDatasetFile(text);
    case 'jsonl':
      return decodeJsonl(text);
    case 'w3c-annotation': {
      const body = text.replace(/^\uFEFF/, '');
      try {
        return decodeW3c(JSON.parse(body));
      } catch {
        return err([syntaxIssue(body)]);
      }
    }
  }
}

/** Text that is not one JSON document: JSONL, or a broken file of a kind it names. */
function detectBroken(fileName: string, body: string): Result<DetectedFormat, ImportIssue> {
  const firstLine = body.split('\n').find((line) => line.trim() !== '')!;
  let firstValue: unknown;
  try {
    firstValue = JSON.parse(firstLine);
  } catch {
    firstValue = undefined;
  }
  if (isRecord(firstValue) || /\.(jsonl|ndjson)$/i.test(fileName))
    return { ok: true, value: 'jsonl' };
  // Broken JSON of a known kind: its own decoder says where it breaks.
  if (body.includes('"marginalia-dataset"')) return { ok: true, value: 'marginalia-dataset' };
  if (body.includes(ANNO_CONTEXT) || body.includes(ANNO_CONTEXT.replace('http:', 'https:')))
    return { ok: true, value: 'w3c-annotation' };
  return { ok: false, error: { path: '', message: `${UNKNOWN}: ${syntaxIssue(body).message}` } };
}

function isW3c(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const contexts = Array.isArray(value['@context']) ? value['@context'] : [value['@context']];
  const types = Array.isArray(value.type) ? value.type : [value.type];
  return (
    contexts.some(
      (context) =>
        typeof context === 'string' && /^https?:\/\/www\.w3\.org\/ns\/anno\.jsonld$/.test(context),
    ) || types.some((type) => W3C_TYPES.includes(type as string))
  );
}

function syntaxIssue(body: string): ImportIssue {
  const located = locateJsonSyntaxError(body);
  const where = located
    ? `${located.description} at line ${located.line}, column ${located.column}`
    : 'it cannot be parsed';
  return { path: '', message: `not valid JSON: ${where}` };
}

function unknown(reason: string): Result<DetectedFormat, ImportIssue> {
  return { ok: false, error: { path: '', message: `${UNKNOWN}: ${reason}` } };
}
