// The corpus of bad import files (bad-files/), each with the exact lines the import dialog must
// show for it. A file that is refused changes nothing (readImportFile only plans); one whose
// problems are re-anchoring or orphans is imported, and the summary says precisely what
// happened to each annotation. Every file in the folder must have its entry here.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../model/ids.ts';
import { documentIdOf } from '../text/document-id.ts';
import { readImportFile } from './read-import-file.ts';
import type { LibrarySnapshot } from './plan-types.ts';

const folder = new URL('./bad-files/', import.meta.url);
const TALKS =
  'Talks resumed in Geneva on 3 May 2024.\nMinister Bayramov said a deal was “within reach”.';

const emptyLibrary: LibrarySnapshot = {
  documents: new Map(),
  annotationIds: new Set(),
  annotators: new Map(),
};
/** A library that already has the talks article (as an analyst who imported it would). */
const libraryWithTalks: LibrarySnapshot = {
  ...emptyLibrary,
  documents: new Map([[documentIdOf(TALKS), { title: 'Ceasefire talks', text: TALKS }]]),
};
const options = {
  importedAt: new Date('2024-06-01T12:00:00Z'),
  fallbackAnnotator: { id: asAnnotatorId('annotator-me'), name: 'Me' },
};

interface Case {
  /** The lines shown: a refusal's, or an accepted plan's summary. */
  lines: string[];
  refused: boolean;
  library?: LibrarySnapshot;
}

const refused = (file: string, ...issues: string[]): Case => ({
  refused: true,
  lines: [
    `Nothing will be imported from ${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the file must be fixed first.`,
    ...issues.map((issue) => `  ${issue}`),
  ],
});
const accepted = (lines: string[], library?: LibrarySnapshot): Case => ({
  refused: false,
  lines,
  ...(library === undefined ? {} : { library }),
});
const UNKNOWN = 'not a Marginalia dataset, W3C Web Annotation or JSONL file';

const cases: Record<string, Case> = {
  'valid-dataset.json': accepted(['Will add 1 document, 3 annotations and 2 annotators.']),
  'empty.json': refused('empty.json', 'empty.json is empty'),
  'not-json.json': refused(
    'not-json.json',
    `${UNKNOWN}: not valid JSON: Unexpected word "Annotations"; expected a value (true, false and null are lowercase) at line 1, column 1`,
  ),
  'truncated.json': refused(
    'truncated.json',
    'not valid JSON: Unexpected end of input at line 61, column 4',
  ),
  'wrong-format.json': refused(
    'wrong-format.json',
    `${UNKNOWN}: a JSON object with no "format": "marginalia-dataset", no W3C "type" (Annotation, AnnotationPage or AnnotationCollection) and no "text"`,
  ),
  'newer-version.json': refused(
    'newer-version.json',
    '/version: written by a newer Marginalia (dataset version 2); this version reads version 1',
  ),
  'missing-fields.json': refused(
    'missing-fields.json',
    '/documents/0/annotations/1/end: required property "end" is missing',
    '/documents/0/annotations/2/label: required property "label" is missing',
  ),
  'offsets-out-of-range.json': refused(
    'offsets-out-of-range.json',
    "/documents/0/annotations/0/end: expected an end of at most 88 (the text's length in code points), found 130",
  ),
  'reversed-offsets.json': refused(
    'reversed-offsets.json',
    '/documents/0/annotations/0/end: expected an end greater than start (37), found 27',
  ),
  // A dataset whose quotes disagree with its offsets is not refused: each annotation is
  // re-anchored by its quote and context, or kept as an orphan, and the summary says which.
  'quote-mismatch.json': accepted([
    'Will add 1 document, 2 annotations, 2 annotators and 1 orphan.',
    '1 annotation re-anchored to where its quote is:',
    '  /documents/0/annotations/0: “3 May 2024” moved from 0–10 to 27–37',
    '1 annotation could not be placed and will be kept as an orphan:',
    '  /documents/0/annotations/1: quote “President Aliyev” not found in the document; offsets 39–56 hold “Minister Bayramov”',
  ]),
  'duplicate-ids.json': refused(
    'duplicate-ids.json',
    '/documents/0/annotations/2/id: duplicate annotation id "ann-1" (also at /documents/0/annotations/0/id)',
  ),
  'unknown-label.json': refused(
    'unknown-label.json',
    '/documents/0/annotations/1/label: expected the id of a label in /labels ("claim", "actor", "date"), found "person"',
  ),
  'non-utf8.json': refused(
    'non-utf8.json',
    'non-utf8.json is not valid UTF-8: invalid byte sequence at byte 770',
  ),
  'utf16.json': refused(
    'utf16.json',
    'utf16.json is not valid UTF-8: it is UTF-16 (save it as UTF-8 and import it again)',
  ),
  'binary.json': refused(
    'binary.json',
    'binary.json is not a text file: it contains binary data (NUL byte at byte 3)',
  ),
  'html-with-scripts.json': refused(
    'html-with-scripts.json',
    `html-with-scripts.json is an HTML page, not a Marginalia dataset, W3C Web Annotation or JSONL file; it contains scripts or event handlers, and none of them was run`,
  ),
  // Markup inside a dataset's strings is text like any other: stored as written, never run
  // (the renderer shows it as text); see the test below.
  'html-in-strings.json': accepted(['Will add 1 document, 3 annotations and 2 annotators.']),
  'w3c-missing-target.jsonld': refused(
    'w3c-missing-target.jsonld',
    '/target: required property "target" is missing',
  ),
  'w3c-unknown-document.jsonld': accepted([
    'Will add 1 annotator and 1 orphan.',
    '1 annotation could not be placed and will be kept as an orphan:',
    '  the annotation: document https://example.org/geneva-talks is not in the library and the file does not include its text',
  ]),
  'w3c-position-out-of-range.jsonld': accepted(
    [
      'Will add 1 annotation and 1 annotator.',
      'Already in the library, so skipped (same ids): 1 document.',
      '1 annotation re-anchored to where its quote is:',
      '  the annotation: “3 May 2024” placed at 27–37 (offsets 120–130 go beyond the end of the text (length 88))',
    ],
    libraryWithTalks,
  ),
  'jsonl-truncated.jsonl': refused(
    'jsonl-truncated.jsonl',
    'line 2: not valid JSON: Unterminated string at column 72',
  ),
  'jsonl-reversed-offsets.jsonl': refused(
    'jsonl-reversed-offsets.jsonl',
    'line 1: /spans/0/end: expected an end greater than start (37), found 27',
  ),
  'jsonl-out-of-range.jsonl': refused(
    'jsonl-out-of-range.jsonl',
    'line 1: /spans/0/end: expected an end of at most 88 (the text’s length in code points), found 95',
  ),
  'doccano-missing-label.jsonl': refused(
    'doccano-missing-label.jsonl',
    'line 1: /label/0: expected a span [start, end, "LABEL"], found an array of 2',
  ),
};

function read(file: string, library = emptyLibrary) {
  return readImportFile(
    file,
    new Uint8Array(readFileSync(new URL(file, folder))),
    library,
    options,
  );
}

describe('the bad-file corpus', () => {
  it('has an expected outcome for every file in the folder, and a file for every outcome', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))('%s', (file, expected) => {
    const result = read(file, expected.library);
    expect(result.ok).toBe(!expected.refused);
    expect(result.ok ? result.value.summary : result.error.summary).toEqual(expected.lines);
  });

  it('keeps markup in a dataset’s strings as plain text', () => {
    const result = read('html-in-strings.json');
    if (!result.ok) throw new Error(result.error.summary.join('\n'));
    expect(result.value.documentsToAdd[0]!.title).toBe(
      '<img src=x onerror="alert(1)">Ceasefire talks',
    );
    expect(result.value.annotationsToAdd[0]!.note).toBe('<script>alert("note")</script>');
  });

  it('refuses a 200 MB file before reading a byte of it', () => {
    // Only the length is looked at first; an empty array claiming 200 MB proves the order
    // (were it read, the message would be "huge.json is empty").
    const claimed = Object.defineProperty(new Uint8Array(0), 'byteLength', {
      value: 200 * 1024 * 1024,
    });
    const result = readImportFile('huge.json', claimed, emptyLibrary, options);
    expect(result.ok ? result.value.summary : result.error.summary).toEqual([
      'Nothing will be imported from huge.json: 1 problem in the file must be fixed first.',
      '  huge.json is too large to import: 200 MB (209,715,200 bytes); the limit is 150 MB',
    ]);
  });
});
