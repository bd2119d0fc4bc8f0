// Schema validation with the precompiled validator, and Ajv's errors ("must match pattern
// "^sha256:[0-9a-f]{64}$"") rewritten as messages an analyst can act on: what was expected, what
// was found, at which JSON path.

import { countOf, describeValue } from './describe-value.ts';
import { childPointer, valueAtPointer } from './json-pointer.ts';
import type { DatasetIssue } from './types.ts';
import { validate, type SchemaError } from './validate-dataset.generated.js';

/** Every way `data` departs from marginalia-dataset-v1.schema.json; empty when it conforms. */
export function checkDatasetSchema(data: unknown): DatasetIssue[] {
  if (validate(data)) return [];
  return foldAlternatives(validate.errors ?? []).map((error) => schemaIssue(error, data));
}

/** An `anyOf` error, with the errors of its branches that it replaces. */
type FoldedError = SchemaError & { alternatives?: SchemaError[] };

/**
 * Ajv reports a failed `anyOf` as one error per branch and then the `anyOf` itself ("must be
 * string", "must be null", "must match a schema in anyOf"): three lines for one value. The
 * branches are folded into the `anyOf` error, which then says "expected X or Y" once.
 */
function foldAlternatives(errors: readonly SchemaError[]): FoldedError[] {
  const folded: FoldedError[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf') {
      folded.push(error);
      continue;
    }
    const alternatives: SchemaError[] = [];
    const isBranch = (candidate: SchemaError) =>
      candidate.instancePath === error.instancePath &&
      candidate.schemaPath.startsWith(`${error.schemaPath}/`);
    while (folded.length > 0 && isBranch(folded[folded.length - 1]!))
      alternatives.unshift(folded.pop()!);
    folded.push({ ...error, alternatives });
  }
  return folded;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
  null: 'null',
};

/** What the schema's patterns mean, keyed by the pattern. */
const PATTERN_MEANINGS: Record<string, string> = {
  '^sha256:[0-9a-f]{64}$': 'a document id ("sha256:" and 64 lowercase hex digits)',
  '^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$': 'a CSS hex colour such as #d33 or #dd3333',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'a calendar day written YYYY-MM-DD (2020-10-26)',
  '^Q[1-9][0-9]*$': 'a Wikidata id: Q followed by digits, like Q42',
};

function schemaIssue(error: FoldedError, root: unknown): DatasetIssue {
  const { keyword, params } = error;
  if (keyword === 'required') {
    const property = String(params.missingProperty);
    return {
      path: childPointer(error.instancePath, property),
      message: `required property "${property}" is missing`,
    };
  }
  const found = describeValue(valueAtPointer(root, error.instancePath));
  return { path: error.instancePath, message: `expected ${expectation(error)}, found ${found}` };
}

function expectation({ keyword, params, message, alternatives }: FoldedError): string {
  switch (keyword) {
    case 'anyOf':
      if (alternatives !== undefined && alternatives.length > 0)
        return [...new Set(alternatives.map(expectation))].join(' or ');
      break;
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'minItems':
      return `an array of at least ${countOf(Number(params.limit), 'item')}`;
    case 'type':
      return TYPE_NAMES[String(params.type)] ?? String(params.type);
    case 'const':
      return JSON.stringify(params.allowedValue);
    case 'minLength':
      return params.limit === 1
        ? 'a non-empty string'
        : `a string of at least ${String(params.limit)} characters`;
    case 'minimum':
      return params.limit === 0
        ? 'a non-negative integer'
        : `a number of at least ${String(params.limit)}`;
    case 'pattern':
      return (
        PATTERN_MEANINGS[String(params.pattern)] ?? `a string matching /${String(params.pattern)}/`
      );
    case 'format':
      return params.format === 'date-time'
        ? 'a valid ISO 8601 date-time with a time zone, such as "2024-05-01T09:30:00Z"'
        : `a string in ${String(params.format)} format`;
  }
  // A keyword this table does not know yet: Ajv's own wording is better than nothing.
  return `a value that ${message ?? `satisfies "${keyword}"`}`;
}
