// TEST SUPPORT ONLY: runs the W3C Web Annotation Data Model test suite (the web-platform-tests
// `annotation-model` data in ../shared/w3c-annotation-model, see its SOURCE.md) with Ajv. It
// compiles schemas at run time, which the renderer's Content-Security-Policy forbids, so app code
// never imports it; the suite's files are read through `readJson`, so it has no Node imports.
//
// It follows the suite's own runner (annotation-model/scripts/JSONtest.js) and the format its
// CONTRIBUTING.md describes:
// - an assertion list holds file paths (no `/`: next to the .test file; otherwise from the
//   suite's root), inline schemas, `{assertionFile, ...overrides}`, nested lists, and condition
//   objects (`assertions` + `compareWith` "and"/"or", combining their children's results);
// - an assertion passes when Ajv's verdict equals its `expectedResult` (default "valid");
// - when one does not, its `onUnexpectedResult` decides what follows: `*Continue` runs the next
//   assertion, `*Skip` skips the rest of the current list, `*Abort` stops the test;
// - a failed assertion whose `assertionType` is in the test's `skipFailures` is not a failure of
//   the test (the *Optionals.test files list "should" and "may" there).

import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

export type AssertionType = 'must' | 'should' | 'may';

/** What happened to one assertion of a test, in the order the test lists them. */
export interface AssertionResult {
  title: string;
  /** The assertion file as the .test names it; undefined for inline assertions. */
  file?: string;
  assertionType: AssertionType;
  outcome: 'pass' | 'fail' | 'skipped';
  /** A failure the test's skipFailures excuses (a should or may in an *Optionals.test). */
  excused: boolean;
  errorMessage?: string;
  /** Ajv's errors for a failure, as one line. */
  errors?: string;
}

export interface TestReport {
  test: string;
  name: string;
  results: AssertionResult[];
}

/** The suite's shared definitions, added to Ajv by their `id` before any assertion compiles. */
export const DEFINITION_FILES = [
  'definitions/annotations.json',
  'definitions/bodyTarget.json',
  'definitions/choiceSet.json',
  'definitions/collections.json',
  'definitions/id.json',
  'definitions/otherProperties.json',
  'definitions/specificResource.json',
];

type Action = 'continue' | 'skip' | 'abort';

interface Assertion {
  kind: 'schema';
  title: string;
  file?: string;
  assertionType: AssertionType;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
  errorMessage?: string;
  validate: ValidateFunction;
}

interface Condition {
  kind: 'condition';
  title: string;
  assertionType: AssertionType;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
  errorMessage?: string;
  compareWith: 'and' | 'or';
  children: Entry[];
}

type Entry = Assertion | Condition | Entry[];

/** A loaded .test file, ready to run against any number of JSON-LD documents. */
export interface SuiteTest {
  path: string;
  name: string;
  skipFailures: AssertionType[];
  entries: Entry[];
}

/** Loads and runs .test files; `readJson` reads a path relative to the suite's root folder. */
export class W3cSuite {
  private readonly ajv: Ajv;
  /** Compiled once per file: Ajv refuses a second schema with the same `id`. */
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly loaded = new Map<string, SuiteTest>();

  constructor(private readonly readJson: (path: string) => unknown) {
    // The suite's runner used Ajv 4 with validateSchema off; strict mode would reject the
    // suite's own keywords (assertionType, errorMessage…), which are annotations, not rules.
    // inlineRefs off: the definitions compile once instead of into every assertion (3× faster).
    this.ajv = new Ajv({
      allErrors: true,
      strict: false,
      validateSchema: false,
      inlineRefs: false,
    });
    addFormats(this.ajv);
    for (const file of DEFINITION_FILES) this.ajv.addSchema(this.readJson(file) as AnySchemaObject);
  }

  /** The .test file at `testPath` (from the suite's root), its schemas compiled; loaded once. */
  load(testPath: string): SuiteTest {
    const known = this.loaded.get(testPath);
    if (known !== undefined) return known;
    const test = this.readJson(testPath) as Record<string, unknown>;
    const folder = testPath.includes('/') ? testPath.slice(0, testPath.lastIndexOf('/') + 1) : '';
    const assertions = Array.isArray(test.assertions) ? test.assertions : [test.assertions];
    const loaded: SuiteTest = {
      path: testPath,
      name: String(test.name),
      skipFailures: Array.isArray(test.skipFailures) ? (test.skipFailures as AssertionType[]) : [],
      entries: assertions.map((item) => this.entry(item, folder)),
    };
    this.loaded.set(testPath, loaded);
    return loaded;
  }

  /** Runs every assertion of `test` against `content` (one Annotation, Collection or Page). */
  run(test: SuiteTest, content: unknown): TestReport {
    const results: AssertionResult[] = [];
    runList(test.entries, content, test.skipFailures, results);
    return { test: test.path, name: test.name, results };
  }

  private entry(item: unknown, folder: string): Entry {
    if (Array.isArray(item)) return item.map((child) => this.entry(child, folder));
    if (typeof item === 'string') return this.schema(this.readJson(resolve(item, folder)), item);
    const object = item as Record<string, unknown>;
    if (typeof object.assertionFile === 'string') {
      // The file, with the object's other properties overriding the file's.
      const { assertionFile, ...overrides } = object;
      const loaded = this.readJson(resolve(assertionFile, folder)) as Record<string, unknown>;
      return this.schema({ ...loaded, ...overrides }, assertionFile, Object.keys(overrides));
    }
    if (object.assertions !== undefined) {
      const children = Array.isArray(object.assertions) ? object.assertions : [object.assertions];
      return {
        kind: 'condition',
        ...flowOf(object),
        compareWith: object.compareWith === 'or' ? 'or' : 'and',
        children: children.map((child) => this.entry(child, folder)),
      };
    }
    return this.schema(object, undefined);
  }

  private schema(schema: unknown, file: string | undefined, overridden: string[] = []): Assertion {
    const object = schema as Record<string, unknown>;
    // An override may change the schema itself, so only an untouched file shares a validator.
    const key = file !== undefined && overridden.length === 0 ? file : undefined;
    let validate = key === undefined ? undefined : this.compiled.get(key);
    if (validate === undefined) {
      const { id: _id, ...withoutId } = object;
      // Inline and overridden schemas lose their `id` so that they cannot clash with a file's.
      validate = this.ajv.compile(key === undefined ? withoutId : object);
      if (key !== undefined) this.compiled.set(key, validate);
    }
    return { kind: 'schema', ...flowOf(object), file, validate };
  }
}

function resolve(path: string, folder: string): string {
  return path.includes('/') ? path.replace(/^\//, '') : `${folder}${path}`;
}

function flowOf(object: Record<string, unknown>) {
  return {
    title: typeof object.title === 'string' ? object.title : '(untitled assertion)',
    assertionType: (['must', 'should', 'may'].includes(object.assertionType as string)
      ? object.assertionType
      : 'must') as AssertionType,
    expectedResult: (object.expectedResult === 'invalid' ? 'invalid' : 'valid') as
      'valid' | 'invalid',
    onUnexpectedResult:
      typeof object.onUnexpectedResult === 'string' ? object.onUnexpectedResult : 'failAndContinue',
    errorMessage: typeof object.errorMessage === 'string' ? object.errorMessage : undefined,
  };
}

/** Runs one list; returns 'abort' when an assertion stopped the whole test. */
function runList(
  entries: Entry[],
  content: unknown,
  skipFailures: AssertionType[],
  results: AssertionResult[],
): Action {
  let action: Action = 'continue';
  for (const entry of entries) {
    if (Array.isArray(entry)) {
      if (action !== 'continue') {
        skipAll(entry, results);
        continue;
      }
      // A skip inside a nested list ends that list only; an abort ends the test.
      if (runList(entry, content, skipFailures, results) === 'abort') action = 'abort';
      continue;
    }
    if (action !== 'continue') {
      skipAll([entry], results);
      continue;
    }
    const { passed, errors } = evaluate(entry, content);
    results.push({
      title: entry.title,
      ...(entry.kind === 'schema' && entry.file !== undefined ? { file: entry.file } : {}),
      assertionType: entry.assertionType,
      outcome: passed ? 'pass' : 'fail',
      excused: !passed && skipFailures.includes(entry.assertionType),
      ...(passed ? {} : { errorMessage: entry.errorMessage, errors }),
    });
    if (!passed) action = actionOf(entry.onUnexpectedResult);
  }
  return action === 'abort' ? 'abort' : 'continue';
}

function evaluate(
  entry: Assertion | Condition,
  content: unknown,
): { passed: boolean; errors: string } {
  let valid: boolean;
  let errors: string;
  if (entry.kind === 'schema') {
    valid = entry.validate(content) as boolean;
    errors = (entry.validate.errors ?? [])
      .map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}`)
      .join('; ');
  } else {
    // A condition's children are judged against their own expected results, then combined.
    const outcomes = entry.children.map((child) => evaluateEntry(child, content));
    valid =
      entry.compareWith === 'or'
        ? outcomes.some((outcome) => outcome.passed)
        : outcomes.every((outcome) => outcome.passed);
    errors = outcomes
      .filter((outcome) => !outcome.passed)
      .map((outcome) => outcome.errors)
      .join(' | ');
  }
  return { passed: valid === (entry.expectedResult === 'valid'), errors };
}

function evaluateEntry(entry: Entry, content: unknown): { passed: boolean; errors: string } {
  if (!Array.isArray(entry)) return evaluate(entry, content);
  const outcomes = entry.map((child) => evaluateEntry(child, content));
  return {
    passed: outcomes.every((outcome) => outcome.passed),
    errors: outcomes.map((outcome) => outcome.errors).join(' | '),
  };
}

function actionOf(onUnexpectedResult: string): Action {
  if (onUnexpectedResult.endsWith('Skip')) return 'skip';
  if (onUnexpectedResult.endsWith('Abort')) return 'abort';
  return 'continue';
}

function skipAll(entries: Entry[], results: AssertionResult[]): void {
  for (const entry of entries) {
    if (Array.isArray(entry)) skipAll(entry, results);
    else
      results.push({
        title: entry.title,
        ...(entry.kind === 'schema' && entry.file !== undefined ? { file: entry.file } : {}),
        assertionType: entry.assertionType,
        outcome: 'skipped',
        excused: false,
      });
  }
}
