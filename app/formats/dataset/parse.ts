// Reading a dataset file: JSON syntax, then what kind of file it is, then the schema, then the
// rules the schema cannot express. Every problem comes back as a value with a JSON path;
// nothing here throws on bad input.

import { err, ok, type Result } from '../../result.ts';
import { describeValue } from './describe-value.ts';
import { locateJsonSyntaxError } from './json-syntax.ts';
import { checkDatasetSchema } from './schema-issues.ts';
import { checkDatasetSemantics, isRecord } from './semantic-checks.ts';
import { DATASET_FORMAT, DATASET_VERSION, type DatasetIssue, type DatasetV1 } from './types.ts';

/** Most issues reported for one file; past this a list helps nobody and one more line says so. */
export const MAX_DATASET_ISSUES = 100;

export interface ParseDatasetOptions {
  /**
   * Whether each quote must equal the text between its offsets (default true). The importer
   * passes false: it re-anchors an annotation whose quote and offsets disagree (by its quote
   * and context), so that disagreement must not make the whole file unreadable.
   */
  verifyQuotes?: boolean;
  /**
   * How a text's document id is computed, to check each document's id (default
   * app/text/document-id's, portable). The CLI passes Node's native SHA-256, about ten times
   * faster on the megabytes of text a large file holds; any replacement must give the same ids.
   */
  documentIdOf?: (text: string) => string;
}

/** Parses and fully checks a dataset file's text; on failure, every issue found (capped). */
export function parseDataset(
  jsonText: string,
  options: ParseDatasetOptions = {},
): Result<DatasetV1, DatasetIssue[]> {
  // RFC 8259 lets parsers ignore a byte-order mark, and Windows editors like to add one.
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return err([syntaxIssue(text, error)]);
  }
  return parseDatasetValue(data, options);
}

/**
 * parseDataset for a file whose text was already parsed (JSON.parse, after dropping a byte-order
 * mark): every check but the syntax. The importer tells formats apart by parsing the file, and
 * parsing it again took ~0.2 s of `marginalia convert` on a 56 MB dataset.
 */
export function parseDatasetValue(
  data: unknown,
  options: ParseDatasetOptions = {},
): Result<DatasetV1, DatasetIssue[]> {
  if (!isRecord(data))
    return err([
      {
        path: '',
        message: `not a Marginalia dataset (expected a JSON object, found ${describeValue(data)})`,
      },
    ]);
  if (data.format !== DATASET_FORMAT) {
    const found = data.format === undefined ? 'missing' : `is ${describeValue(data.format)}`;
    return err([{ path: '/format', message: `not a Marginalia dataset (format ${found})` }]);
  }
  // Checked before the schema: a newer file may be shaped differently, and "upgrade" is the
  // one message its reader needs.
  if (typeof data.version === 'number' && data.version > DATASET_VERSION) {
    return err([
      {
        path: '/version',
        message: `written by a newer Marginalia (dataset version ${data.version}); this version reads version ${DATASET_VERSION}`,
      },
    ]);
  }

  const issues = [
    ...checkDatasetSchema(data),
    ...checkDatasetSemantics(data, {
      verifyQuotes: options.verifyQuotes ?? true,
      ...(options.documentIdOf === undefined ? {} : { documentIdOf: options.documentIdOf }),
    }),
  ];
  if (issues.length === 0) return ok(data as unknown as DatasetV1);
  if (issues.length <= MAX_DATASET_ISSUES) return err(issues);
  const more = issues.length - MAX_DATASET_ISSUES;
  return err([
    ...issues.slice(0, MAX_DATASET_ISSUES),
    { path: '', message: `…and ${more} more issue${more === 1 ? '' : 's'} not shown` },
  ]);
}

function syntaxIssue(text: string, error: unknown): DatasetIssue {
  const located = locateJsonSyntaxError(text);
  // The scanner and JSON.parse should agree; if they ever do not, the engine's words still help.
  const message = located
    ? `${located.description} at line ${located.line}, column ${located.column}`
    : error instanceof Error
      ? error.message
      : String(error);
  return { path: '', message: `not valid JSON: ${message}` };
}
