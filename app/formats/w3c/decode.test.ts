import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../text/document-id.ts';
import { buildFixtureModel, DANA } from '../export-fixture.ts';
import { decodeW3c } from './decode.ts';
import { encodeW3cCollection, serialiseW3cCollection } from './encode.ts';

const corpusRoot = new URL('../../../../shared/corpus/', import.meta.url);
const model = buildFixtureModel((name) => readFileSync(new URL(name, corpusRoot), 'utf8'));

// Loosely typed on purpose: these files are broken in ways the types forbid.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function exported(pageSize?: number): Json {
  const collection = encodeW3cCollection(model, {
    exportedAt: new Date('2024-06-01T08:00:00.000Z'),
    ...(pageSize === undefined ? {} : { pageSize }),
  });
  return JSON.parse(serialiseW3cCollection(collection)) as Json;
}

const byId = (a: { id?: string }, b: { id?: string }) => (a.id! < b.id! ? -1 : 1);

function decoded(json: unknown) {
  const result = decodeW3c(json);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

function issuesOf(json: unknown) {
  const result = decodeW3c(json);
  return result.ok ? [] : result.error;
}

describe('decodeW3c on Marginalia’s own exports', () => {
  it('reads a label colour written in any CSS hex form as #rrggbb', () => {
    const json = exported();
    const labels = json['marginalia:labels'] as Json[];
    labels[0]!['marginalia:color'] = '#D33';
    labels[1]!['marginalia:color'] = '#DD333380';
    const bundle = decoded(json);
    expect(bundle.labels.slice(0, 2).map((label) => label.color)).toEqual(['#dd3333', '#dd3333']);
  });

  it.each([undefined, 1, 3, 100])('reads back every field (page size %s)', (pageSize) => {
    const bundle = decoded(exported(pageSize));
    expect(bundle.warnings).toEqual([]);
    expect(bundle.documents).toEqual(
      model.documents.map((document) => ({ ...document, ref: expect.stringMatching(/^ni:/) })),
    );
    // The format leaves out an empty note, prefix or suffix: absent reads as empty.
    const back = bundle.annotations.map(
      ({ source: _source, document, note, prefix, suffix, ...rest }) => ({
        ...rest,
        documentId: bundle.documents[document]!.id,
        note: note ?? '',
        prefix: prefix ?? '',
        suffix: suffix ?? '',
      }),
    );
    expect(back.sort(byId)).toEqual([...model.annotations].sort(byId));
    expect(bundle.annotators).toEqual(model.annotators);
    expect(bundle.labels).toEqual(model.labels.map(({ id, name, color }) => ({ id, name, color })));
    expect(
      bundle
        .relations!.map(({ source: _source, document, ...rest }) => ({
          ...rest,
          documentId: bundle.documents[document]!.id,
        }))
        .sort(byId),
    ).toEqual([...model.relations!].sort(byId));
    expect(bundle.entities).toEqual(model.entities);
    expect(bundle.relationTypes).toEqual(model.relationTypes);
  });

  it('reads a link whose annotations come later in the file, and warns of one to nothing', () => {
    const json = exported();
    const items: Json[] = json.first.items;
    const links = items.filter((item) => item.motivation === 'linking');
    const rest = items.filter((item) => item.motivation !== 'linking');
    links[1].body = 'urn:uuid:00000000-0000-4000-8000-000000000000';
    json.first.items = [...links, ...rest];
    const bundle = decoded(json);
    expect(bundle.relations).toHaveLength(links.length - 1);
    expect(bundle.warnings).toEqual([
      '/first/items/1: links "urn:uuid:00000000-0000-4000-8000-000000000000", which is not an annotation of this file; it is not imported',
    ]);
  });

  it('refuses a malformed date value, a value status it does not know and a bad publication date', () => {
    const json = exported();
    const items: Json[] = json.first.items;
    const dated = items.filter((item) =>
      item.body?.some?.((body: Json) => body.purpose === 'describing'),
    );
    const bodyOf = (item: Json) =>
      item.body.findIndex((body: Json) => body.purpose === 'describing');
    dated[0]!.body[bodyOf(dated[0]!)].value = '2020-13';
    dated[1]!.body[bodyOf(dated[1]!)]['marginalia:valueStatus'] = 'guessed';
    json['marginalia:documents'][0]['marginalia:publishedAt'] = '30/10/2020';
    expect(issuesOf(json).map((issue) => issue.path)).toEqual([
      '/marginalia:documents/0/marginalia:publishedAt',
      `/first/items/${items.indexOf(dated[0]!)}/body/${bodyOf(dated[0]!)}/value`,
      `/first/items/${items.indexOf(dated[1]!)}/body/${bodyOf(dated[1]!)}/marginalia:valueStatus`,
    ]);
    expect(issuesOf(json)[1]!.message).toMatch(/no month 13/);
  });

  it('reads another tool’s ISO date in a describing body as the value, other text as a note', () => {
    const json = exported();
    const item: Json = json.first.items.find((candidate: Json) =>
      candidate.body?.some?.((body: Json) => body.purpose === 'describing'),
    );
    item.body = item.body.filter((body: Json) => body.purpose === 'tagging');
    item.body.push(
      { type: 'TextualBody', purpose: 'describing', value: '2020-10-30' },
      { type: 'TextualBody', purpose: 'describing', value: 'the Friday of the talks' },
    );
    const back = decoded(json).annotations.find((a) => item.id.endsWith(a.id!))!;
    expect([back.value, back.valueStatus, back.note]).toEqual([
      '2020-10-30',
      undefined,
      'the Friday of the talks',
    ]);
  });

  it('drops, with a warning, an entity link to an entity the file does not describe', () => {
    const json = exported();
    json['marginalia:entities'] = json['marginalia:entities'].slice(1);
    const bundle = decoded(json);
    expect(bundle.annotations.filter((a) => a.entity !== undefined)).toHaveLength(
      model.annotations.filter((a) => a.entity !== undefined && a.entity !== model.entities![0]!.id)
        .length,
    );
    expect(bundle.warnings.length).toBeGreaterThan(0);
    expect(
      bundle.warnings.every((warning) => warning.includes('which this file does not describe')),
    ).toBe(true);
  });

  it('keeps an annotator without annotations and a document without annotations', () => {
    const json = exported();
    json['marginalia:documents'].push({
      id: 'ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk',
      type: 'Text',
      'marginalia:title': 'Greeting',
      'marginalia:text': 'Hello World!',
    });
    const bundle = decoded(json);
    expect(bundle.annotators).toContainEqual(DANA);
    expect(bundle.documents.at(-1)).toEqual({
      id: documentIdOf('Hello World!'),
      ref: 'ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk',
      title: 'Greeting',
      text: 'Hello World!',
    });
  });

  it('refuses a document text that does not hash to its id, at its path', () => {
    const json = exported();
    json['marginalia:documents'][1]['marginalia:text'] += ' (edited)';
    expect(issuesOf(json)).toEqual([
      {
        path: '/marginalia:documents/1/marginalia:text',
        message: expect.stringMatching(/^expected the normalised text whose SHA-256 is "sha256:/),
      },
    ]);
  });

  it('warns, and reads what it has, when a page it is told about is not in the file', () => {
    const json = exported(4);
    delete json['marginalia:nextPages'];
    const bundle = decoded(json);
    expect(bundle.annotations).toHaveLength(4);
    expect(bundle.warnings).toEqual([
      '/first/next: names the page "urn:marginalia:collection:2024-06-01T08:00:00.000Z:page:2", which is not in this file; its annotations are not imported',
      `/total: the collection says it has ${model.annotations.length + model.relations!.length} annotations; this file holds 4`,
    ]);
  });

  it('reports every broken value with its JSON path', () => {
    const json = exported();
    const [first, second, third] = json.first.items;
    first.target.selector[0].end = first.target.selector[0].start;
    second.target.selector[1].exact = 42;
    third.created = 'last Tuesday';
    json.first.items[3].id = first.id;
    expect(issuesOf(json)).toEqual([
      {
        path: '/first/items/0/target/selector/0/end',
        message: `expected an end greater than start (${first.target.selector[0].start}), found ${first.target.selector[0].start}`,
      },
      { path: '/first/items/1/target/selector/1/exact', message: 'expected a string, found 42' },
      {
        path: '/first/items/2/created',
        message: 'expected a date and time such as "2024-05-01T09:30:00Z", found "last Tuesday"',
      },
      {
        path: '/first/items/3/id',
        message: `duplicate annotation id ${JSON.stringify(first.id)} (also at /first/items/0/id)`,
      },
    ]);
  });

  // One date-time rule for every reader (issue 12): a timestamp imported here must be one the
  // app's own dataset export and backup restore accept.
  it.each(['2024-02-30T09:30:00Z', '2024-05-01T24:00:00Z', '2024-05-01T09:30:61+02:00'])(
    'refuses %s, which is no moment of the calendar',
    (created) => {
      const json = exported();
      json.first.items[0].created = created;
      expect(issuesOf(json)).toEqual([
        {
          path: '/first/items/0/created',
          message: `expected a date and time such as "2024-05-01T09:30:00Z", found "${created}"`,
        },
      ]);
    },
  );
});

describe('decodeW3c on other tools’ annotations', () => {
  const quoteOnly = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'http://example.org/anno15',
    type: 'Annotation',
    motivation: 'tagging',
    creator: { id: 'http://example.org/user1', type: 'Person', nickname: 'pseudo' },
    created: '2015-10-13T13:00:00',
    body: { type: 'TextualBody', value: 'actor' },
    target: {
      source: 'http://example.org/page1',
      selector: {
        type: 'TextQuoteSelector',
        exact: 'Mike Pompeo',
        prefix: 'State ',
        suffix: ', P',
      },
    },
  };

  it('reads a single annotation with only a quote, its creator and a zone-less date', () => {
    const bundle = decoded(quoteOnly);
    expect(bundle).toEqual({
      format: 'w3c-annotation',
      documents: [{ ref: 'http://example.org/page1' }],
      annotations: [
        {
          source: '',
          id: 'http://example.org/anno15',
          document: 0,
          label: 'actor',
          quote: 'Mike Pompeo',
          prefix: 'State ',
          suffix: ', P',
          annotator: 'http://example.org/user1',
          createdAt: '2015-10-13T13:00:00Z',
          updatedAt: '2015-10-13T13:00:00Z',
        },
      ],
      annotators: [{ id: 'http://example.org/user1', name: 'pseudo' }],
      labels: [{ id: 'actor', name: 'actor' }],
      warnings: [],
    });
  });

  it('reads an array with position-only targets, IRI tags, classifying bodies and bodyValue notes', () => {
    const bundle = decoded([
      {
        type: 'Annotation',
        body: 'http://example.org/tags/claim',
        bodyValue: 'unused: a body and a bodyValue together',
        target: [
          'http://example.org/page2',
          {
            source: { id: 'http://example.org/page2' },
            selector: { type: 'TextPositionSelector', start: 4, end: 9 },
          },
        ],
      },
      {
        type: 'Annotation',
        body: [
          { type: 'TextualBody', purpose: ['classifying'], value: 'date' },
          { type: 'TextualBody', purpose: 'commenting', value: 'Check the year.' },
        ],
        target: {
          source: 'http://example.org/page2',
          selector: [
            { type: 'FragmentSelector', value: 'x' },
            { type: 'TextPositionSelector', start: 0, end: 3 },
          ],
        },
      },
    ]);
    expect(bundle.documents).toEqual([{ ref: 'http://example.org/page2' }]);
    expect(bundle.annotations).toEqual([
      {
        source: '/0',
        document: 0,
        label: 'http://example.org/tags/claim',
        start: 4,
        end: 9,
        note: 'unused: a body and a bodyValue together',
      },
      { source: '/1', document: 0, label: 'date', start: 0, end: 3, note: 'Check the year.' },
    ]);
    expect(bundle.labels).toEqual([
      { id: 'http://example.org/tags/claim', name: 'claim' },
      { id: 'date', name: 'date' },
    ]);
    expect(bundle.warnings).toEqual([
      '/0/target: has 2 targets; only the one with a selector is imported',
    ]);
  });

  it('reads a collection whose next page is embedded as an object, and a standalone page', () => {
    const annotation = (tag: string) => ({
      ...quoteOnly,
      id: undefined,
      body: { purpose: 'tagging', type: 'TextualBody', value: tag },
    });
    const collection = {
      type: ['AnnotationCollection'],
      first: {
        type: 'AnnotationPage',
        items: [annotation('a')],
        next: { id: 'p2', type: 'AnnotationPage', items: [annotation('b')] },
      },
    };
    expect(decoded(collection).annotations.map((found) => [found.source, found.label])).toEqual([
      ['/first/items/0', 'a'],
      ['/first/next/items/0', 'b'],
    ]);
    expect(decoded({ type: 'AnnotationPage', items: [annotation('c')] }).annotations).toHaveLength(
      1,
    );
  });

  it('skips, with a warning each, what is valid W3C but no tagged span of a text', () => {
    const bundle = decoded([
      { type: 'Annotation', body: 'http://example.org/post1', target: 'http://example.com/page1' },
      { ...quoteOnly, motivation: 'commenting', body: { type: 'TextualBody', value: 'Nice.' } },
      {
        ...quoteOnly,
        id: 'http://example.org/anno16',
        target: {
          source: 'http://example.org/page1',
          selector: { type: 'CssSelector', value: '#x' },
        },
      },
    ]);
    expect(bundle.annotations).toEqual([]);
    expect(bundle.documents).toEqual([]);
    expect(bundle.annotators).toEqual([]);
    expect(bundle.warnings).toEqual([
      '/0/target: names no part of a text (no selector), so it is not imported',
      '/1: has no tag (a tagging or classifying body), so it is not imported',
      '/2/target/selector: has no TextQuoteSelector or TextPositionSelector, so it is not imported',
    ]);
  });

  it('says what it expected when the file is no W3C annotation at all', () => {
    expect(issuesOf('hello')).toEqual([
      {
        path: '',
        message:
          'expected a W3C Annotation, an array of them, an AnnotationPage or an AnnotationCollection, found "hello"',
      },
    ]);
    expect(issuesOf({ type: 'Note' })).toEqual([
      {
        path: '/type',
        message: 'expected "Annotation", "AnnotationPage" or "AnnotationCollection", found "Note"',
      },
    ]);
    expect(
      issuesOf({
        ...quoteOnly,
        target: { source: 7, selector: { type: 'TextPositionSelector', start: -1, end: 2.5 } },
      }),
    ).toEqual([
      { path: '/target/source', message: 'expected the IRI of a document, found 7' },
      {
        path: '/target/selector/start',
        message: 'expected a non-negative integer (code points), found -1',
      },
      {
        path: '/target/selector/end',
        message: 'expected a non-negative integer (code points), found 2.5',
      },
    ]);
  });
});
