import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../text/document-id.ts';
import { decodeJsonl } from './decode.ts';

const line = (value: unknown) => JSON.stringify(value);

function decoded(text: string) {
  const result = decodeJsonl(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

function issuesOf(text: string) {
  const result = decodeJsonl(text);
  return result.ok ? [] : result.error;
}

const text = 'Blinken met Bayramov in 🇺🇸 New York.';
const id = documentIdOf(text);

describe('decodeJsonl', () => {
  it('reads Marginalia’s own lines: id, text and spans, with the quotes they cut', () => {
    const bundle = decoded(
      `${line({
        id,
        text,
        spans: [
          { start: 0, end: 7, label: 'actor' },
          { start: 27, end: 35, label: 'place' },
        ],
      })}\n`,
    );
    expect(bundle).toEqual({
      format: 'jsonl',
      documents: [{ id, ref: id, text }],
      annotations: [
        { source: 'line 1', document: 0, label: 'actor', start: 0, end: 7, quote: 'Blinken' },
        { source: 'line 1', document: 0, label: 'place', start: 27, end: 35, quote: 'New York' },
      ],
      annotators: [],
      labels: [
        { id: 'actor', name: 'actor' },
        { id: 'place', name: 'place' },
      ],
      warnings: [],
    });
  });

  it('reads doccano’s "label" and "labels", "entities" with start_offset, and "data" for the text', () => {
    const bundle = decoded(
      [
        line({ id: 7, text, label: [[0, 7, 'PER']] }),
        '',
        line({ data: 'Baku, 2023.', labels: [[6, 10, 'DATE']] }),
        line({
          id: 9,
          text: 'Paris',
          entities: [{ id: 1, label: 'LOC', start_offset: 0, end_offset: 5 }],
          relations: [],
        }),
      ].join('\r\n'),
    );
    expect(bundle.format).toBe('doccano-jsonl');
    expect(bundle.documents.map((document) => [document.ref, document.id])).toEqual([
      ['7', id],
      ['line 3', documentIdOf('Baku, 2023.')],
      ['9', documentIdOf('Paris')],
    ]);
    expect(bundle.annotations.map((a) => [a.source, a.document, a.quote, a.label])).toEqual([
      ['line 1', 0, 'Blinken', 'PER'],
      ['line 3', 1, '2023', 'DATE'],
      ['line 4', 2, 'Paris', 'LOC'],
    ]);
  });

  it('maps offsets given against a text with CRLF and decomposed accents onto the normalised text', () => {
    const raw = 'Cafe\u0301 talks\r\nin Gene\u0300ve';
    const bundle = decoded(
      line({
        text: raw,
        spans: [
          { start: 6, end: 11, label: 'x' },
          { start: 16, end: 23, label: 'place' },
        ],
      }),
    );
    expect(bundle.documents[0]!.text).toBe('Café talks\nin Genève');
    expect(bundle.annotations.map((a) => [a.start, a.end, a.quote])).toEqual([
      [5, 10, 'talks'],
      [14, 20, 'Genève'],
    ]);
    expect(bundle.warnings).toEqual([
      'the texts on line 1 were normalised (line endings, byte-order mark or Unicode NFC); their offsets were moved to match',
    ]);
  });

  it('joins two lines with the same text into one document, with a warning', () => {
    const bundle = decoded(
      [line({ text, spans: [] }), line({ text, spans: [{ start: 0, end: 7, label: 'a' }] })].join(
        '\n',
      ),
    );
    expect(bundle.documents).toHaveLength(1);
    expect(bundle.annotations[0]!.document).toBe(0);
    expect(bundle.warnings).toEqual([
      'line 2: the same text as line 1; its spans are added to that document',
    ]);
  });

  it('reports each broken line with its number and what was wrong', () => {
    expect(
      issuesOf(
        [
          line({ text, spans: [{ start: 0, end: 7, label: 'a' }] }),
          '{"text": "x", "spans": [}',
          '{"text": "x"} trailing',
          line({ data: 5 }),
          line({ id: 'doc-5', spans: [] }),
          line({
            text,
            spans: [
              { start: 9, end: 3, label: 'a' },
              { start: 0, end: 99, label: 'a' },
              { start: -1, end: 2, label: 7 },
            ],
          }),
          line({ text, label: [[0, 7]], labels: [] }),
          line({ text: 'review', label: ['positive'] }),
          line({ id: documentIdOf('other'), text }),
          line({ text: 'Cafe\u0301', spans: [{ start: 0, end: 4, label: 'a' }] }),
          '[1, 2]',
        ].join('\n'),
      ),
    ).toEqual([
      {
        path: 'line 2',
        message: "not valid JSON: Unexpected character '}'; expected a value at column 25",
      },
      {
        path: 'line 3',
        message:
          "not valid JSON: Unexpected character 't' after the end of the JSON value at column 15",
      },
      { path: 'line 4', message: '/data: expected the document’s text as a string, found 5' },
      {
        path: 'line 5',
        message: 'missing "text" (the document’s text; doccano files may call it "data")',
      },
      { path: 'line 6', message: '/spans/0/end: expected an end greater than start (9), found 3' },
      {
        path: 'line 6',
        message: '/spans/2/start: expected a non-negative integer (code points), found -1',
      },
      {
        path: 'line 6',
        message: '/spans/2/label: expected the label as a non-empty string, found 7',
      },
      {
        path: 'line 6',
        message: `/spans/1/end: expected an end of at most ${[...text].length} (the text’s length in code points), found 99`,
      },
      {
        path: 'line 7',
        message: '/label/0: expected a span [start, end, "LABEL"], found an array of 2',
      },
      {
        path: 'line 8',
        message:
          '/label/0: expected a span [start, end, "LABEL"], found "positive" (a label of the whole document, as text-classification exports have; only labelled spans can be imported)',
      },
      {
        path: 'line 9',
        message: `/id: expected the SHA-256 of the line’s normalised text, "${id}", found "${documentIdOf('other')}"`,
      },
      {
        path: 'line 10',
        message:
          '/spans/0/end: offset 4 falls inside characters that Unicode normalisation (NFC) combines into one, so it has no place in the normalised text',
      },
      { path: 'line 11', message: 'expected a JSON object (one document), found an array of 2' },
    ]);
  });

  it('refuses a file without any lines', () => {
    expect(issuesOf('\n\n')).toEqual([
      { path: '', message: 'no documents: the file has no JSON lines' },
    ]);
  });
});
