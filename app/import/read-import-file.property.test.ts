// Fuzzing the whole import path, bytes to plan: random bytes, random JSON, random text, and
// valid files of every format mutated the ways hand-edited and half-broken files are (fields
// deleted, offsets swapped, huge, negative or fractional, strings replaced, arrays cut short,
// the file truncated). readImportFile must answer each with a refusal or a plan whose
// annotations agree with their text, and never throw (its last-resort catch must never fire).

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asAnnotatorId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { CodePointIndex, sliceByCodePoints } from '../text/code-points.ts';
import { documentIdOf } from '../text/document-id.ts';
import { readImportFile } from './read-import-file.ts';
import type { LibrarySnapshot } from './plan-types.ts';

const TALKS =
  'Talks resumed in Geneva on 3 May 2024.\nMinister Bayramov said a deal was “within reach”.';
const library: LibrarySnapshot = {
  documents: new Map([[documentIdOf(TALKS), { title: 'Ceasefire talks', text: TALKS }]]),
  annotationIds: new Set(['ann-1']),
  annotators: new Map([[asAnnotatorId('ana'), 'Ana P.']]),
  annotations: new Map([
    [
      'ann-1',
      {
        documentId: documentIdOf(TALKS),
        label: asLabelId('claim'),
        start: codePoints(27),
        end: codePoints(37),
        annotator: asAnnotatorId('ana'),
        note: '',
      },
    ],
  ]),
};
const options = {
  importedAt: new Date('2024-06-01T12:00:00Z'),
  fallbackAnnotator: { id: asAnnotatorId('annotator-me'), name: 'Me' },
};

const readText = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const validJson = [
  readText('./bad-files/valid-dataset.json'),
  readText('../formats/dataset/fixtures/valid-small.json'),
  readText('../formats/w3c/fixtures/valid-small.jsonld'),
].map((text) => JSON.parse(text) as unknown);
const validJsonl = [
  readText('../formats/jsonl/fixtures/valid-small.jsonl'),
  readText('../formats/jsonl/fixtures/valid-small.doccano.jsonl'),
].map((text) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown),
);

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every place in a JSON value that a mutation can change: its container and key. */
function places(value: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const found: [Record<string, unknown> | unknown[], string | number][] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node))
      node.forEach((child, i) => {
        found.push([node, i]);
        visit(child);
      });
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) {
        found.push([node as Record<string, unknown>, key]);
        visit(child);
      }
  };
  visit(value);
  return found;
}

const oddNumber = fc.constantFrom(-1, 0, 1.5, 2 ** 31, 2 ** 53, 1e21, -0);
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'number', 'swap', 'string', 'truncate'),
  number: oddNumber,
  string: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('', 'sha256:0', 'claim'),
  ),
  value: fc.jsonValue({ maxDepth: 2 }),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(root: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(root);
  for (const { at, kind, number, string, value } of mutations) {
    const all = places(copy);
    if (all.length === 0) break;
    const [container, key] = all[at % all.length]!;
    const target = container as Record<string | number, unknown>;
    const current = target[key];
    if (kind === 'delete') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete target[key];
    } else if (kind === 'replace') target[key] = structuredClone(value);
    else if (kind === 'number') target[key] = number;
    else if (kind === 'string') target[key] = string;
    else if (kind === 'truncate' && Array.isArray(current))
      current.length = at % (current.length + 1);
    else if (kind === 'swap' && current !== null && typeof current === 'object') {
      const span = current as Record<string, unknown>;
      [span.start, span.end] = [span.end, span.start];
    }
  }
  return copy;
}

const mutatedJson = fc
  .tuple(fc.constantFrom(...validJson), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([file, mutations]) => JSON.stringify(mutate(file, mutations), null, 1));
const mutatedJsonl = fc
  .tuple(fc.constantFrom(...validJsonl), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([lines, mutations]) =>
    lines.map((line) => JSON.stringify(mutate(line, mutations))).join('\r\n'),
  );
const truncated = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.nat()).map(([whole, at]) => whole.slice(0, at % (whole.length + 1)));

function checkOutcome(fileName: string, bytes: Uint8Array): void {
  const result = readImportFile(fileName, bytes, library, options);
  if (!result.ok) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(issue.message).not.toBe('');
      expect(issue.message).not.toContain('could not be read');
    }
    expect(result.error.summary[0]).toContain(`Nothing will be imported from ${fileName}`);
    return;
  }
  const plan = result.value;
  expect(plan.issues).toEqual([]);
  const texts = new Map(plan.documentsToAdd.map(({ id, text }) => [id as string, text]));
  for (const [id, { text }] of library.documents) texts.set(id, text);
  for (const annotation of plan.annotationsToAdd) {
    const text = texts.get(annotation.documentId)!;
    const index = new CodePointIndex(text);
    expect(annotation.start).toBeLessThan(annotation.end);
    expect(sliceByCodePoints(text, annotation.start, annotation.end, index)).toBe(annotation.quote);
    expect(library.annotationIds.has(annotation.id)).toBe(false);
  }
}

describe('readImportFile on generated files', () => {
  it('answers random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => checkOutcome('random.bin', bytes)),
      {
        numRuns: 200,
      },
    );
  });

  it('answers random text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('a.json', 'a.jsonl'),
        (text, name) => checkOutcome(name, utf8(text)),
      ),
      { numRuns: 200 },
    );
  });

  it('answers random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) =>
        checkOutcome('a.json', utf8(JSON.stringify(value))),
      ),
      { numRuns: 200 },
    );
  });

  it('answers mutated datasets and W3C files, whole or truncated', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedJson, truncated(mutatedJson)), (text) =>
        checkOutcome('a.json', utf8(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('answers mutated JSONL files, whole or truncated', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedJsonl, truncated(mutatedJsonl)), (text) =>
        checkOutcome('a.jsonl', utf8(text)),
      ),
      { numRuns: 200 },
    );
  });
});
