// Which importer a file needs, decided by its content (the name only breaks ties), and the one
// entry point that decodes any annotation file into an ImportBundle: Marginalia datasets, W3C
// Web Annotation JSON-LD, and JSONL (Marginalia, spaCy-style or doccano). Telling the formats
// apart parses a JSON file whole; the value is handed on, so a dataset or W3C file is parsed
// once, not once here and again in its decoder.

import { describeValue } from '../formats/dataset/describe-value.ts';
import { locateJsonSyntaxError } from '../formats/dataset/json-syntax.ts';
import { isRecord } from '../formats/dataset/semantic-checks.ts';
import { decodeJsonl } from '../formats/jsonl/index.ts';
import { ANNO_CONTEXT, decodeW3c } from '../formats/w3c/index.ts';
import { err, ok, type Result } from '../result.ts';
import type { ImportBundle, ImportFormat, ImportIssue } from './bundle.ts';
import { checkBundleBounds } from './import-bounds.ts';
import {
  decodeDatasetFile,
  decodeDatasetValue,
  type DecodeDatasetOptions,
} from './dataset-to-bundle.ts';

/** The kinds of file decodeImportFile tells apart (doccano is a JSONL variant). */
export type DetectedFormat = Exclude<ImportFormat, 'doccano-jsonl'>;

const UNKNOWN = 'not a Marginalia dataset, W3C Web Annotation or JSONL file';
const W3C_TYPES = ['Annotation', 'AnnotationPage', 'AnnotationCollection'];

/** What kind of annotation file `text` is, or an issue saying why it is none of them. */
export function detectImportFormat(
  fileName: string,
  text: string,
): Result<DetectedFormat, ImportIssue> {
  const detected = detect(fileName, text);
  return detected.ok ? ok(detected.value.format) : detected;
}

/**
 * Decodes any annotation file Marginalia reads; the file name only helps tell formats apart.
 * `options` are for a dataset's checks (the CLI hashes document texts natively).
 */
export function decodeImportFile(
  fileName: string,
  text: string,
  options: DecodeDatasetOptions = {},
): Result<ImportBundle, ImportIssue[]> {
  const decoded = decodeDetected(fileName, text, options);
  if (!decoded.ok) return decoded;
  // JSONL stops at its bounds as it reads; a dataset or W3C file is already one parsed value.
  const tooMuch = checkBundleBounds(decoded.value);
  return tooMuch === null ? decoded : err([tooMuch]);
}

function decodeDetected(
  fileName: string,
  text: string,
  options: DecodeDatasetOptions,
): Result<ImportBundle, ImportIssue[]> {
  const detected = detect(fileName, text);
  if (!detected.ok) return err([detected.error]);
  const { format, json } = detected.value;
  switch (format) {
    case 'marginalia-dataset':
      // Broken JSON has no value: parseDataset then says where it breaks.
      return json === undefined
        ? decodeDatasetFile(text, options)
        : decodeDatasetValue(json, options);
    case 'jsonl':
      return decodeJsonl(text);
    case 'w3c-annotation':
      return json === undefined ? err([syntaxIssue(text.replace(/^\uFEFF/, ''))]) : decodeW3c(json);
  }
}

interface Detected {
  format: DetectedFormat;
  /**
   * The file's value when its whole text is one JSON document, else undefined (which no JSON
   * text parses to, so the two cannot be confused).
   */
  json: unknown;
}

/** detectImportFormat, with the value parsed on the way for the decoder. */
function detect(fileName: string, text: string): Result<Detected, ImportIssue> {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return unknown('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return detectBroken(fileName, body);
  }
  if (isRecord(json) && json.format === 'marginalia-dataset')
    return ok({ format: 'marginalia-dataset', json });
  if (isW3c(json) || (Array.isArray(json) && json.length > 0 && json.every(isW3c)))
    return ok({ format: 'w3c-annotation', json });
  // A JSONL file of one line is also one JSON document; its decoder reads it line by line.
  if (isRecord(json) && (json.text !== undefined || json.data !== undefined))
    return ok({ format: 'jsonl', json });
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

/** Text that is not one JSON document: JSONL, or a broken file of a kind it names. */
function detectBroken(fileName: string, body: string): Result<Detected, ImportIssue> {
  const firstLine = body.split('\n').find((line) => line.trim() !== '')!;
  let firstValue: unknown;
  try {
    firstValue = JSON.parse(firstLine);
  } catch {
    firstValue = undefined;
  }
  if (isRecord(firstValue) || /\.(jsonl|ndjson)$/i.test(fileName))
    return ok({ format: 'jsonl', json: undefined });
  // Broken JSON of a known kind: its own decoder says where it breaks.
  if (body.includes('"marginalia-dataset"'))
    return ok({ format: 'marginalia-dataset', json: undefined });
  if (body.includes(ANNO_CONTEXT) || body.includes(ANNO_CONTEXT.replace('http:', 'https:')))
    return ok({ format: 'w3c-annotation', json: undefined });
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

function unknown(reason: string): Result<Detected, ImportIssue> {
  return { ok: false, error: { path: '', message: `${UNKNOWN}: ${reason}` } };
}
